import {
  type AssignInput,
  type CallbackAction,
  type CallbackRequestInput,
  type CallbackStatus,
  type CustomerInput,
  type InterimReplyInput,
  type ReportCategory,
  type RequestKind,
  ANSWER_CHANNEL_LABELS,
  REQUEST_KIND_PREFIX,
  amsterdamDate,
  blankToNull,
  canViewCallback,
  canViewTeamCallbacks,
  canWorkOnCallback,
  dutchDate,
  endOfAmsterdamDay,
  isLate,
  normalisePhone,
  seesAllTeams,
  startOfAmsterdamDay,
  transition,
} from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import type { CalendarService } from '../calendar/service.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db, DbOrTx, Tx } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { decodeCursor, page } from '../http/cursor.js';
import { conflict, forbidden, invalid, notFound } from '../http/errors.js';
import { findContact } from '../contacts/repository.js';
import { idempotentCreate, idempotentRequest } from '../http/idempotency.js';
import { newToken } from '../http/tokens.js';
import type { Outbox } from '../mail/outbox.js';
import { greetingFor } from '../mail/templates.js';
import { findEmployee, findTeam } from '../organisation/repository.js';
import type { SurveyInvitations } from '../surveys/invitations.js';
import { presentCallback, presentHistoryEntry } from './presenters.js';
import * as repo from './repository.js';

export interface NewCallback {
  contactId?: string | null | undefined;
  teamId: string;
  assigneeId?: string | null | undefined;
  question: string;
  replyBy: 'phone' | 'email' | 'none';
  /** The stored customer: the second line reaches them without asking again. */
  customer: { id: string; kind: string; name: string | null; email: string | null; phone: string | null };
  kind?: RequestKind;
  category?: ReportCategory | null;
  occurredOn?: string | null;
  aboutTeamId?: string | null;
  /** The token of the resident's status page, when the caller shows the link itself (reports). */
  statusToken?: { token: string; hash: string };
  /** No receipt by mail (the address already had its share today, see residents/service.ts). */
  skipConfirmation?: boolean;
  /** When it arrived, if not now (a press mail read from the mailbox after it came in). */
  createdAt?: Date;
  /** A term of its own instead of the team's (a department's input for a press question). */
  workingDays?: number;
  /** The request this one gathers input for. */
  parentId?: string | null;
}

export interface CallbackTarget {
  team: { id: string; name: string; deadlineWorkingDays: number };
  assignee: { id: string; name: string } | undefined;
}

