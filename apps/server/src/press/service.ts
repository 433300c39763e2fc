// The press inbox (R5.3). A journalist's mail becomes a press question: a request of the press
// team (kind `press_question`) with a deadline of two working days from arrival, a handler and a
// history, through the same CallbackService machinery as every other request. Its own steps (the
// answer and its check, notes, input from a department) are history events on that request; its
// mail thread lives in press_messages. Answers leave through the outbox from the press address,
// threaded on the journalist's Message-ID.
import { createHash, randomUUID } from 'node:crypto';
import {
  type CallbackStatus,
  CALLBACK_EVENT_LABELS,
  CALLBACK_STATUS_LABELS,
  DEADLINE_STATE_LABELS,
  PRESS_ANSWER_STATUS_LABELS,
  PRESS_EVENT_LABELS,
  type PressAnswerInput,
  type PressAnswerStatus,
  type PressInputRequestInput,
  type PressInterimReplyInput,
  REQUEST_KIND_PREFIX,
  amsterdamDate,
  canReadPress,
  deadlineState,
  dutchDate,
  endOfAmsterdamDay,
  hasRole,
} from '@helder/domain';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { AuditService } from '../audit/service.js';
import type { CallbackService } from '../callbacks/service.js';
import { customerValues } from '../callbacks/service.js';
import * as callbackRepo from '../callbacks/repository.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db, Tx } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import type { RequestContext } from '../http/context.js';
import { decodeCursor, page } from '../http/cursor.js';
import { conflict, forbidden, invalid, notFound } from '../http/errors.js';
import type { Outbox } from '../mail/outbox.js';
import { findEmployee, listTeams } from '../organisation/repository.js';
import * as repo from './repository.js';

const NOT_FOUND = 'Deze persvraag bestaat niet.';
/** The question text kept on the request (the full mail is in the thread). */
const QUESTION_CHARS = 8000;

export type MailSource = 'imap' | 'smtp';
export type IngestOutcome = { outcome: 'created' | 'joined'; requestId: string } | { outcome: 'duplicate' | 'ignored'; requestId?: undefined };

