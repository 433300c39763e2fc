// Home visits (R3.4). A visit is a request of kind `home_visit` (deadline, assignee, history through
// CallbackService) with its address and preferred days. The contact centre (or any case worker)
// requests it for the team of the product; the team plans it (the visiting colleague becomes the
// assignee); the resident gets a confirmation by mail, or a letter text when there is no address;
// the outcome is recorded as a contact with channel home visit, which completes the request.
import {
  CALLBACK_STATUS_LABELS,
  type CallbackStatus,
  type HomeVisitInput,
  REQUEST_KIND_PREFIX,
  amsterdamDate,
  canViewCallback,
  dutchDate,
  endOfAmsterdamDay,
  hasRole,
  seesAllTeams,
  startOfAmsterdamDay,
} from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import type { CallbackService } from '../callbacks/service.js';
import { customerValues } from '../callbacks/service.js';
import * as callbackRepo from '../callbacks/repository.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { insertContact } from '../contacts/repository.js';
import type { RequestContext } from '../http/context.js';
import { forbidden, invalid, notFound } from '../http/errors.js';
import type { Outbox } from '../mail/outbox.js';
import { greetingFor } from '../mail/templates.js';
import { findEmployee, findProductWithTeam } from '../organisation/repository.js';
import * as repo from './repository.js';

const NOT_FOUND = 'Dit huisbezoek bestaat niet.';
const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

