// Writing mails into the outbox, and reading it back for administrators. Services call `enqueue`
// inside their own transaction, so the mail exists exactly when the change it tells about does.
// Tokens in links are sealed before a mail is stored and masked when an administrator reads it
// (see links.ts); reading a mail is audited under the resident it was written to.
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { MailConfig } from '../config.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { decodeCursor, page } from '../http/cursor.js';
import { conflict, notFound } from '../http/errors.js';
import { LinkSealer } from './links.js';
import * as repo from './repository.js';
import { type MailContent, renderMail } from './templates.js';

export type MailPurpose = 'report_received' | 'callback_received' | 'interim_reply' | 'survey_invitation' | 'review_requested' | 'press_answer' | 'press_interim_reply' | 'home_visit_planned';

export const MAIL_PURPOSE_LABELS: Record<MailPurpose, string> = {
  report_received: 'Bevestiging melding',
  callback_received: 'Bevestiging terugbelverzoek',
  interim_reply: 'Procesantwoord',
  survey_invitation: 'Uitnodiging enquête',
  review_requested: 'Controle van een tekst gevraagd',
  press_answer: 'Antwoord op een persvraag',
  press_interim_reply: 'Procesantwoord op een persvraag',
  home_visit_planned: 'Bevestiging huisbezoek',
};

export interface NewMail {
  purpose: MailPurpose;
  recipient: string;
  content: MailContent;
  /** Not before this moment (survey invitations wait a while); default: at once. */
  sendAfter?: Date;
  related?: { type: string; id: string };
  /** Sent from this address instead of MAIL_FROM (the press mailbox). */
  sender?: string;
  /** An answer in a mail thread: its own Message-ID and the mails it answers. */
  thread?: { messageId: string; inReplyTo: string | null; references: string[] };
}

export class Outbox {
  /** Seals the tokens in links before a mail is stored; the worker opens them with the same secret. */
  readonly links: LinkSealer;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    readonly config: MailConfig,
    secret: string,
  ) {
    this.links = new LinkSealer(secret);
  }

  /** A link to a public page of Helder, for use in mails. */
  link(path: string): string {
    return `${this.config.publicBaseUrl}${path}`;
  }

  async enqueue(db: DbOrTx, mail: NewMail): Promise<string> {
    const now = this.clock.now();
    const rendered = renderMail(this.config.municipality, mail.content);
    return repo.insertMessage(db, {
      purpose: mail.purpose,
      recipient: mail.recipient,
      subject: this.links.seal(rendered.subject),
      textBody: this.links.seal(rendered.text),
      htmlBody: this.links.seal(rendered.html),
      status: 'pending',
      nextAttemptAt: mail.sendAfter ?? now,
      createdAt: now,
      relatedType: mail.related?.type ?? null,
      relatedId: mail.related?.id ?? null,
      sender: mail.sender ?? null,
      messageId: mail.thread?.messageId ?? null,
      inReplyTo: mail.thread?.inReplyTo ?? null,
      references: mail.thread?.references.length ? mail.thread.references.join(' ') : null,
    });
  }

  async list(ctx: RequestContext, query: { status?: repo.OutboxStatus | undefined; cursor?: string | undefined; limit: number }) {
    const before = decodeCursor(query.cursor, ['date', 'uuid']);
    const rows = await repo.listMessages(this.db, {
      status: query.status,
      before: before ? { createdAt: before[0] as Date, id: before[1] as string } : undefined,
      limit: query.limit,
    });
    const result = page(rows, query.limit, (last) => [last.createdAt.toISOString(), last.id]);
    // Recipients are residents' e-mail addresses: seeing them is a read of personal data.
    if (result.items.length) {
      const customerIds = await repo.customerIdsOf(this.db, result.items);
      await this.audit.recordCustomerRead(ctx, 'outbox_message', null, customerIds, { list: true, ids: result.items.map((m) => m.id) }, { evenWithoutCustomers: true });
    }
    return {
      items: result.items.map(({ relatedType: _type, relatedId: _id, ...m }) => ({ ...m, subject: LinkSealer.mask(m.subject), purposeLabel: MAIL_PURPOSE_LABELS[m.purpose as MailPurpose] ?? m.purpose })),
      nextCursor: result.nextCursor,
      counts: await repo.countByStatus(this.db),
      sending: this.config.smtpUrl !== undefined,
    };
  }

  async get(ctx: RequestContext, id: string) {
    const row = await repo.findMessage(this.db, id);
    if (!row) throw notFound('Deze e-mail bestaat niet.');
    const customerIds = await repo.customerIdsOf(this.db, [row]);
    await this.audit.recordCustomerRead(ctx, 'outbox_message', id, customerIds, { purpose: row.purpose }, { evenWithoutCustomers: true });
    // The administrator sees the mail as sent, except the token: a masked link opens nobody's page.
    return {
      ...row,
      subject: LinkSealer.mask(row.subject),
      textBody: LinkSealer.mask(row.textBody),
      htmlBody: LinkSealer.mask(row.htmlBody),
      purposeLabel: MAIL_PURPOSE_LABELS[row.purpose as MailPurpose] ?? row.purpose,
    };
  }

  async retry(ctx: RequestContext, id: string) {
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      if (!(await repo.findMessage(tx, id))) throw notFound('Deze e-mail bestaat niet.');
      if (!(await repo.requeue(tx, id, now))) throw conflict('Deze e-mail is al verstuurd of staat al klaar om te versturen.', 'not_retryable');
      await this.audit.record(ctx, { action: 'retry', entityType: 'outbox_message', entityId: id, customerIds: [] }, tx);
    });
    return this.get(ctx, id);
  }
}