export interface PressListQuery {
  status?: CallbackStatus[] | undefined;
  assigneeId?: string | undefined;
  unassigned?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** A stable colour (0–7) per handler: the shared mailbox shows who handles what. */
export function handlerColour(employeeId: string): number {
  return createHash('sha256').update(employeeId).digest()[0]! % 8;
}

/** `<id@host>`, trimmed; anything without an @ is no Message-ID. */
function messageIdOf(value: string | undefined | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const bare = trimmed.replace(/^<|>$/g, '');
  if (!bare.includes('@') || bare.length > 900) return null;
  return `<${bare}>`;
}

function referencesOf(parsed: ParsedMail): string[] {
  const refs = [parsed.references ?? []].flat();
  const all = [...refs, parsed.inReplyTo ?? ''].flatMap((r) => r.split(/\s+/)).map(messageIdOf).filter((r): r is string => r !== null);
  return [...new Set(all)];
}

export class PressService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly callbacks: CallbackService,
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
  ) {}

  /** The team that answers the press mailbox (PRESS_TEAM), if it exists. */
  async pressTeam(db: Db | Tx = this.db) {
    const name = this.config.press.team.toLowerCase();
    return (await listTeams(db)).find((t) => t.name.toLowerCase() === name && t.active);
  }

  private async requireReader(ctx: RequestContext) {
    const team = await this.pressTeam();
    if (!team) throw notFound('Er is geen persmailbox ingesteld: het team uit PRESS_TEAM bestaat niet.');
    if (!canReadPress(ctx.actor, team.id)) throw forbidden('Alleen team Communicatie en beheerders lezen de persmailbox.');
    return team;
  }

  /**
   * Stores one mail of the press mailbox, once: a new question, or a reply that joins its question.
   * Returns only after the transaction committed, so the mailbox may mark it read (IMAP) or the
   * sending server may drop it (SMTP). A Message-ID seen before is a duplicate, also when another
   * instance stored it a moment ago (the unique index decides).
   */
  async ingest(raw: Buffer, source: MailSource, receivedAt?: Date): Promise<IngestOutcome> {
    const parsed = await simpleParser(raw, { skipTextToHtml: true, skipImageLinks: true });
    const messageId = messageIdOf(parsed.messageId) ?? `<${createHash('sha256').update(raw).digest('hex')}@helder.invalid>`;
    const sender = parsed.from?.value[0];
    const fromAddress = sender?.address?.toLowerCase() ?? '';
    // Our own answers can come back (a copy in the mailbox, a forward): never a new question.
    if (fromAddress && fromAddress === this.config.press.address.toLowerCase()) return { outcome: 'ignored' };
    const at = receivedAt ?? this.clock.now();
    const subject = (parsed.subject ?? '').trim().slice(0, 500) || '(geen onderwerp)';
    const text = (parsed.text ?? '').replace(/\r\n/g, '\n').trim();
    const references = referencesOf(parsed);
    const message = {
      direction: 'in' as const,
      messageId,
      inReplyTo: messageIdOf(parsed.inReplyTo),
      references,
      fromAddress: fromAddress || 'onbekend',
      fromName: sender?.name?.trim() || null,
      toAddress: this.config.press.address,
      subject,
      textBody: text,
      at,
      source,
    };
    try {
      return await this.db.transaction(async (tx) => {
        if (await repo.messageExists(tx, messageId)) return { outcome: 'duplicate' as const };
        const thread = await repo.findThread(tx, references);
        // A reply to an open question joins it; after the answer it is a new question with its own term.
        if (thread && (thread.status === 'open' || thread.status === 'in_progress')) {
          const id = await repo.insertMessage(tx, { ...message, requestId: thread.requestId });
          await this.storeAttachments(tx, id, parsed);
          await callbackRepo.insertEvent(tx, { callbackRequestId: thread.requestId, at, actorId: null, type: 'mail_received', data: { subject, from: fromAddress, source } });
          return { outcome: 'joined' as const, requestId: thread.requestId };
        }
        const team = await this.pressTeam(tx);
        if (!team) throw new Error(`PRESS_TEAM "${this.config.press.team}" is not an active team: press mail cannot be stored`);
        const values = customerValues({ kind: 'institution', name: sender?.name || undefined, email: fromAddress || undefined });
        const customerId = await callbackRepo.insertCustomer(tx, values);
        const created = await this.callbacks.createInTx(tx, null, {
          teamId: team.id,
          question: `${subject}\n\n${text}`.slice(0, QUESTION_CHARS),
          replyBy: 'email',
          customer: { id: customerId, ...values },
          kind: 'press_question',
          createdAt: at,
          skipConfirmation: true,
        });
        await repo.insertQuestion(tx, { requestId: created.id, subject, fromAddress: fromAddress || 'onbekend', rootMessageId: messageId });
        const id = await repo.insertMessage(tx, { ...message, requestId: created.id });
        await this.storeAttachments(tx, id, parsed);
        return { outcome: 'created' as const, requestId: created.id };
      });
    } catch (error) {
      // Another instance stored the same mail at the same moment.
      if (isUniqueViolation(error)) return { outcome: 'duplicate' };
      throw error;
    }
  }

  private async storeAttachments(tx: Tx, messageId: string, parsed: ParsedMail) {
    for (const a of parsed.attachments) {
      await repo.insertAttachment(tx, {
        messageId,
        filename: (a.filename ?? 'bijlage').slice(0, 255),
        contentType: a.contentType || 'application/octet-stream',
        size: a.size ?? a.content.length,
        content: a.content,
      });
    }
  }

  async list(ctx: RequestContext, query: PressListQuery) {
    const team = await this.requireReader(ctx);
    const after = decodeCursor(query.cursor, ['date', 'uuid']);
    const now = this.clock.now();
    const [rows, counts] = await Promise.all([
      repo.listQuestions(this.db, {
        teamId: team.id,
        statuses: query.status,
        assigneeId: query.assigneeId,
        unassigned: query.unassigned,
        after: after ? { dueAt: after[0] as Date, id: after[1] as string } : undefined,
        limit: query.limit,
      }),
      repo.countQuestions(this.db, team.id, now, endOfAmsterdamDay(amsterdamDate(now))),
    ]);
    const result = page(rows, query.limit, (last) => [last.request.dueAt.toISOString(), last.request.id]);
    await this.audit.recordCustomerRead(ctx, 'press_question', null, result.items.map((r) => r.journalist.id), { list: true });
    return { items: result.items.map((r) => this.presentSummary(r, now)), nextCursor: result.nextCursor, counts };
  }

  async get(ctx: RequestContext, id: string) {
    const team = await this.requireReader(ctx);
    return this.detail(ctx, id, team.id);
  }

  async attachment(ctx: RequestContext, id: string, attachmentId: string) {
    await this.requireReader(ctx);
    const found = await repo.findAttachment(this.db, attachmentId);
    if (!found || found.requestId !== id) throw notFound('Deze bijlage bestaat niet.');
    const question = await repo.findQuestion(this.db, id);
    await this.audit.recordCustomerRead(ctx, 'press_attachment', attachmentId, [question?.journalist.id ?? null], { requestId: id }, { evenWithoutCustomers: true });
    return found.attachment;
  }

  async assign(ctx: RequestContext, id: string, input: { assigneeId: string | null }) {
    const team = await this.requireReader(ctx);
    await this.callbacks.act(ctx, id, 'assign', async (tx, row) => {
      if (input.assigneeId) {
        const employee = await findEmployee(tx, input.assigneeId);
        if (!employee || !employee.active) throw invalid('assigneeId', 'Deze collega bestaat niet of werkt hier niet meer.');
        if (employee.teamId !== team.id && !employee.roles.includes('admin')) {
          throw invalid('assigneeId', 'Kies een collega van team Communicatie: alleen zij lezen de persmailbox.');
        }
      }
      if (input.assigneeId === row.assigneeId) throw conflict('Deze persvraag staat al bij deze collega.', 'unchanged');
      return {
        context: { assigneeIsActor: input.assigneeId === ctx.actor.id },
        values: { assigneeId: input.assigneeId },
        data: { fromTeamId: row.teamId, toTeamId: row.teamId, fromAssigneeId: row.assigneeId, toAssigneeId: input.assigneeId, note: null },
      };
    }, { kind: 'press_question', present: false });
    return this.detail(ctx, id, team.id);
  }

  async note(ctx: RequestContext, id: string, input: { text: string }) {
    const team = await this.requireReader(ctx);
    await this.callbacks.act(ctx, id, 'work', async (_tx, row) => ({
      values: { assigneeId: row.assigneeId ?? ctx.actor.id },
      data: { text: input.text },
    }), { kind: 'press_question', event: 'note', present: false });
    return this.detail(ctx, id, team.id);
  }

  /** The procesantwoord: mailed to the journalist, threaded, with the day the answer will come. */
  async interimReply(ctx: RequestContext, id: string, input: PressInterimReplyInput) {
    const team = await this.requireReader(ctx);
    await this.callbacks.act(ctx, id, 'interim_reply', async (tx, row, now) => {
      if (input.expectedBy < amsterdamDate(now)) throw invalid('expectedBy', 'Deze datum is al voorbij. Kies een datum vanaf vandaag.');
      const expected = dutchDate(input.expectedBy, { withWeekday: true });
      await this.mailJournalist(tx, ctx, row.id, row.customerId, 'press_interim_reply', input.text, now, [['Antwoord uiterlijk', expected]]);
      return {
        values: { interimReplyAt: now, interimExpectedBy: input.expectedBy, assigneeId: row.assigneeId ?? ctx.actor.id },
        data: { message: input.text, expectedBy: input.expectedBy, expectedByText: expected, via: 'email', mailed: true },
      };
    }, { kind: 'press_question', present: false });
    return this.detail(ctx, id, team.id);
  }

  /** A draft of the answer; marked for the administrator's check, it waits for approval before it can go. */
  async answer(ctx: RequestContext, id: string, input: PressAnswerInput) {
    const team = await this.requireReader(ctx);
    await this.callbacks.act(ctx, id, 'work', async (tx, row, now) => {
      await this.lockPress(tx, id);
      const status: PressAnswerStatus = input.needsAdministratorCheck ? 'check_requested' : 'draft';
      await repo.updateQuestion(tx, id, {
        answerText: input.text,
        answerStatus: status,
        needsAdministratorCheck: input.needsAdministratorCheck,
        answerUpdatedAt: now,
        answerUpdatedBy: ctx.actor.id,
        checkedBy: null,
        checkedAt: null,
      });
      return {
        values: { assigneeId: row.assigneeId ?? ctx.actor.id },
        data: { needsAdministratorCheck: input.needsAdministratorCheck, answerStatus: status, length: input.text.length },
      };
    }, { kind: 'press_question', event: input.needsAdministratorCheck ? 'check_requested' : 'answer_drafted', present: false });
    return this.detail(ctx, id, team.id);
  }

  approve(ctx: RequestContext, id: string) {
    return this.decide(ctx, id, 'approved', null);
  }

  requestChanges(ctx: RequestContext, id: string, input: { comment: string }) {
    return this.decide(ctx, id, 'changes_requested', input.comment);
  }

  /** The administrator's check, recorded by a team lead of the press team or an administrator. */
  private async decide(ctx: RequestContext, id: string, decision: 'approved' | 'changes_requested', comment: string | null) {
    const team = await this.requireReader(ctx);
    if (!this.mayCheck(ctx, team.id)) throw forbidden('Alleen een teamleider of beheerder legt de controle door de bestuurder vast.');
    await this.callbacks.act(ctx, id, 'work', async (tx) => {
      const press = await this.lockPress(tx, id);
      if (press.answerStatus !== 'check_requested') {
        throw conflict('Er wacht geen antwoord op controle. Vraag eerst om controle door de bestuurder.', 'no_check_requested');
      }
      const now = this.clock.now();
      await repo.updateQuestion(tx, id, { answerStatus: decision, checkedBy: ctx.actor.id, checkedAt: now });
      return { values: {}, data: comment ? { comment } : {} };
    }, { kind: 'press_question', event: decision, present: false });
    return this.detail(ctx, id, team.id);
  }

  /** Sends the answer from the press address and completes the question (409 while a required check is open). */
  async send(ctx: RequestContext, id: string) {
    const team = await this.requireReader(ctx);
    await this.callbacks.act(ctx, id, 'complete', async (tx, row, now) => {
      const press = await this.lockPress(tx, id);
      if (!press.answerText || press.answerStatus === 'none') throw conflict('Er is nog geen antwoord. Schrijf eerst het antwoord.', 'no_answer');
      if (press.needsAdministratorCheck && press.answerStatus !== 'approved') {
        throw conflict(
          press.answerStatus === 'changes_requested'
            ? 'De bestuurder vroeg om een aanpassing. Pas het antwoord aan en vraag opnieuw om controle.'
            : 'Dit antwoord wacht nog op de controle door de bestuurder. U kunt het pas versturen als het is goedgekeurd.',
          'check_required',
        );
      }
      await this.mailJournalist(tx, ctx, row.id, row.customerId, 'press_answer', press.answerText, now, []);
      await repo.updateQuestion(tx, id, { answerStatus: 'sent', sentAt: now });
      return {
        values: { completedAt: now, outcome: press.answerText.slice(0, 2000), assigneeId: row.assigneeId ?? ctx.actor.id },
        data: { late: now > row.dueAt, checked: press.needsAdministratorCheck },
      };
    }, { kind: 'press_question', event: 'answer_sent', present: false });
    return this.detail(ctx, id, team.id);
  }

  /** Sets a mail aside that is no question (an invitation, spam): it leaves the inbox and the KPI. */
  async dismiss(ctx: RequestContext, id: string, input: { reason: string }) {
    const team = await this.requireReader(ctx);
    await this.callbacks.act(ctx, id, 'cancel', async () => ({ values: {}, data: { reason: input.reason } }), { kind: 'press_question', present: false });
    return this.detail(ctx, id, team.id);
  }

  /** Asks a department for input: a request of that team with its own deadline, linked to the question. */
  async requestInput(ctx: RequestContext, id: string, input: PressInputRequestInput) {
    const team = await this.requireReader(ctx);
    await this.callbacks.act(ctx, id, 'work', async (tx, row, now) => {
      const target = await this.callbacks.requireTarget(tx, { teamId: input.teamId });
      if (target.team.id === team.id) throw invalid('teamId', 'Kies een ander team dan team Communicatie zelf.');
      const reference = `${REQUEST_KIND_PREFIX.press_question}-${row.number}`;
      // The department sees the question of the press team, not the journalist.
      const values = customerValues({ kind: 'institution', name: `Team ${team.name} (persvraag ${reference})` });
      const customerId = await callbackRepo.insertCustomer(tx, values);
      const created = await this.callbacks.createInTx(tx, ctx, {
        teamId: target.team.id,
        question: input.question,
        replyBy: 'none',
        customer: { id: customerId, ...values },
        kind: 'input_request',
        workingDays: input.workingDays ?? 1,
        parentId: row.id,
        createdAt: now,
      }, target);
      return {
        values: { assigneeId: row.assigneeId ?? ctx.actor.id },
        data: { teamId: target.team.id, teamName: target.team.name, inputRequestId: created.id, reference: created.reference, question: input.question },
      };
    }, { kind: 'press_question', event: 'input_requested', present: false });
    return this.detail(ctx, id, team.id);
  }

  private mayCheck(ctx: RequestContext, pressTeamId: string) {
    return hasRole(ctx.actor, 'admin') || (hasRole(ctx.actor, 'team_lead') && ctx.actor.teamId === pressTeamId);
  }

  private async lockPress(tx: Tx, id: string) {
    const press = await repo.lockQuestion(tx, id);
    if (!press) throw notFound(NOT_FOUND);
    return press;
  }

  /** A mail to the journalist from the press address, in reply to their last mail, kept in the thread. */
  private async mailJournalist(
    tx: Tx,
    ctx: RequestContext,
    requestId: string,
    customerId: string,
    purpose: 'press_answer' | 'press_interim_reply',
    text: string,
    now: Date,
    facts: [string, string][],
  ) {
    const customer = await callbackRepo.findCustomer(tx, customerId);
    if (!customer?.email) throw conflict('Van deze journalist is geen e-mailadres bekend. Antwoord op een andere manier en leg dat vast in een notitie.', 'no_address');
    const press = await repo.lockQuestion(tx, requestId);
    const last = await repo.lastIncoming(tx, requestId);
    const thread = await repo.threadMessageIds(tx, requestId);
    const inReplyTo = last?.messageId ?? press?.rootMessageId ?? null;
    const domain = this.config.press.address.split('@')[1] ?? 'helder.invalid';
    const messageId = `<${randomUUID()}@${domain}>`;
    const baseSubject = last?.subject ?? press?.subject ?? 'Uw vraag';
    const subject = /^(re|antw):/i.test(baseSubject) ? baseSubject : `Re: ${baseSubject}`;
    const municipality = this.config.mail.municipality.name;
    const outboxId = await this.outbox.enqueue(tx, {
      purpose,
      recipient: customer.email,
      sender: `"Gemeente ${municipality}, team Communicatie" <${this.config.press.address}>`,
      related: { type: 'callback_request', id: requestId },
      thread: { messageId, inReplyTo, references: thread.slice(-20) },
      content: {
        subject,
        greeting: customer.name ? `Beste ${customer.name},` : 'Beste journalist,',
        paragraphs: text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
        ...(facts.length ? { facts } : {}),
      },
    });
    await repo.insertMessage(tx, {
      requestId,
      direction: 'out',
      messageId,
      inReplyTo,
      references: thread.slice(-20),
      fromAddress: this.config.press.address,
      fromName: `Gemeente ${municipality}`,
      toAddress: customer.email,
      subject,
      textBody: text,
      at: now,
      source: 'helder',
      outboxMessageId: outboxId,
      sentBy: ctx.actor.id,
    });
  }

  private presentSummary(r: repo.PressQuestionView, now: Date) {
    const request = r.request;
    const status = request.status as CallbackStatus;
    const interimInTime = request.interimReplyAt !== null && request.interimReplyAt <= request.dueAt;
    let state = deadlineState({ status, dueAt: request.dueAt, completedAt: request.completedAt }, now);
    // A procesantwoord in time keeps the promise of two working days (the KPI counts it so too).
    let label = DEADLINE_STATE_LABELS[state];
    if ((status === 'open' || status === 'in_progress') && interimInTime) {
      state = 'on_time';
      label = 'Procesantwoord op tijd';
    }
    return {
      id: request.id,
      reference: `${REQUEST_KIND_PREFIX.press_question}-${request.number}`,
      subject: r.press.subject,
      journalist: { name: r.journalist.name, email: r.journalist.email },
      status,
      statusLabel: CALLBACK_STATUS_LABELS[status],
      answerStatus: r.press.answerStatus as PressAnswerStatus,
      answerStatusLabel: PRESS_ANSWER_STATUS_LABELS[r.press.answerStatus as PressAnswerStatus],
      needsAdministratorCheck: r.press.needsAdministratorCheck,
      receivedAt: request.createdAt.toISOString(),
      dueAt: request.dueAt.toISOString(),
      dueExplanation: request.dueExplanation,
      deadlineState: state,
      deadlineLabel: label,
      assignee: request.assigneeId && r.assigneeName ? { id: request.assigneeId, name: r.assigneeName } : null,
      assigneeColour: request.assigneeId ? handlerColour(request.assigneeId) : null,
      interimExpectedBy: request.interimExpectedBy,
      messageCount: r.messageCount,
    };
  }

  private async detail(ctx: RequestContext, id: string, pressTeamId: string) {
    const row = await repo.findQuestion(this.db, id);
    // Someone without access learns nothing, not even that the question exists.
    if (!row || row.request.teamId !== pressTeamId) throw notFound(NOT_FOUND);
    const [messages, events, inputs] = await Promise.all([
      repo.listMessages(this.db, id),
      callbackRepo.listEvents(this.db, id),
      repo.listInputRequests(this.db, id),
    ]);
    await this.audit.recordCustomerRead(ctx, 'press_question', id, [row.journalist.id]);
    const now = this.clock.now();
    const summary = this.presentSummary(row, now);
    const open = summary.status === 'open' || summary.status === 'in_progress';
    return {
      ...summary,
      answer: {
        text: row.press.answerText,
        updatedAt: row.press.answerUpdatedAt?.toISOString() ?? null,
        updatedBy: row.answerUpdatedByName,
        checkedBy: row.checkedByName,
        checkedAt: row.press.checkedAt?.toISOString() ?? null,
        sentAt: row.press.sentAt?.toISOString() ?? null,
      },
      thread: messages.map((m) => ({
        id: m.id,
        direction: m.direction as 'in' | 'out',
        from: m.fromAddress,
        fromName: m.fromName,
        to: m.toAddress,
        subject: m.subject,
        text: m.textBody,
        at: m.at.toISOString(),
        messageId: m.messageId,
        inReplyTo: m.inReplyTo,
        attachments: m.attachments.map((a) => ({ id: a.id, filename: a.filename, contentType: a.contentType, size: a.size })),
      })),
      notes: events.filter((e) => e.type === 'note').map((e) => ({ at: e.at.toISOString(), actorName: e.actorName, text: String((e.data as { text?: unknown }).text ?? '') })),
      inputRequests: inputs.map((i) => ({
        id: i.id,
        reference: `${REQUEST_KIND_PREFIX.input_request}-${i.number}`,
        teamName: i.teamName,
        question: i.question,
        status: i.status as CallbackStatus,
        statusLabel: CALLBACK_STATUS_LABELS[i.status as CallbackStatus],
        dueAt: i.dueAt.toISOString(),
        answer: i.outcome,
      })),
      history: events.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        type: e.type,
        label: PRESS_EVENT_LABELS[e.type] ?? CALLBACK_EVENT_LABELS[e.type as keyof typeof CALLBACK_EVENT_LABELS] ?? e.type,
        actorName: e.actorName,
        data: e.data as Record<string, unknown>,
      })),
      can: {
        approve: open && row.press.answerStatus === 'check_requested' && this.mayCheck(ctx, pressTeamId),
        send: open && row.press.answerStatus !== 'none' && (!row.press.needsAdministratorCheck || row.press.answerStatus === 'approved'),
      },
    };
  }
}
