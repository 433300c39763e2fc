import {
  type Channel,
  type ContactInput,
  type LocalDate,
  blankToNull,
  endOfAmsterdamDay,
  seesAllTeams,
  startOfAmsterdamDay,
  withoutBlanks,
} from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import { customerValues, type CallbackService } from '../callbacks/service.js';
import { insertCustomer } from '../callbacks/repository.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { decodeCursor, page } from '../http/cursor.js';
import { forbidden, invalid, notFound } from '../http/errors.js';
import { idempotentCreate } from '../http/idempotency.js';
import { findProduct } from '../organisation/repository.js';
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
  ) {}

  /** One registration for every channel; a handed-over contact and its callback request are one write. */
  async register(ctx: RequestContext, input: ContactInput, idempotencyKey?: string) {
    const { id } = await idempotentCreate(this.db, `contact:${ctx.actor.id}`, idempotencyKey, async (tx) => {
      const product = input.productId ? await findProduct(tx, input.productId) : undefined;
      if (input.productId && !product) throw invalid('productId', 'Dit product of deze dienst bestaat niet.');
      const callback = input.callbackRequest;
      // Checked before the contact is written: an unknown team would otherwise fail on its foreign key.
      if (callback) await this.callbacks.requireTarget(tx, callback, 'callbackRequest.');
      const customer = customerValues({ ...input.customer, ...withoutBlanks(callback?.customer) });
      const known = customer.name || customer.email || customer.phone;
      const customerId = known ? await insertCustomer(tx, customer) : null;
      const contactId = await repo.insertContact(tx, {
        occurredAt: this.clock.now(),
        channel: input.channel,
        customerId,
        productId: product?.id ?? null,
        teamId: callback?.teamId ?? product?.teamId ?? null,
        subject: input.subject,
        summary: blankToNull(input.summary),
        resolution: input.resolution,
        positiveSurprise: blankToNull(input.positiveSurprise),
        registeredBy: ctx.actor.id,
      });
      if (callback) {
        await this.callbacks.createInTx(tx, ctx, {
          contactId,
          teamId: callback.teamId,
          assigneeId: callback.assigneeId,
          question: callback.question,
          replyBy: callback.replyBy,
          customerId: customerId!,
        });
      }
      return contactId;
    });
    return this.detail(ctx, id, true);
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
      tsQuery: query.q ? repo.toPrefixQuery(query.q) : undefined,
      before: before ? { occurredAt: before[0] as Date, id: before[1] as string } : undefined,
      limit: query.limit,
    });
    const result = page(rows, query.limit, (last) => [last.contact.occurredAt.toISOString(), last.contact.id]);
    await this.audit.recordCustomerRead(ctx, 'contact', null, result.items.map((r) => r.customer?.id ?? null), { list: true });
    return { items: result.items.map(presentContact), nextCursor: result.nextCursor };
  }

  async get(ctx: RequestContext, id: string) {
    const view = await repo.findContactView(this.db, id);
    if (!view || (!seesAllTeams(ctx.actor) && view.contact.teamId !== ctx.actor.teamId)) {
      throw notFound('Dit contact bestaat niet.');
    }
    return this.detail(ctx, id);
  }

  private async detail(ctx: RequestContext, id: string, justRegistered = false) {
    const view = await repo.findContactView(this.db, id);
    if (!view) throw notFound('Dit contact bestaat niet.');
    await this.audit.recordCustomerRead(ctx, 'contact', id, [view.customer?.id ?? null]);
    return { ...presentContact(view), callbackRequest: await this.callbacks.forContact(ctx, id, justRegistered) };
  }
}