export interface CallbackListQuery {
  status?: CallbackStatus[] | undefined;
  kind?: RequestKind[] | undefined;
  teamId?: string | undefined;
  assigneeId?: string | undefined;
  unassigned?: boolean | undefined;
  overdue?: boolean | undefined;
  contactId?: string | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  late?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Stores only what the second line needs to reach the customer, in a normal form. */
export function customerValues(customer: Partial<CustomerInput> & { kind?: string | undefined }) {
  const phone = blankToNull(customer.phone);
  return {
    kind: customer.kind ?? 'resident',
    name: blankToNull(customer.name),
    email: blankToNull(customer.email)?.toLowerCase() ?? null,
    phone: phone ? normalisePhone(phone) : null,
  };
}

export class CallbackService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly invitations: SurveyInvitations,
    private readonly config: Config,
  ) {}

  /**
   * Creates a request inside the caller's transaction (a contact and its callback are one write)
   * and presents it from what was written, without reading it back.
   */
  async createInTx(tx: DbOrTx, ctx: RequestContext | null, input: NewCallback, checked?: CallbackTarget) {
    const { team, assignee } = checked ?? (await this.requireTarget(tx, input));
    const createdAt = input.createdAt ?? this.clock.now();
    const kind = input.kind ?? 'callback';
    const workingDays = input.workingDays ?? team.deadlineWorkingDays;
    const due = await this.calendar.dueDateFor(createdAt, workingDays, tx);
    // A resident who gave an e-mail address can follow a callback request or report on a status page.
    const status = input.statusToken ?? (input.customer.email && (kind === 'callback' || kind === 'report') ? newToken() : undefined);
    const row = await repo.insertCallback(tx, {
      contactId: input.contactId ?? null,
      teamId: team.id,
      assigneeId: input.assigneeId ?? null,
      customerId: input.customer.id,
      question: input.question,
      replyBy: input.replyBy,
      status: 'open',
      workingDays,
      parentId: input.parentId ?? null,
      dueAt: due.dueAt,
      dueExplanation: due.explanation,
      createdAt,
      updatedAt: createdAt,
      createdBy: ctx?.actor.id ?? null,
      kind,
      category: input.category ?? null,
      occurredOn: input.occurredOn ?? null,
      aboutTeamId: input.aboutTeamId ?? null,
      statusTokenHash: status?.hash ?? null,
      statusExpiresAt: status ? new Date(createdAt.getTime() + this.config.statusValidDays * 86400_000) : null,
    });
    const data = { teamId: team.id, assigneeId: input.assigneeId ?? null, dueAt: due.dueAt.toISOString(), workingDays };
    const actorId = ctx?.actor.id ?? null;
    const event = await repo.insertEvent(tx, { callbackRequestId: row.id, at: createdAt, actorId, type: 'created', data });
    if (status && input.customer.email && !input.skipConfirmation) await this.mailConfirmation(tx, row, team.name, input.customer, status.token);
    const view = { request: row, customer: input.customer, teamName: team.name, assigneeName: assignee?.name ?? null, createdByName: ctx?.actor.name ?? null };
    return {
      ...presentCallback(view, createdAt),
      history: [presentHistoryEntry({ ...event, type: 'created', data, actorId, actorName: ctx?.actor.name ?? null })],
    };
  }

  /** The resident's receipt: what we will do, by when, and the link to follow it. */
  private async mailConfirmation(tx: DbOrTx, row: repo.CallbackRow, teamName: string, customer: NewCallback['customer'], token: string) {
    const reference = `${REQUEST_KIND_PREFIX[row.kind as RequestKind]}-${row.number}`;
    const due = dutchDate(amsterdamDate(row.dueAt), { withWeekday: true });
    const report = row.kind === 'report';
    const expires = dutchDate(amsterdamDate(row.statusExpiresAt!));
    await this.outbox.enqueue(tx, {
      purpose: report ? 'report_received' : 'callback_received',
      recipient: customer.email!,
      related: { type: 'callback_request', id: row.id },
      content: {
        subject: report ? `Wij hebben uw melding ontvangen (${reference})` : `Wij hebben uw vraag ontvangen (${reference})`,
        // A report comes from a public form: anyone can type any name and any address there, so the
        // mail must not carry their text to a stranger ("Beste Jan. Uw uitkering is geblokkeerd: …").
        greeting: greetingFor(report ? null : customer.name),
        paragraphs: report
          ? [
              'Bedankt voor uw melding. Wij vinden het belangrijk dat wij duidelijk zijn en dat wij doen wat wij beloven.',
              row.replyBy === 'none'
                ? `Team ${teamName} bekijkt uw melding. U gaf geen manier op om u te antwoorden. Wilt u toch een antwoord? Bel ons dan en noem uw nummer.`
                : `Team ${teamName} bekijkt uw melding en neemt uiterlijk ${due} contact met u op.`,
            ]
          : [
              `U vroeg de gemeente om u te ${row.replyBy === 'email' ? 'mailen' : 'bellen'}. Team ${teamName} neemt uiterlijk ${due} contact met u op.`,
            ],
        facts: [
          ['Uw nummer', reference],
          ['Uiterlijk antwoord', due],
          ['Antwoord via', ANSWER_CHANNEL_LABELS[row.replyBy as 'phone' | 'email' | 'none']],
        ],
        action: { label: 'Bekijk hoe het ervoor staat', url: this.outbox.link(`/status/${token}`) },
        closing: `Deze link werkt tot en met ${expires}.`,
      },
    });
  }

  async create(ctx: RequestContext, input: CallbackRequestInput, idempotencyKey?: string) {
    const created = await idempotentCreate(this.db, `callback:${ctx.actor.id}`, idempotentRequest(idempotencyKey, input), async (tx) => {
      if (input.contactId) await this.requireContact(tx, ctx, input.contactId);
      const values = customerValues(input.customer);
      const customerId = await repo.insertCustomer(tx, values);
      const result = await this.createInTx(tx, ctx, { ...input, customer: { id: customerId, ...values } });
      return { id: result.id, result };
    });
    return created.result ?? this.detail(ctx, created.id);
  }

  async list(ctx: RequestContext, query: CallbackListQuery) {
    const scope = this.scopeFor(ctx, query);
    const after = decodeCursor(query.cursor, ['date', 'uuid']);
    const now = this.clock.now();
    const rows = await repo.listCallbacks(this.db, {
      statuses: query.status,
      kinds: query.kind,
      teamId: query.teamId,
      assigneeId: query.assigneeId,
      unassigned: query.unassigned,
      overdue: query.overdue,
      contactId: query.contactId,
      dueFrom: query.dueFrom ? startOfAmsterdamDay(query.dueFrom) : undefined,
      dueTo: query.dueTo ? endOfAmsterdamDay(query.dueTo) : undefined,
      late: query.late,
      scope,
      now,
      after: after ? { dueAt: after[0] as Date, id: after[1] as string } : undefined,
      limit: query.limit,
    });
    const result = page(rows, query.limit, (last) => [last.request.dueAt.toISOString(), last.request.id]);
    await this.audit.recordCustomerRead(ctx, 'callback_request', null, result.items.map((r) => r.customer.id), { list: true });
    return { items: result.items.map((r) => presentCallback(r, now)), nextCursor: result.nextCursor };
  }

  async summary(ctx: RequestContext, query: { teamId?: string | undefined; assigneeId?: string | undefined }) {
    const scope = this.scopeFor(ctx, query);
    const now = this.clock.now();
    const today = amsterdamDate(now);
    return repo.summarise(
      this.db,
      { teamId: query.teamId, assigneeId: query.assigneeId, scope, now },
      startOfAmsterdamDay(today),
      endOfAmsterdamDay(today),
    );
  }

  async get(ctx: RequestContext, id: string) {
    const view = await repo.findCallbackView(this.db, id);
    // Someone without access learns nothing, not even that the request exists.
    if (!view || !canViewCallback(ctx.actor, view.request)) throw notFound('Dit terugbelverzoek bestaat niet.');
    return this.detail(ctx, id);
  }

  assign(ctx: RequestContext, id: string, input: AssignInput) {
    return this.act(ctx, id, 'assign', async (tx, row) => {
      const teamId = input.teamId ?? row.teamId;
      if (input.teamId && input.teamId !== row.teamId) {
        const team = await findTeam(tx, input.teamId);
        if (!team) throw invalid('teamId', 'Dit team bestaat niet.');
        if (!team.active) throw invalid('teamId', 'Dit team neemt geen verzoeken meer aan. Kies een ander team.');
      }
      // A new team picks its own colleague unless one is named.
      const assigneeId = input.assigneeId !== undefined ? input.assigneeId : teamId === row.teamId ? row.assigneeId : null;
      if (assigneeId) await this.requireActiveEmployee(tx, assigneeId);
      if (teamId === row.teamId && assigneeId === row.assigneeId) {
        throw conflict('Dit verzoek staat al bij dit team en deze collega.', 'unchanged');
      }
      return {
        context: { assigneeIsActor: assigneeId === ctx.actor.id },
        values: { teamId, assigneeId },
        data: {
          fromTeamId: row.teamId,
          toTeamId: teamId,
          fromAssigneeId: row.assigneeId,
          toAssigneeId: assigneeId,
          note: blankToNull(input.note),
        },
      };
    });
  }

  attempt(ctx: RequestContext, id: string, input: { note?: string | undefined }) {
    return this.act(ctx, id, 'attempt', async (_tx, row) => ({
      values: { attempts: row.attempts + 1, assigneeId: row.assigneeId ?? ctx.actor.id },
      data: { note: blankToNull(input.note), attempt: row.attempts + 1 },
    }));
  }

  interimReply(ctx: RequestContext, id: string, input: InterimReplyInput) {
    return this.act(ctx, id, 'interim_reply', async (tx, row, now) => {
      if (input.expectedBy < amsterdamDate(now)) {
        throw invalid('expectedBy', 'Deze datum is al voorbij. Kies een datum vanaf vandaag.');
      }
      const mailed = (input.via ?? row.replyBy) === 'email' ? await this.mailInterimReply(tx, row, input) : false;
      return {
        values: { interimReplyAt: now, interimExpectedBy: input.expectedBy, assigneeId: row.assigneeId ?? ctx.actor.id },
        data: {
          message: input.message,
          expectedBy: input.expectedBy,
          expectedByText: dutchDate(input.expectedBy, { withWeekday: true }),
          via: input.via ?? row.replyBy,
          ...(mailed ? { mailed: true } : {}),
        },
      };
    });
  }

  complete(ctx: RequestContext, id: string, input: { outcome: string }) {
    return this.act(ctx, id, 'complete', async (tx, row, now) => {
      // A completed callback request is a contact the resident can rate (second line).
      const invited = row.kind === 'callback' ? await this.inviteToSurvey(tx, row) : false;
      return {
        values: { completedAt: now, outcome: input.outcome, assigneeId: row.assigneeId ?? ctx.actor.id },
        data: {
          outcome: input.outcome,
          late: isLate({ status: 'done', dueAt: row.dueAt, completedAt: now }, now),
          ...(invited ? { surveyInvited: true } : {}),
        },
      };
    });
  }

  private async inviteToSurvey(tx: Tx, row: repo.CallbackRow) {
    const customer = await repo.findCustomer(tx, row.customerId);
    const contact = row.contactId ? await findContact(tx, row.contactId) : undefined;
    return this.invitations.schedule(tx, {
      customer: customer ?? null,
      callbackRequestId: row.id,
      contactId: row.contactId,
      teamId: row.teamId,
      productId: contact?.productId ?? null,
      channel: contact?.channel ?? row.replyBy,
      line: 'second',
    });
  }

  /** The interim reply goes out by mail through the outbox when that is how the resident is answered. */
  private async mailInterimReply(tx: Tx, row: repo.CallbackRow, input: InterimReplyInput): Promise<boolean> {
    const customer = await repo.findCustomer(tx, row.customerId);
    if (!customer?.email) return false;
    const reference = `${REQUEST_KIND_PREFIX[row.kind as RequestKind]}-${row.number}`;
    await this.outbox.enqueue(tx, {
      purpose: 'interim_reply',
      recipient: customer.email,
      related: { type: 'callback_request', id: row.id },
      content: {
        subject: `Uw vraag aan de gemeente (${reference}): wij hebben meer tijd nodig`,
        greeting: greetingFor(customer.name),
        paragraphs: [input.message],
        facts: [
          ['Uw nummer', reference],
          ['Antwoord uiterlijk', dutchDate(input.expectedBy, { withWeekday: true })],
        ],
      },
    });
    return true;
  }

  cancel(ctx: RequestContext, id: string, input: { reason: string }) {
    return this.act(ctx, id, 'cancel', async () => ({ values: {}, data: { reason: input.reason } }));
  }

  /**
   * One path for every step on every kind of request: lock, check access and state, change, and
   * append to the history. Kinds with steps of their own (press questions, home visits) use it too:
   * `event` names their history event, and their service presents the result (`present: false`).
   */
  async act(
    ctx: RequestContext,
    id: string,
    action: CallbackAction,
    step: (
      tx: Tx,
      row: repo.CallbackRow,
      now: Date,
    ) => Promise<{ values: Partial<repo.CallbackRow>; data: Record<string, unknown>; context?: { assigneeIsActor: boolean } }>,
    options: { event?: string; kind?: RequestKind; present?: boolean } = {},
  ) {
    await this.db.transaction(async (tx) => {
      const row = await repo.lockCallback(tx, id);
      if (!row || !canViewCallback(ctx.actor, row) || (options.kind && row.kind !== options.kind)) {
        throw notFound('Dit verzoek bestaat niet.');
      }
      if (!canWorkOnCallback(ctx.actor, row)) {
        throw forbidden('U kunt dit verzoek bekijken, maar niet behandelen. Dat doet het team zelf.');
      }
      // A closed request says so first, whatever else is wrong with the step.
      const allowed = transition(row.status as CallbackStatus, action);
      if (!allowed.ok) throw conflict(allowed.message, 'invalid_transition');
      const now = this.clock.now();
      const change = await step(tx, row, now);
      const next = transition(row.status as CallbackStatus, action, change.context);
      if (!next.ok) throw conflict(next.message, 'invalid_transition');
      await repo.updateCallback(tx, id, { ...change.values, status: next.status, updatedAt: now });
      await repo.insertEvent(tx, {
        callbackRequestId: id,
        at: now,
        actorId: ctx.actor.id,
        type: options.event ?? EVENT_OF[action],
        data: { ...change.data, fromStatus: row.status, toStatus: next.status },
      });
    });
    return options.present === false ? undefined : this.detail(ctx, id);
  }

  /**
   * The request registered with a contact, if any, and if the actor may see it (it may have moved
   * to another team since). Whoever just registered it always gets it back.
   */
  async forContact(ctx: RequestContext, contactId: string, justRegistered = false) {
    const scope = justRegistered ? undefined : this.scopeFor(ctx, {});
    const [row] = await repo.listCallbacks(this.db, { contactId, scope, now: this.clock.now(), limit: 1 });
    return row ? this.detail(ctx, row.request.id) : null;
  }

  /** Whether the actor may see at least one request registered with this contact. */
  async hasVisibleRequestFor(ctx: RequestContext, contactId: string): Promise<boolean> {
    const rows = await repo.listCallbacks(this.db, { contactId, scope: this.scopeFor(ctx, {}), now: this.clock.now(), limit: 1 });
    return rows.length > 0;
  }

  /** The request with its history; the read of the customer's details is audited. */
  private async detail(ctx: RequestContext, id: string) {
    const view = await repo.findCallbackView(this.db, id);
    if (!view) throw notFound('Dit terugbelverzoek bestaat niet.');
    const events = await repo.listEvents(this.db, id);
    await this.audit.recordCustomerRead(ctx, 'callback_request', id, [view.customer.id]);
    return { ...presentCallback(view, this.clock.now()), history: events.map(presentHistoryEntry) };
  }

  /** Roles that do not see every team are limited to their own team and their own requests. */
  private scopeFor(ctx: RequestContext, query: { teamId?: string | undefined; assigneeId?: string | undefined }) {
    if (seesAllTeams(ctx.actor)) return undefined;
    if (query.teamId && !canViewTeamCallbacks(ctx.actor, query.teamId)) {
      throw forbidden('U kunt alleen de verzoeken van uw eigen team bekijken.');
    }
    if (query.assigneeId && query.assigneeId !== ctx.actor.id && !query.teamId && !ctx.actor.teamId) {
      throw forbidden('U kunt alleen uw eigen verzoeken bekijken.');
    }
    const sharesTeam = ctx.actor.roles.some((r) => r === 'second_line' || r === 'team_lead');
    return { teamId: sharesTeam ? ctx.actor.teamId : null, employeeId: ctx.actor.id };
  }

  /**
   * The active team (and active colleague) a new request goes to. `prefix` names the fields as the
   * caller's body has them (a contact nests them under `callbackRequest.`).
   */
  async requireTarget(
    db: DbOrTx,
    target: { teamId: string; assigneeId?: string | null | undefined },
    prefix = '',
  ): Promise<CallbackTarget> {
    const team = await findTeam(db, target.teamId);
    if (!team) throw invalid(`${prefix}teamId`, 'Dit team bestaat niet.');
    if (!team.active) throw invalid(`${prefix}teamId`, 'Dit team neemt geen verzoeken meer aan. Kies een ander team.');
    const assignee = target.assigneeId ? await this.requireActiveEmployee(db, target.assigneeId, `${prefix}assigneeId`) : undefined;
    return { team, assignee };
  }

  private async requireActiveEmployee(db: DbOrTx, id: string, field = 'assigneeId') {
    const employee = await findEmployee(db, id);
    if (!employee || !employee.active) throw invalid(field, 'Deze collega bestaat niet of werkt hier niet meer.');
    return employee;
  }

  /** A request can only be linked to a contact the employee may see. */
  private async requireContact(db: DbOrTx, ctx: RequestContext, id: string) {
    const contact = await findContact(db, id);
    const visible = contact && (seesAllTeams(ctx.actor) || (contact.teamId !== null && contact.teamId === ctx.actor.teamId));
    if (!visible) throw invalid('contactId', 'Dit contact bestaat niet.');
  }

  // The Klantinteracties API: a system with an API key makes and changes requests. There is no
  // employee behind it, so `act` (which checks an employee's access, writes their id into the
  // history and audits their read) cannot be used as is. These take the same steps in the same
  // order: lock the row, ask the same state machine, change, append the same history event, with
  // no actor and the key's name in the event's data.

  /** A request made by a system: Helder's deadline, history event and receipt, like any other. */
  createForApi(tx: DbOrTx, input: NewCallback, target: CallbackTarget) {
    return this.createInTx(tx, null, input, target);
  }

  /** Completed through the API (status `verwerkt`): as `complete`, including the survey invitation. */
  completeForApi(id: string, client: { name: string }, outcome: string) {
    return this.actForApi(id, 'complete', client, async (tx, row, now) => {
      const invited = row.kind === 'callback' ? await this.inviteToSurvey(tx, row) : false;
      return {
        values: { completedAt: now, outcome },
        data: { outcome, late: isLate({ status: 'done', dueAt: row.dueAt, completedAt: now }, now), ...(invited ? { surveyInvited: true } : {}) },
      };
    });
  }

  /** Handed to another team or colleague through the API (the new assignee starts it, so it is open again). */
  assignForApi(id: string, client: { name: string }, target: { teamId: string; assigneeId: string | null }) {
    return this.actForApi(id, 'assign', client, async (tx, row) => {
      if (target.teamId !== row.teamId) await this.requireTarget(tx, { teamId: target.teamId });
      if (target.assigneeId) await this.requireActiveEmployee(tx, target.assigneeId);
      return {
        context: { assigneeIsActor: false },
        values: { teamId: target.teamId, assigneeId: target.assigneeId },
        data: { fromTeamId: row.teamId, toTeamId: target.teamId, fromAssigneeId: row.assigneeId, toAssigneeId: target.assigneeId, note: null },
      };
    });
  }

  /** Removed through the API: Helder keeps the request and its history, cancelled. */
  cancelForApi(id: string, client: { name: string }, reason: string) {
    return this.actForApi(id, 'cancel', client, async () => ({ values: {}, data: { reason } }));
  }

  private async actForApi(
    id: string,
    action: CallbackAction,
    client: { name: string },
    step: (tx: Tx, row: repo.CallbackRow, now: Date) => Promise<{ values: Partial<repo.CallbackRow>; data: Record<string, unknown>; context?: { assigneeIsActor: boolean } }>,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      const row = await repo.lockCallback(tx, id);
      if (!row) throw notFound('Dit terugbelverzoek bestaat niet.');
      const allowed = transition(row.status as CallbackStatus, action);
      if (!allowed.ok) throw conflict(allowed.message, 'invalid_transition');
      const now = this.clock.now();
      const change = await step(tx, row, now);
      const next = transition(row.status as CallbackStatus, action, change.context);
      if (!next.ok) throw conflict(next.message, 'invalid_transition');
      await repo.updateCallback(tx, id, { ...change.values, status: next.status, updatedAt: now });
      await repo.insertEvent(tx, {
        callbackRequestId: id,
        at: now,
        actorId: null,
        type: EVENT_OF[action],
        data: { ...change.data, fromStatus: row.status, toStatus: next.status, via: 'klantinteracties', apiToken: client.name },
      });
    });
  }
}

const EVENT_OF: Record<CallbackAction, string> = {
  assign: 'assigned',
  attempt: 'attempt',
  interim_reply: 'interim_reply',
  work: 'worked',
  complete: 'completed',
  cancel: 'cancelled',
};
