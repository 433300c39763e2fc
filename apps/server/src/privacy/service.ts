// The resident's rights under the AVG, exercised for them by an administrator or the privacy officer:
// find what Helder holds about one person (by e-mail address or phone number), hand it over
// (art. 15), erase it (art. 17) and correct it (art. 16). Each is audited, with the customer ids
// and never the details themselves.
import { normalisePhone } from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { decodeCursor, page } from '../http/cursor.js';
import type { RequestContext } from '../http/context.js';
import { AppError, conflict, notFound } from '../http/errors.js';
import { presentExport, presentSubject } from './presenters.js';
import * as repo from './repository.js';
import { RetentionJob } from './retention.js';

/** One person's records rarely number more than a few dozen; a match this wide is not one person. */
export const MAX_SUBJECT_RECORDS = 500;

/** One resident, by e-mail address or phone number (or both). */
export type SubjectInput = repo.SubjectQuery;

const needsSubject = () =>
  new AppError(400, 'validation_failed', 'Vul een e-mailadres of telefoonnummer in. Daarmee zoeken wij de gegevens van de inwoner.', [
    { field: 'email', message: 'Vul een e-mailadres of telefoonnummer in.' },
  ]);

export class PrivacyService {
  readonly retention: RetentionJob;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly config: Config,
  ) {
    this.retention = new RetentionJob(db, clock, config.retention);
  }

  /** The customer records that match, with what hangs on each. Reading them is a read of personal data. */
  async subjects(ctx: RequestContext, input: SubjectInput & { cursor?: string | undefined; limit: number }) {
    const query = this.requireSubject(input);
    const before = decodeCursor(input.cursor, ['date', 'uuid']);
    const rows = await repo.findSubjects(this.db, query, {
      before: before ? { createdAt: before[0] as Date, id: before[1] as string } : undefined,
      limit: input.limit,
    });
    const result = page(rows, input.limit, (last) => [last.createdAt.toISOString(), last.id]);
    await this.audit.recordCustomerRead(ctx, 'privacy_subject', null, result.items.map((r) => r.id), { list: true });
    return { items: result.items.map(presentSubject), nextCursor: result.nextCursor };
  }

  /** Everything held about the person (art. 15). */
  async export(ctx: RequestContext, input: SubjectInput & { format: string }) {
    const query = this.requireSubject(input);
    const ids = await this.idsOf(query);
    const [customers, parties, contacts, requests, surveyAnswers, invitations, auditTrail] = await Promise.all([
      repo.exportCustomers(this.db, ids),
      repo.exportParties(this.db, ids),
      repo.exportContacts(this.db, ids),
      repo.exportRequests(this.db, ids),
      repo.exportSurveyAnswers(this.db, ids),
      repo.exportSurveyInvitations(this.db, ids),
      repo.exportAuditTrail(this.db, ids),
    ]);
    const requestIds = requests.map((r) => String(r.id));
    const emails = [...new Set([query.email?.toLowerCase(), ...customers.map((c) => (c.email as string | null)?.toLowerCase())].filter((e): e is string => !!e))];
    const [events, mails, pressMessages, homeVisits] = await Promise.all([
      repo.exportEvents(this.db, requestIds),
      repo.exportMails(this.db, emails, [...requestIds, ...invitations.map((i) => String(i.id))]),
      repo.exportPressMessages(this.db, requestIds),
      repo.exportHomeVisits(this.db, requestIds),
    ]);
    await this.audit.record(ctx, { action: 'privacy_export', entityType: 'customer', entityId: null, customerIds: ids, detail: { format: input.format, records: ids.length } });
    return presentExport({
      municipality: this.config.municipalityName,
      madeAt: this.clock.now(),
      query,
      retention: this.config.retention,
      customers,
      parties,
      contacts,
      requests,
      events,
      pressMessages,
      homeVisits,
      surveyAnswers,
      invitations,
      mails,
      auditTrail,
    });
  }

  /** Erases the person's details everywhere (art. 17); the records stay as anonymous counts. */
  async erase(ctx: RequestContext, input: SubjectInput & { reason: string }) {
    const query = this.requireSubject(input);
    const ids = await this.idsOf(query);
    const counts = await this.db.transaction(async (tx) => {
      await repo.allowAnonymising(tx);
      const done = await repo.anonymiseCustomers(tx, ids, this.clock.now(), { erasure: true });
      // The reason is the officer's account of the decision; the search terms are not kept.
      await this.audit.record(ctx, { action: 'privacy_erase', entityType: 'customer', entityId: null, customerIds: ids, detail: { reason: input.reason, ...done } }, tx);
      return done;
    });
    return { customerIds: ids, ...counts };
  }

  /** Corrects one customer record (art. 16). The audit says which fields changed, not their values. */
  async correct(ctx: RequestContext, input: { customerId: string; name?: string | undefined; email?: string | undefined; phone?: string | undefined; reason: string }) {
    const values: { name?: string | null; email?: string | null; phone?: string | null } = {};
    if (input.name !== undefined) values.name = input.name.trim() || null;
    if (input.email !== undefined) values.email = input.email.trim().toLowerCase() || null;
    if (input.phone !== undefined) values.phone = input.phone.trim() ? normalisePhone(input.phone.trim()) : null;
    if (Object.keys(values).length === 0) {
      throw new AppError(400, 'validation_failed', 'Vul in wat er moet veranderen: de naam, het e-mailadres of het telefoonnummer.');
    }
    return this.db.transaction(async (tx) => {
      const current = await repo.lockCustomer(tx, input.customerId);
      if (!current) throw notFound('Deze gegevens bestaan niet (meer).');
      if (current.anonymised_at) throw conflict('Deze gegevens zijn al verwijderd. Er valt niets meer te verbeteren.', 'anonymised');
      const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => (current[k] ?? null) !== values[k]);
      if (changed.length === 0) throw conflict('Er verandert niets: de gegevens zijn al zo.', 'unchanged');
      await repo.correctCustomer(tx, input.customerId, values);
      await this.audit.record(ctx, { action: 'privacy_correct', entityType: 'customer', entityId: input.customerId, customerIds: [input.customerId], detail: { reason: input.reason, fields: changed } }, tx);
      return { id: input.customerId, name: current.name, email: current.email, phone: current.phone, ...values, fields: changed };
    });
  }

  private requireSubject(input: SubjectInput): SubjectInput {
    const email = input.email?.trim() || undefined;
    const phone = input.phone?.trim() || undefined;
    if (!email && !phone) throw needsSubject();
    return { email, phone };
  }

  private async idsOf(query: SubjectInput): Promise<string[]> {
    const ids = await repo.subjectIds(this.db, query, MAX_SUBJECT_RECORDS + 1);
    if (ids.length === 0) throw notFound('Wij vonden geen gegevens bij dit e-mailadres of telefoonnummer.');
    if (ids.length > MAX_SUBJECT_RECORDS) {
      throw conflict(`Bij dit e-mailadres of telefoonnummer horen meer dan ${MAX_SUBJECT_RECORDS} dossiers. Dat is waarschijnlijk niet één persoon. Zoek preciezer of vraag de beheerder om hulp.`, 'too_many_records');
    }
    return ids;
  }
}
