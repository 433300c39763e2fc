// Sends what the outbox holds. Each round claims due messages, sends them one by one and records
// the outcome; a failure waits longer each time (1, 2, 4 ... minutes, at most an hour) and after
// MAX_ATTEMPTS the message is marked failed for an administrator to see and retry. A crash between
// sending and recording may send a message again, with the same Message-ID (at least once, never
// lost); a mail is never sent before it was committed. Tokens in links are stored sealed and only
// opened here, in memory, for the SMTP server (see links.ts).
import type { Clock } from '../clock.js';
import type { MailConfig } from '../config.js';
import type { Db } from '../db/client.js';
import { type LinkSealer, LinkTokenError } from './links.js';
import * as repo from './repository.js';
import type { MailTransport } from './transport.js';

export const MAX_ATTEMPTS = 10;
const BATCH = 20;
/** A round stops after this many batches (2,000 mails), so a stop request is never kept waiting long. */
const MAX_BATCHES_PER_ROUND = 100;
const CLAIM_MS = 5 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

export interface RoundResult {
  sent: number;
  retried: number;
  failed: number;
  held: number;
}

/** Shown to the administrator when a stored link cannot be opened any more. */
export const LINK_LOST = 'De link in deze e-mail kan niet meer worden gemaakt: HELDER_SECRET is veranderd nadat de e-mail klaarstond. De inwoner moet een nieuwe link krijgen.';

export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RoundResult> | undefined;
  /** Told of every timed round (the metrics count them). */
  onRound: ((outcome: 'ok' | 'failed') => void) | undefined;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly config: MailConfig,
    /** Opens the sealed tokens in links: the outbox's own sealer (same HELDER_SECRET). */
    private readonly links: LinkSealer,
    private readonly transport: MailTransport | undefined,
    private readonly log: (message: string, error?: unknown) => void = () => {},
  ) {}

  /** One round; rounds never overlap within a process. */
  runOnce(): Promise<RoundResult> {
    this.running ??= this.round().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Rounds until everything due now is handled (tests, and the end of a batch). */
  async drain(): Promise<RoundResult> {
    const total: RoundResult = { sent: 0, retried: 0, failed: 0, held: 0 };
    for (;;) {
      const r = await this.runOnce();
      total.sent += r.sent;
      total.retried += r.retried;
      total.failed += r.failed;
      total.held += r.held;
      if (r.sent + r.retried + r.failed + r.held === 0) return total;
    }
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.runOnce().then(
        () => this.onRound?.('ok'),
        (error) => {
          this.onRound?.('failed');
          this.log('outbox round failed', error);
        },
      );
    }, this.config.intervalSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
    this.transport?.close();
  }

  /** Batch after batch until nothing is due, so a burst of reports does not leave mail waiting. */
  private async round(): Promise<RoundResult> {
    const result: RoundResult = { sent: 0, retried: 0, failed: 0, held: 0 };
    for (let batches = 0; batches < MAX_BATCHES_PER_ROUND; batches++) {
      if ((await this.batch(result)) < BATCH) break;
    }
    return result;
  }

  private async batch(result: RoundResult): Promise<number> {
    const now = this.clock.now();
    const claimed = await repo.claimDue(this.db, now, new Date(now.getTime() + CLAIM_MS), BATCH);
    for (const message of claimed) {
      if (!this.transport) {
        await repo.markHeld(this.db, message.id);
        result.held += 1;
        continue;
      }
      let opened: { subject: string; text: string; html: string };
      try {
        opened = { subject: this.links.open(message.subject), text: this.links.open(message.textBody), html: this.links.open(message.htmlBody) };
      } catch (error) {
        if (!(error instanceof LinkTokenError)) throw error;
        // Trying again cannot help: the key is gone. Never send a mail with a broken link.
        await repo.markFailed(this.db, message.id, LINK_LOST);
        result.failed += 1;
        this.log(`mail ${message.id} not sent: ${error.message}`);
        continue;
      }
      try {
        await this.transport.send({
          messageId: message.messageId ?? `<${message.id}@helder.${hostOf(this.config.publicBaseUrl)}>`,
          from: message.sender ?? this.config.from,
          ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
          ...(message.references ? { references: message.references } : {}),
          to: message.recipient,
          subject: opened.subject,
          text: opened.text,
          html: opened.html,
        });
        await repo.markSent(this.db, message.id, this.clock.now());
        result.sent += 1;
      } catch (error) {
        const reason = describe(error);
        if (message.attempts >= MAX_ATTEMPTS) {
          await repo.markFailed(this.db, message.id, reason);
          result.failed += 1;
        } else {
          await repo.markRetry(this.db, message.id, new Date(this.clock.now().getTime() + backoffMs(message.attempts)), reason);
          result.retried += 1;
        }
        this.log(`mail ${message.id} not sent (attempt ${message.attempts}): ${reason}`);
      }
    }
    return claimed.length;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 500);
}
