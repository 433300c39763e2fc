// What residents do without logging in: report miscommunication (R1.1) and follow what they asked
// (R3.5). A report becomes a request of kind "report" in the inbox of the team that handles
// complaints about communication: same states, history and deadline rules as a callback request.
import { createHmac } from 'node:crypto';
import { type ReportInput, ANSWER_CHANNEL_LABELS, type CallbackStatus, REPORT_CATEGORY_SHORT, type ReportCategory, REQUEST_KIND_LABELS, REQUEST_KIND_PREFIX, type RequestKind, amsterdamDate, dutchDate, formatAmsterdamIso, isLate } from '@helder/domain';
import type { CallbackService } from '../callbacks/service.js';
import { customerValues } from '../callbacks/service.js';
import * as callbackRepo from '../callbacks/repository.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { AppError, invalid } from '../http/errors.js';
import { idempotentCreate, idempotentRequest } from '../http/idempotency.js';
import { hashToken, newToken, TOKEN_PATTERN } from '../http/tokens.js';
import type { RateLimiter } from '../limits/service.js';
import type { Outbox } from '../mail/outbox.js';
import { findTeam, findTeamByNameOrFirst, listTeams } from '../organisation/repository.js';

export interface ReportReceipt {
  reference: string;
  statusUrl: string;
}

/** In the words of a resident: "new" is "received", a cancelled request has "stopped". */
export const RESIDENT_STATUS_LABELS: Record<CallbackStatus, string> = {
  open: 'Ontvangen',
  in_progress: 'In behandeling',
  done: 'Afgehandeld',
  cancelled: 'Gestopt',
};

export const linkNotFound = () =>
  new AppError(404, 'link_not_found', 'Deze link werkt niet. Misschien is de link niet helemaal overgenomen. Kopieer de hele link uit de e-mail en probeer het opnieuw.');

/** Receipts by mail to one address per day, from the public form. */
export const RECEIPTS_PER_ADDRESS_PER_DAY = 3;