export class HomeVisitService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly config: Config,
    private readonly callbacks: CallbackService,
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: HomeVisitInput) {
    let teamId = ctx.actor.teamId;
    if (input.productId) {
      const product = await findProductWithTeam(this.db, input.productId);
      if (!product) throw invalid('productId', 'Dit product bestaat niet.');
      teamId = product.product.teamId;
    }
    if (!teamId) throw invalid('productId', 'Kies het product: dan weet Helder welk team op bezoek gaat.');
    const today = amsterdamDate(this.clock.now());
    if ((input.preferredDates ?? []).some((d) => d < today)) throw invalid('preferredDates', 'Kies dagen vanaf vandaag.');
    const id = await this.db.transaction(async (tx) => {
      const target = await this.callbacks.requireTarget(tx, { teamId: teamId! }, '');
      const values = customerValues({ kind: 'resident', name: input.customer.name, email: input.customer.email, phone: input.customer.phone });
      const customerId = await callbackRepo.insertCustomer(tx, values);
      const created = await this.callbacks.createInTx(tx, ctx, {
        teamId: target.team.id,
        question: input.reason,
        replyBy: values.phone ? 'phone' : values.email ? 'email' : 'none',
        customer: { id: customerId, ...values },
        kind: 'home_visit',
        skipConfirmation: true,
      }, target);
      await repo.insertVisit(tx, { requestId: created.id, productId: input.productId ?? null, address: input.customer.address, preferredDates: [...new Set(input.preferredDates ?? [])].sort() });
      return created.id;
    });
    return this.get(ctx, id);
  }

  async get(ctx: RequestContext, id: string) {
    const row = await repo.findVisit(this.db, id);
    if (!row || !canViewCallback(ctx.actor, row.request)) throw notFound(NOT_FOUND);
    await this.audit.recordCustomerRead(ctx, 'home_visit', id, [row.request.customerId]);
    return this.present(row);
  }

  /** The week planning: planned visits in the period, and the ones still to plan. */
  async list(ctx: RequestContext, query: { from: string; to: string }) {
    if (query.from > query.to) throw invalid('to', 'De einddatum moet na de begindatum liggen.');
    const teamId = seesAllTeams(ctx.actor) ? null : ctx.actor.teamId;
    if (!seesAllTeams(ctx.actor) && !teamId) throw forbidden('U ziet de huisbezoeken van uw eigen team. U hoort bij geen team.');
    const [planned, unplanned] = await Promise.all([
      repo.listPlanned(this.db, startOfAmsterdamDay(query.from), endOfAmsterdamDay(query.to), teamId),
      repo.listUnplanned(this.db, teamId),
    ]);
    await this.audit.recordCustomerRead(ctx, 'home_visit', null, [...planned, ...unplanned].map((r) => r.request.customerId), { list: true });
    return { items: planned.map((r) => this.present(r)), unplanned: unplanned.map((r) => this.present(r)) };
  }

  /** Plans the visit: the visiting colleague becomes the assignee; the resident gets the confirmation. */
  async plan(ctx: RequestContext, id: string, input: { plannedAt: string; employeeId: string }) {
    const plannedAt = new Date(input.plannedAt);
    await this.callbacks.act(ctx, id, 'work', async (tx, row, now) => {
      if (plannedAt <= now) throw invalid('plannedAt', 'Kies een moment in de toekomst.');
      const employee = await findEmployee(tx, input.employeeId);
      if (!employee || !employee.active) throw invalid('employeeId', 'Deze collega bestaat niet of werkt hier niet meer.');
      if (employee.teamId !== row.teamId && !hasRole(ctx.actor, 'admin')) throw invalid('employeeId', 'Kies een collega van het team dat op bezoek gaat.');
      await repo.updateVisit(tx, id, { plannedAt, plannedBy: ctx.actor.id });
      const customer = await callbackRepo.findCustomer(tx, row.customerId);
      const when = `${dutchDate(amsterdamDate(plannedAt), { withWeekday: true })} om ${time.format(plannedAt)} uur`;
      let mailed = false;
      if (customer?.email) {
        await this.outbox.enqueue(tx, {
          purpose: 'home_visit_planned',
          recipient: customer.email,
          related: { type: 'callback_request', id },
          content: {
            subject: `Wij komen bij u langs (${REQUEST_KIND_PREFIX.home_visit}-${row.number})`,
            greeting: greetingFor(customer.name),
            paragraphs: [`U kunt niet naar het gemeentehuis komen. Daarom komen wij bij u langs: ${when}.`, `${employee.name} komt naar u toe. Past het toch niet? Bel ons dan op ${this.config.mail.municipality.phone}.`],
            facts: [['Wanneer', when], ['Wie', employee.name]],
          },
        });
        mailed = true;
      }
      return { values: { assigneeId: employee.id }, data: { plannedAt: plannedAt.toISOString(), employeeId: employee.id, mailed } };
    }, { kind: 'home_visit', event: 'planned', present: false });
    return this.get(ctx, id);
  }

  /** How the visit went: a contact with channel home visit, and the request is done. */
  async outcome(ctx: RequestContext, id: string, input: { summary: string }) {
    await this.callbacks.act(ctx, id, 'complete', async (tx, row, now) => {
      const visit = await repo.findVisit(tx, id);
      if (!visit?.visit.plannedAt) throw invalid('summary', 'Plan het bezoek eerst. Daarna legt u vast hoe het ging.');
      const contact = await insertContact(tx, {
        occurredAt: visit.visit.plannedAt < now ? visit.visit.plannedAt : now,
        channel: 'home_visit',
        productId: visit.visit.productId,
        teamId: row.teamId,
        subject: row.question.slice(0, 200),
        summary: input.summary,
        resolution: 'first_line',
        registeredBy: ctx.actor.id,
      }, null);
      await callbackRepo.updateCallback(tx, id, { contactId: contact.id });
      await repo.updateVisit(tx, id, { outcomeContactId: contact.id });
      return { values: { completedAt: now, outcome: input.summary, assigneeId: row.assigneeId ?? ctx.actor.id }, data: { outcome: input.summary, contactId: contact.id } };
    }, { kind: 'home_visit', present: false });
    return this.get(ctx, id);
  }

  private present(r: repo.VisitRow) {
    const status = r.request.status as CallbackStatus;
    const address = r.visit.address as { street: string; houseNumber: string; postcode: string; city: string };
    const plannedAt = r.visit.plannedAt;
    const letter = plannedAt && !r.customer.email
      ? [
          greetingFor(r.customer.name),
          `U kunt niet naar het gemeentehuis komen. Daarom komen wij bij u langs: ${dutchDate(amsterdamDate(plannedAt), { withWeekday: true })} om ${time.format(plannedAt)} uur.`,
          `${r.employeeName ?? 'Een medewerker'} komt naar u toe. Past het toch niet? Bel ons dan op ${this.config.mail.municipality.phone}.`,
          `Met vriendelijke groet,\nGemeente ${this.config.municipalityName}`,
        ].join('\n\n')
      : null;
    return {
      id: r.request.id,
      reference: `${REQUEST_KIND_PREFIX.home_visit}-${r.request.number}`,
      reason: r.request.question,
      status,
      statusLabel: CALLBACK_STATUS_LABELS[status],
      teamId: r.request.teamId,
      teamName: r.teamName,
      productName: r.productName,
      customer: r.customer,
      address,
      preferredDates: r.visit.preferredDates,
      plannedAt: plannedAt?.toISOString() ?? null,
      employee: r.request.assigneeId && r.employeeName ? { id: r.request.assigneeId, name: r.employeeName } : null,
      dueAt: r.request.dueAt.toISOString(),
      outcomeContactId: r.visit.outcomeContactId,
      confirmation: { mailed: !!plannedAt && !!r.customer.email, letter },
    };
  }
}
