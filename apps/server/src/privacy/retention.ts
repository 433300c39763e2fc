// Retention (AVG art. 5(1)(e)): personal data are kept no longer than needed. Once a day, on one
// instance, this job anonymises finished cases past their term, deletes old mails and shortens old
// client addresses in the audit log. It works in bounded batches, each in its own short
// transaction, so a municipality with millions of rows never holds one long lock or loads a table.
import { isIPv4, isIPv6 } from 'node:net';
import { amsterdamDate } from '@helder/domain';
import type { Clock } from '../clock.js';
import type { RetentionConfig } from '../config.js';
import type { Db } from '../db/client.js';
import { lastFinishedRun, runOncePerPeriod } from '../jobs/once-per-period.js';
import { pruneOutbox } from '../mail/repository.js';
import * as repo from './repository.js';

export const RETENTION_JOB = 'retention';
const BATCH = 500;
const DAY_MS = 86400_000;
/** Each run starts a little before where the previous one ended: rows written late (imports) are not missed. */
const OVERLAP_MS = 7 * DAY_MS;

export interface RetentionResult extends Record<string, unknown> {
  /** Everything finished before this moment was anonymised (ISO). */
  caseCutoff: string;
  outboxCutoff: string;
  auditIpCutoff: string;
  customers: number;
  contacts: number;
  requests: number;
  events: number;
  surveyAnswers: number;
  anonymousContacts: number;
  mailsDeleted: number;
  auditAddressesShortened: number;
}

/** An IPv4 address to its /24 ('192.168.1.0'), IPv6 to its /48 ('2001:db8:1::'); anything else to null. */
export function shortenAddress(ip: string): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const v4 = mapped ? mapped[1]! : ip;
  if (isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0`;
  if (!isIPv6(ip)) return null;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 3).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::`;
}

export class RetentionJob {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly config: RetentionConfig,
  ) {}

  /** Runs today's retention if no instance did yet. Returns what it did, or undefined when it was not its turn. */
  async runIfDue(): Promise<RetentionResult | undefined> {
    const period = amsterdamDate(this.clock.now());
    const outcome = await runOncePerPeriod(this.db, RETENTION_JOB, period, () => this.clock.now(), () => this.run());
    return outcome.ran ? outcome.result : undefined;
  }

  /** One full pass, as of now. Safe to repeat: what was done is not done again. */
  async run(): Promise<RetentionResult> {
    const now = this.clock.now();
    const previous = await lastFinishedRun(this.db, RETENTION_JOB);
    const since = (key: string) => {
      const value = previous?.result[key];
      return typeof value === 'string' ? new Date(new Date(value).getTime() - OVERLAP_MS) : new Date(0);
    };
    const caseCutoff = new Date(now.getTime() - this.config.caseDays * DAY_MS);
    const outboxCutoff = new Date(now.getTime() - this.config.outboxDays * DAY_MS);
    const auditIpCutoff = new Date(now.getTime() - this.config.auditIpDays * DAY_MS);
    const result: RetentionResult = {
      caseCutoff: caseCutoff.toISOString(),
      outboxCutoff: outboxCutoff.toISOString(),
      auditIpCutoff: auditIpCutoff.toISOString(),
      customers: 0,
      contacts: 0,
      requests: 0,
      events: 0,
      surveyAnswers: 0,
      anonymousContacts: 0,
      mailsDeleted: 0,
      auditAddressesShortened: 0,
    };
    await this.anonymiseCases(now, caseCutoff, result);
    result.anonymousContacts = await this.anonymiseAnonymousContacts(since('caseCutoff'), caseCutoff);
    for (;;) {
      const deleted = await pruneOutbox(this.db, outboxCutoff, BATCH);
      result.mailsDeleted += deleted;
      if (deleted < BATCH) break;
    }
    result.auditAddressesShortened = await this.shortenAuditAddresses(since('auditIpCutoff'), auditIpCutoff);
    return result;
  }

  private async anonymiseCases(now: Date, cutoff: Date, result: RetentionResult) {
    let after: repo.RetentionPosition | null = null;
    for (;;) {
      const candidates = await repo.retentionCandidates(this.db, cutoff, after, BATCH);
      if (candidates.length === 0) return;
      after = candidates[candidates.length - 1]!;
      await this.db.transaction(async (tx) => {
        const due = await repo.finishedBefore(tx, candidates.map((c) => c.id), cutoff);
        if (due.length === 0) return;
        await repo.allowAnonymising(tx);
        // Mails have their own, shorter term (and are pruned below): none are deleted here.
        const counts = await repo.anonymiseCustomers(tx, due, now, { erasure: false });
        result.customers += counts.customers;
        result.contacts += counts.contacts;
        result.requests += counts.requests;
        result.events += counts.events;
        result.surveyAnswers += counts.surveyAnswers;
      });
      if (candidates.length < BATCH) return;
    }
  }

  private async anonymiseAnonymousContacts(from: Date, cutoff: Date): Promise<number> {
    let total = 0;
    let after: { at: Date; id: string } | null = null;
    for (;;) {
      const batch = await repo.anonymousContactsWithText(this.db, from, cutoff, after, BATCH);
      if (batch.length === 0) return total;
      total += await repo.anonymiseContacts(this.db, batch.map((c) => c.id));
      after = batch[batch.length - 1]!;
      if (batch.length < BATCH) return total;
    }
  }

  private async shortenAuditAddresses(from: Date, cutoff: Date): Promise<number> {
    let total = 0;
    let after: { at: Date; id: number } | null = null;
    for (;;) {
      const batch = await repo.auditAddresses(this.db, from, cutoff, after, BATCH);
      if (batch.length === 0) return total;
      after = batch[batch.length - 1]!;
      const changes = batch.map((row) => ({ id: row.id, ip: shortenAddress(row.ip) })).filter((c, i) => c.ip !== batch[i]!.ip);
      if (changes.length > 0) {
        total += await this.db.transaction(async (tx) => {
          await repo.allowAnonymising(tx);
          return repo.setAuditAddresses(tx, changes);
        });
      }
      if (batch.length < BATCH) return total;
    }
  }
}
