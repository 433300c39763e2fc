// Reads the press mailbox over IMAP (PRESS_IMAP_URL) with imapflow. Each poll takes the mails not
// yet marked `$HelderStored`, stores each (PressService.ingest commits first) and only then marks
// it, so a crash between the two means the mail is read again and found a duplicate (Message-ID):
// nothing is lost and nothing is stored twice. With several instances one polls at a time (the
// lease `press_imap`); should two ever overlap, the unique Message-ID still decides who stores a
// mail. Servers that do not keep custom keywords get \Seen.
import { ImapFlow } from 'imapflow';
import type { PressConfig } from '../config.js';
import type { Db } from '../db/client.js';
import { acquireLease, releaseLease } from '../jobs/lease.js';
import type { PressService } from './service.js';

export const STORED_KEYWORD = '$HelderStored';

export interface ImapTarget {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string | undefined;
  mailbox: string;
}

/** imaps://user:password@host[:port]/Mailbox (user and password URL-encoded). */
export function parseImapUrl(url: string): ImapTarget {
  const u = new URL(url);
  const secure = u.protocol === 'imaps:';
  const mailbox = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'INBOX';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 993 : 143,
    secure,
    user: decodeURIComponent(u.username),
    password: u.password ? decodeURIComponent(u.password) : undefined,
    mailbox,
  };
}

export interface PollResult {
  seen: number;
  created: number;
  joined: number;
  duplicates: number;
  ignored: number;
}

export class PressImapPoller {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;
  /** Told of every timed poll: done, failed, or left to the instance that holds the lease (the metrics count them). */
  onPoll: ((outcome: 'ok' | 'failed' | 'skipped') => void) | undefined;

  constructor(
    private readonly press: PressService,
    private readonly config: PressConfig,
    private readonly warn: (message: string, error?: unknown) => void = () => {},
    /** Where the lease is kept and who this instance is; without it every poll runs. */
    private readonly lease?: { db: Db; holder: string },
  ) {}

  /** Long enough to outlast a poll and the pause after it; a dead holder's lease runs out after this. */
  private get leaseSeconds(): number {
    return this.config.imapPollSeconds * 2 + 120;
  }

  /** Polls when this instance holds (or just took) the lease; otherwise another instance does. */
  async pollIfLeader(): Promise<PollResult | null> {
    if (this.lease && !(await acquireLease(this.lease.db, 'press_imap', this.lease.holder, this.leaseSeconds))) return null;
    return this.poll();
  }

  start(): void {
    if (!this.config.imapUrl || this.timer) return;
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.running = this.pollIfLeader()
        .then((result) => this.onPoll?.(result ? 'ok' : 'skipped'))
        .catch((error: unknown) => {
          this.onPoll?.('failed');
          this.warn('press mailbox (IMAP) could not be read', error);
        })
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.timer = setTimeout(tick, this.config.imapPollSeconds * 1000);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const wasStarted = this.timer !== undefined;
    this.timer = undefined;
    await this.running;
    if (wasStarted && this.lease) await releaseLease(this.lease.db, 'press_imap', this.lease.holder).catch(() => undefined);
  }

  /** One pass over the mailbox; returns what it did. */
  async poll(): Promise<PollResult> {
    if (!this.config.imapUrl) throw new Error('PRESS_IMAP_URL is not set');
    const target = parseImapUrl(this.config.imapUrl);
    const auth = this.config.imapAccessToken
      ? { user: target.user, accessToken: this.config.imapAccessToken }
      : { user: target.user, pass: target.password ?? '' };
    const client = new ImapFlow({ host: target.host, port: target.port, secure: target.secure, auth, logger: false, emitLogs: false });
    const result: PollResult = { seen: 0, created: 0, joined: 0, duplicates: 0, ignored: 0 };
    await client.connect();
    try {
      const lock = await client.getMailboxLock(target.mailbox);
      try {
        const mailbox = client.mailbox;
        const keywords = mailbox && mailbox.permanentFlags?.has('\\*');
        const uids = (await client.search(keywords ? { unKeyword: STORED_KEYWORD } : { seen: false }, { uid: true })) || [];
        for (const uid of uids) {
          if (this.stopped) break;
          // One message at a time: a large attachment is in memory once, not the whole mailbox.
          const message = await client.fetchOne(String(uid), { source: true, internalDate: true }, { uid: true });
          if (!message || !message.source) continue;
          const arrived = message.internalDate instanceof Date ? message.internalDate : message.internalDate ? new Date(message.internalDate) : undefined;
          const outcome = await this.press.ingest(message.source, 'imap', arrived);
          result.seen += 1;
          if (outcome.outcome === 'created') result.created += 1;
          else if (outcome.outcome === 'joined') result.joined += 1;
          else if (outcome.outcome === 'duplicate') result.duplicates += 1;
          else result.ignored += 1;
          await client.messageFlagsAdd(String(uid), [keywords ? STORED_KEYWORD : '\\Seen'], { uid: true });
        }
      } finally {
        lock.release();
      }
    } finally {
      await client.logout().catch(() => client.close());
    }
    return result;
  }
}