export class ResidentService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly callbacks: CallbackService,
    private readonly outbox: Outbox,
    private readonly config: Config,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Whether this address may get another receipt today. Anyone can type any address on the public
   * form: without a cap, the municipality's mail server would mail a stranger as often as robots
   * ask. The report itself is always taken, and its answer holds the status link.
   */
  private async mayConfirm(email: string): Promise<boolean> {
    const key = createHmac('sha256', this.config.secret).update(`receipt:${email.toLowerCase()}`).digest('hex').slice(0, 32);
    const { count } = await this.limiter.hit(`receipt:${key}`, { max: RECEIPTS_PER_ADDRESS_PER_DAY, windowMs: 86_400_000 });
    return count <= RECEIPTS_PER_ADDRESS_PER_DAY;
  }

  /** The teams a resident can choose from ("which team was it about?"). */
  async teams() {
    const rows = await listTeams(this.db, { active: true });
    return rows.map((t) => ({ id: t.id, name: t.name }));
  }

  /** The configured team, or (if that is missing or closed) the first active team, never nothing. */
  private async reportsTeam() {
    const team = await findTeamByNameOrFirst(this.db, this.config.reportsTeam);
    if (!team) throw new AppError(503, 'no_team', 'Melden kan nu even niet. Bel ons of probeer het later opnieuw.');
    return team;
  }

  /** `client`: the resident's address; a key only ever replays for the client that used it. */
  async submitReport(input: ReportInput, idempotencyKey: string | undefined, client: string): Promise<ReportReceipt> {
    const today = amsterdamDate(this.clock.now());
    if (input.occurredOn && input.occurredOn > today) throw invalid('occurredOn', 'Deze datum ligt in de toekomst. Kies de dag waarop het gebeurde.');
    if (input.occurredOn && input.occurredOn < '2000-01-01') throw invalid('occurredOn', 'Kies een datum na 1 januari 2000.');
    if (input.teamId) {
      const about = await findTeam(this.db, input.teamId);
      if (!about || !about.active) throw invalid('teamId', 'Dit team bestaat niet. Kies een team uit de lijst, of kies "Weet ik niet".');
    }
    const team = await this.reportsTeam();
    const status = newToken();
    const confirm = input.email ? await this.mayConfirm(input.email) : false;
    const created = await idempotentCreate(this.db, `public_report:${client}`, idempotentRequest(idempotencyKey, input), async (tx) => {
      // Only what the resident chose to give, and only with their consent (checked by the schema).
      const customer = customerValues({ name: input.name, email: input.email, phone: input.phone });
      const customerId = await callbackRepo.insertCustomer(tx, customer);
      const request = await this.callbacks.createInTx(tx, null, {
        teamId: team.id,
        question: input.description,
        replyBy: customer.email ? 'email' : customer.phone ? 'phone' : 'none',
        customer: { id: customerId, ...customer },
        kind: 'report',
        category: input.category,
        occurredOn: input.occurredOn ?? null,
        aboutTeamId: input.teamId ?? null,
        statusToken: status,
        skipConfirmation: !confirm,
      }, { team, assignee: undefined });
      return { id: request.id, result: { reference: request.reference, statusUrl: this.outbox.link(`/status/${status.token}`) } };
    // The first answer is kept for a repeat of the form, with the link's token sealed (never in the
    // clear in the database), and opened again for the resident who repeats.
    }, { keep: (receipt) => ({ ...receipt, statusUrl: this.outbox.links.seal(receipt.statusUrl) }) });
    if (created.result) return created.result;
    const kept = created.kept as unknown as ReportReceipt;
    return { ...kept, statusUrl: this.outbox.links.open(kept.statusUrl) };
  }

  /** What the status page shows: no names, no internal notes, nothing the resident did not give. */
  async status(token: string) {
    if (!TOKEN_PATTERN.test(token)) throw linkNotFound();
    const found = await callbackRepo.findByStatusToken(this.db, hashToken(token));
    if (!found) throw linkNotFound();
    const r = found.request;
    const now = this.clock.now();
    if (r.statusExpiresAt && r.statusExpiresAt < now) {
      throw new AppError(410, 'link_expired', 'Deze link werkt niet meer. Wilt u weten hoe het met uw vraag staat? Bel ons en noem uw nummer.');
    }
    const interim = r.interimReplyAt ? await callbackRepo.lastInterimReply(this.db, r.id) : undefined;
    const interimData = (interim?.data ?? {}) as { message?: string; expectedBy?: string };
    const kind = r.kind as RequestKind;
    const statusCode = r.status as CallbackStatus;
    const dueDate = amsterdamDate(r.dueAt);
    return {
      reference: `${REQUEST_KIND_PREFIX[kind]}-${r.number}`,
      kind,
      kindLabel: REQUEST_KIND_LABELS[kind],
      category: r.category ? REPORT_CATEGORY_SHORT[r.category as ReportCategory] : null,
      // A report is the resident's own text; a callback question was written down by an employee.
      description: kind === 'report' ? r.question : null,
      status: statusCode,
      statusLabel: RESIDENT_STATUS_LABELS[statusCode],
      teamName: found.teamName,
      createdAt: formatAmsterdamIso(r.createdAt),
      createdOn: dutchDate(amsterdamDate(r.createdAt)),
      dueAt: formatAmsterdamIso(r.dueAt),
      dueDate,
      dueDateText: dutchDate(dueDate, { withWeekday: true }),
      late: isLate({ status: statusCode, dueAt: r.dueAt, completedAt: r.completedAt }, now),
      answerChannel: r.replyBy as 'phone' | 'email' | 'none',
      answerChannelLabel: ANSWER_CHANNEL_LABELS[r.replyBy as 'phone' | 'email' | 'none'],
      interimReply: interim
        ? {
            at: formatAmsterdamIso(interim.at),
            message: interimData.message ?? null,
            expectedBy: interimData.expectedBy ?? null,
            expectedByText: interimData.expectedBy ? dutchDate(interimData.expectedBy, { withWeekday: true }) : null,
          }
        : null,
      completedOn: r.completedAt ? dutchDate(amsterdamDate(r.completedAt)) : null,
      linkValidUntil: r.statusExpiresAt ? dutchDate(amsterdamDate(r.statusExpiresAt)) : null,
    };
  }
}
export type StatusView = Awaited<ReturnType<ResidentService['status']>>;
