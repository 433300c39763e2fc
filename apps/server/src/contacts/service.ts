import {
  type Channel,
  type ContactInput,
  type LocalDate,
  blankToNull,
  endOfAmsterdamDay,
  parsePartyQuery,
  seesAllTeams,
  startOfAmsterdamDay,
  withoutBlanks,
} from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import { customerValues, type CallbackService } from '../callbacks/service.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { decodeCursor, page } from '../http/cursor.js';
import { forbidden, invalid, notFound } from '../http/errors.js';
import { idempotentCreate, idempotentRequest } from '../http/idempotency.js';
import type { KnowledgeService } from '../knowledge/service.js';
import { findProductWithTeam } from '../organisation/repository.js';
import type { PartyService } from '../parties/service.js';
import type { SurveyInvitations } from '../surveys/invitations.js';
import { presentContact } from './presenters.js';
import * as repo from './repository.js';

export interface ContactListQuery {
  from?: LocalDate | undefined;
  to?: LocalDate | undefined;
  channel?: Channel | undefined;
  teamId?: string | undefined;
  productId?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

export class ContactService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly callbacks: CallbackService,
    private readonly audit: AuditService,
    private readonly invitations: SurveyInvitations,
    private readonly parties: PartyService,
    private readonly knowledge: KnowledgeService,
  ) {}

  /**
   * One registration for every channel; a handed-over contact and its callback request are one
   * write. The answer is built from what was written: the registrant sees what they just entered,
   * which is not a read of someone's details (a repeat with the same Idempotency-Key reads back).
   */
  async register(ctx: RequestContext, input: ContactInput, idempotencyKey?: string) {
    const articleIds = input.knowledgeArticleIds ?? [];
    const created = await idempotentCreate(this.db, `contact:${ctx.actor.id}`, idempotentRequest(idempotencyKey, input), async (tx) => {
      const found = input.productId ? await findProductWithTeam(tx, input.productId) : undefined;
      if (input.productId && !found) throw invalid('productId', 'Dit product of deze dienst bestaat niet.');
      if (found && !found.product.active) throw invalid('productId', 'Dit product of deze dienst wordt niet meer gebruikt. Kies een ander.');
      const callback = input.callbackRequest;
      // Checked before the contact is written: an unknown team would otherwise fail on its foreign key.
      const target = callback ? await this.callbacks.requireTarget(tx, callback, 'callbackRequest.') : undefined;
      const customer = customerValues({ ...input.customer, ...withoutBlanks(callback?.customer) });
      const known = customer.name || customer.email || customer.phone || input.partyId;
      // The resident in view: the chosen party, or the one with this e-mail address or phone number.
      const partyId = known ? await this.parties.partyForRegistration(tx, input.partyId, customer) : null;
      const teamId = target?.team.id ?? found?.product.teamId ?? null;
      const values = {
        occurredAt: this.clock.now(),
        channel: input.channel,
        productId: found?.product.id ?? null,
        teamId,
        subject: input.subject,
        summary: blankToNull(input.summary),
        answer: blankToNull(input.answer),
        resolution: input.resolution,
        positiveSurprise: blankToNull(input.positiveSurprise),
        registeredBy: ctx.actor.id,
      };
      const row = await repo.insertContact(tx, values, known ? { ...customer, partyId } : null);
      const customerId = row.customerId;
      // The knowledge base answers used: linked and counted in this transaction (one statement).
      const knowledgeArticles = articleIds.length
        ? await this.knowledge.recordUses(tx, {
            contactId: row.id,
            articleIds,
            occurredAt: row.occurredAt,
            teamId,
            productId: values.productId,
            handedOver: input.resolution === 'handed_over',
          })
        : [];
      // Answered at once by the first line: the contact is complete and the resident may rate it.
      if (input.resolution === 'first_line' && customerId && customer.email) {
        await this.invitations.schedule(tx, {
          customer: { id: customerId, name: customer.name, email: customer.email },
          contactId: row.id,
          teamId,
          productId: values.productId,
          channel: input.channel,
          line: 'first',
        });
      }
      const callbackRequest =
        callback && target
          ? await this.callbacks.createInTx(
              tx,
              ctx,
              { ...callback, contactId: row.id, customer: { id: customerId!, ...customer } },
              target,
            )
          : null;
      const view: repo.ContactView = {
        contact: { ...values, id: row.id, number: row.number, occurredAt: row.occurredAt },
        customer: customerId ? { id: customerId, ...customer, partyId } : null,
        productName: found?.product.name ?? null,
        teamName: target?.team.name ?? found?.teamName ?? null,
        registeredByName: ctx.actor.name,
      };
      return { id: row.id, result: { ...presentContact(view), knowledgeArticles, callbackRequest } };
    }, {
      // One statement, no transaction needed: no request, no invitation, no party to find or make,
      // and no knowledge base answers to link.
      singleWrite: !input.callbackRequest && !input.partyId && !blankToNull(input.customer?.email) && !blankToNull(input.customer?.phone) && articleIds.length === 0,
    });
    return created.result ?? this.detail(ctx, created.id, true);
  }

  async list(ctx: RequestContext, query: ContactListQuery) {
    let teamId = query.teamId;
    if (!seesAllTeams(ctx.actor)) {
      if (teamId && teamId !== ctx.actor.teamId) throw forbidden('U kunt alleen de contacten van uw eigen team bekijken.');
      if (!ctx.actor.teamId) throw forbidden('U hoort niet bij een team. Daarom kunt u geen contacten bekijken.');
      teamId = ctx.actor.teamId;
    }
    if (query.from && query.to && query.from > query.to) {
      throw invalid('to', 'De einddatum ligt voor de begindatum.');
    }
    const before = decodeCursor(query.cursor, ['date', 'uuid']);
    const rows = await repo.listContacts(this.db, {
      from: query.from ? startOfAmsterdamDay(query.from) : undefined,
      to: query.to ? endOfAmsterdamDay(query.to) : undefined,
      channel: query.channel,
      teamId,
      productId: query.productId,
      ...searchOf(query.q),
      before: before ? { occurredAt: before[0] as Date, id: before[1] as string } : undefined,
      limit: query.limit,
    });
    const result = page(rows, query.limit, (last) => [last.contact.occurredAt.toISOString(), last.contact.id]);
    await this.audit.recordCustomerRead(ctx, 'contact', null, result.items.map((r) => r.customer?.id ?? null), { list: true });
    return { items: result.items.map(presentContact), nextCursor: result.nextCursor };
  }

  async get(ctx: RequestContext, id: string) {
    const view = await repo.findContactView(this.db, id);
    if (!view || !(await this.canSee(ctx, view))) throw notFound('Dit contact bestaat niet.');
    return this.detail(ctx, id);
  }

  /** Its own team sees a contact; so does whoever holds a request that came from it (handover with context). */
  private async canSee(ctx: RequestContext, view: repo.ContactView): Promise<boolean> {
    if (seesAllTeams(ctx.actor)) return true;
    if (view.contact.teamId !== null && view.contact.teamId === ctx.actor.teamId) return true;
    return this.callbacks.hasVisibleRequestFor(ctx, view.contact.id);
  }

  private async detail(ctx: RequestContext, id: string, justRegistered = false) {
    const view = await repo.findContactView(this.db, id);
    if (!view) throw notFound('Dit contact bestaat niet.');
    await this.audit.recordCustomerRead(ctx, 'contact', id, [view.customer?.id ?? null]);
    const [knowledgeArticles, callbackRequest] = await Promise.all([this.knowledge.articlesOfContact(id), this.callbacks.forContact(ctx, id, justRegistered)]);
    return { ...presentContact(view), knowledgeArticles, callbackRequest };
  }
}

/**
 * What the search box means for contacts: a reference (K-59854), a customer's e-mail address or
 * phone number (in any notation), or words of the subject, summary or the customer's name.
 */
export function searchOf(q: string | undefined): Pick<repo.ContactFilter, 'tsQuery' | 'number' | 'customerKey'> {
  if (!q || !q.trim()) return {};
  const reference = /^\s*k-?(\d{1,15})\s*$/i.exec(q);
  if (reference) return { number: Number(reference[1]) };
  const parsed = parsePartyQuery(q);
  if (parsed?.kind === 'email') return { customerKey: { kind: 'email', key: parsed.key, variants: [] } };
  if (parsed?.kind === 'phone' && parsed.key.length >= 9) {
    // Customers keep the number as typed (digits and a leading +): 0612345678 or +31612345678.
    const local = parsed.key.startsWith('31') ? `0${parsed.key.slice(2)}` : parsed.key;
    return { customerKey: { kind: 'phone', key: parsed.key, variants: [...new Set([parsed.key, local, `00${parsed.key}`])] } };
  }
  return { tsQuery: repo.toPrefixQuery(q) };
}
