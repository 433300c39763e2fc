import {
  type ParsedPartyInput,
  type PartyQuery,
  deadlineState,
  parsePartyQuery,
  seesAllTeams,
  type CallbackStatus,
} from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { decodeCursor, page } from '../http/cursor.js';
import { conflict, invalid, notFound } from '../http/errors.js';
import { BsnVault } from './bsn-vault.js';
import type { StoredAddress } from './fields.js';
import { presentParty, presentSummary } from './presenters.js';
import * as repo from './repository.js';
import * as views from './view-repository.js';

/** How long a merge can be undone. */
export const MERGE_UNDO_DAYS = 30;
const DAY_MS = 86_400_000;

const KVK = { objectType: 'niet_natuurlijk_persoon', idKind: 'kvk_nummer', register: 'hr' } as const;
const OWN_REFERENCE = { objectType: 'overig', idKind: 'overig', register: 'overig' } as const;
const BSN = { objectType: 'natuurlijk_persoon', idKind: 'bsn', register: 'brp' } as const;

/** The customer details typed during a registration. */
export interface TypedCustomer {
  kind: string;
  name: string | null;
  email: string | null;
  phone: string | null;
}

/**
 * The resident in view: find, create, change and merge parties, and show what the municipality
 * already knows of one (the customer view), limited to what the employee may open. Every answer
 * that shows a party's details is audited.
 */
export class PartyService {
  readonly vault: BsnVault;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly config: Config,
  ) {
    this.vault = new BsnVault(config.secret);
  }

  get bsnEnabled(): boolean {
    return this.config.parties.bsnEnabled;
  }

  async search(ctx: RequestContext, input: { q?: string | undefined; cursor?: string | undefined; limit: number }) {
    const query: PartyQuery | undefined = input.q ? parsePartyQuery(input.q) : undefined;
    if (input.q && !query) return { items: [], nextCursor: null };
    // A BSN is only looked for where BSNs are kept, and looking is itself recorded.
    const bsnHash = query?.kind === 'bsn' && this.bsnEnabled ? this.vault.hash(query.value) : undefined;
    const after = decodeCursor(input.cursor, ['string', 'uuid']);
    const rows = await repo.searchParties(this.db, {
      query,
      bsnHash,
      after: after ? { name: after[0] as string, id: after[1] as string } : undefined,
      limit: input.limit,
    });
    const result = page(rows, input.limit, (last) => [last.name, last.id]);
    const ids = result.items.map((p) => p.id);
    const [addresses, identifiers] = await Promise.all([repo.defaultAddresses(this.db, ids), repo.partyIdentifierRows(this.db, ids)]);
    if (ids.length > 0 || query?.kind === 'bsn') {
      await this.audit.record(ctx, {
        action: 'read_party',
        entityType: 'party',
        entityId: null,
        customerIds: [],
        detail: { list: true, partyIds: ids, ...(query?.kind === 'bsn' ? { searchedBy: 'bsn' } : { searchedBy: query?.kind ?? 'none' }) },
      });
    }
    return {
      items: result.items.map((p) => presentSummary(p, addresses.get(p.id), identifiers.filter((i) => i.partyId === p.id))),
      nextCursor: result.nextCursor,
    };
  }

  async get(ctx: RequestContext, id: string) {
    return this.view(ctx, id, true);
  }

  async create(ctx: RequestContext, input: ParsedPartyInput) {
    if (input.bsn && !this.bsnEnabled) throw invalid('bsn', 'Deze gemeente bewaart geen BSN. Laat dit veld leeg.');
    const id = await this.db.transaction(async (tx) => {
      const party = await repo.insertParty(tx, this.partyWrite(input));
      await this.writeDetails(tx, party.id, input, true);
      await this.audit.record(ctx, { action: 'create', entityType: 'party', entityId: party.id, customerIds: [], detail: { number: party.number } }, tx);
      return party.id;
    });
    return this.view(ctx, id, false);
  }

  async update(ctx: RequestContext, id: string, input: ParsedPartyInput) {
    if (input.bsn && !this.bsnEnabled) throw invalid('bsn', 'Deze gemeente bewaart geen BSN. Laat dit veld leeg.');
    await this.db.transaction(async (tx) => {
      const party = await this.requireLive(tx, id);
      await repo.updateParty(tx, party.id, this.partyWrite(input, party), this.clock.now());
      await this.writeDetails(tx, party.id, input, false);
      await this.audit.record(ctx, { action: 'update', entityType: 'party', entityId: id, customerIds: [], detail: { fields: Object.keys(input).filter((k) => k !== 'bsn').concat(input.bsn !== undefined ? ['bsn'] : []) } }, tx);
    });
    return this.view(ctx, id, false);
  }

  /** The whole BSN, for an employee who asked for it: recorded in the audit trail. */
  async revealBsn(ctx: RequestContext, id: string) {
    const party = await repo.findParty(this.db, id);
    if (!party || party.anonymisedAt) throw notFound('Deze klant bestaat niet.');
    const bsn = (await repo.partyIdentifierRows(this.db, [id])).find((i) => i.idKind === 'bsn' && i.valueSealed);
    if (!bsn) throw notFound('Van deze klant is geen BSN bekend.');
    await this.audit.record(ctx, { action: 'read_bsn', entityType: 'party', entityId: id, customerIds: await views.customerIdsOfParty(this.db, id), detail: {} });
    return { bsn: this.vault.open(bsn.valueSealed!) };
  }

  async merge(ctx: RequestContext, survivorId: string, duplicateId: string) {
    if (survivorId === duplicateId) throw invalid('duplicateId', 'Kies een andere klant. Een klant kan niet met zichzelf worden samengevoegd.');
    await this.db.transaction(async (tx) => {
      // Both rows locked in one order, so two merges of the same pair wait for each other.
      await repo.lockParties(tx, [survivorId, duplicateId]);
      await this.requireLive(tx, survivorId);
      await this.requireLive(tx, duplicateId, 'duplicateId');
      const now = this.clock.now();
      const defaults = (await repo.partyDigitalAddresses(tx, [duplicateId])).filter((a) => a.isDefault).map((a) => a.id);
      const moved = await repo.mergeParties(tx, survivorId, duplicateId, now);
      const merge = await repo.insertMerge(tx, { survivorId, mergedId: duplicateId, moved: { ...moved, defaults }, mergedBy: ctx.actor.id, mergedAt: now });
      await this.audit.record(ctx, {
        action: 'merge',
        entityType: 'party',
        entityId: survivorId,
        customerIds: moved.customers.slice(0, 500),
        detail: { mergeId: merge.id, mergedId: duplicateId, moved: { customers: moved.customers.length, digitalAddresses: moved.digitalAddresses.length, identifiers: moved.identifiers.length } },
      }, tx);
    });
    return this.view(ctx, survivorId, false);
  }

  async undoMerge(ctx: RequestContext, mergeId: string) {
    const survivorId = await this.db.transaction(async (tx) => {
      const merge = await repo.findMerge(tx, mergeId);
      if (!merge) throw notFound('Deze samenvoeging bestaat niet.');
      await repo.lockParties(tx, [merge.survivorId, merge.mergedId]);
      if (merge.undoneAt) throw conflict('Deze samenvoeging is al ongedaan gemaakt.');
      const now = this.clock.now();
      if (now.getTime() - merge.mergedAt.getTime() > MERGE_UNDO_DAYS * DAY_MS) {
        throw conflict(`Samenvoegen kan tot ${MERGE_UNDO_DAYS} dagen daarna ongedaan worden gemaakt. Deze termijn is voorbij.`, 'too_late');
      }
      const survivor = await repo.findParty(tx, merge.survivorId);
      if (!survivor || survivor.mergedIntoId) throw conflict('Deze klant is daarna met een andere klant samengevoegd. Maak dat eerst ongedaan.');
      if (!(await repo.markMergeUndone(tx, mergeId, ctx.actor.id, now))) throw conflict('Deze samenvoeging is al ongedaan gemaakt.');
      const moved = merge.moved as repo.MovedRows & { defaults?: string[] };
      await repo.unmergeParties(tx, { survivorId: merge.survivorId, mergedId: merge.mergedId, moved }, moved.defaults ?? [], now);
      await this.audit.record(ctx, { action: 'unmerge', entityType: 'party', entityId: merge.survivorId, customerIds: moved.customers.slice(0, 500), detail: { mergeId, mergedId: merge.mergedId } }, tx);
      return merge.survivorId;
    });
    return this.view(ctx, survivorId, false);
  }

  /**
   * The party a registration belongs to: the one the employee chose (a merged one leads to where it
   * went), or else the party with the typed e-mail address or phone number, or else a new party
   * when the resident gave a way to reach them. A name alone links nothing: names are not unique.
   * Typed addresses the party does not have yet are added to it.
   */
  async partyForRegistration(tx: DbOrTx, partyId: string | null | undefined, customer: TypedCustomer): Promise<string | null> {
    const now = this.clock.now();
    let id: string | undefined;
    if (partyId) {
      let party = await repo.findParty(tx, partyId);
      for (let hops = 0; party?.mergedIntoId && hops < 10; hops += 1) party = await repo.findParty(tx, party.mergedIntoId);
      if (!party || party.anonymisedAt || party.mergedIntoId) throw invalid('partyId', 'Deze klant bestaat niet (meer). Zoek de klant opnieuw.');
      id = party.id;
    } else {
      if (!customer.email && !customer.phone) return null;
      id = await repo.matchParty(tx, { email: customer.email, phone: customer.phone });
      if (!id) {
        const party = await repo.insertParty(tx, { kind: customer.kind, name: customer.name ?? (customer.email ?? customer.phone ?? 'Onbekend') });
        id = party.id;
      }
    }
    await repo.addMissingAddresses(tx, id, { email: customer.email, phone: customer.phone }, now);
    return id;
  }

  private partyWrite(input: ParsedPartyInput, existing?: repo.PartyRow): repo.PartyWrite {
    const address: StoredAddress | null = input.address
      ? {
          street: input.address.street,
          houseNumber: input.address.houseNumber,
          houseNumberSuffix: input.address.houseNumberSuffix,
          postcode: input.address.postcode,
          city: input.address.city,
          country: input.address.country,
        } as StoredAddress
      : null;
    return {
      kind: input.kind,
      name: input.kind === 'resident' ? (input.surname ? null : input.name) : input.name,
      initials: input.kind === 'resident' ? (input.initials ?? null) : null,
      firstName: input.kind === 'resident' ? (input.firstName ?? null) : null,
      surnamePrefix: input.kind === 'resident' ? (input.surnamePrefix ?? null) : null,
      surname: input.kind === 'resident' ? (input.surname ?? null) : null,
      visitAddress: address,
      // What the Klantinteracties API keeps and this form does not show stays as it was.
      correspondenceAddress: (existing?.correspondenceAddress as StoredAddress | null) ?? null,
      worksForPartyId: existing?.worksForPartyId ?? null,
      preferredLanguage: existing?.preferredLanguage ?? null,
      confidential: existing?.confidential ?? null,
      active: existing?.active ?? true,
      internalNote: input.internalNote || null,
    };
  }

  private async writeDetails(tx: DbOrTx, partyId: string, input: ParsedPartyInput, fresh: boolean) {
    const now = this.clock.now();
    await repo.replacePartyAddresses(tx, partyId, 'phone', input.phones, now);
    await repo.replacePartyAddresses(tx, partyId, 'email', input.emails, now);
    await repo.setIdentifier(tx, partyId, KVK, input.kvkNumber || null);
    await repo.setIdentifier(tx, partyId, OWN_REFERENCE, input.ownReference || null);
    if (input.bsn !== undefined && (!fresh || input.bsn)) {
      const sealed = input.bsn ? this.vault.seal(input.bsn) : undefined;
      if (sealed && (await repo.bsnOwner(tx, sealed.valueHash, partyId))) {
        throw invalid('bsn', 'Dit BSN hoort al bij een andere klant. Zoek die klant op en voeg de twee samen als het dezelfde persoon is.');
      }
      await repo.setIdentifier(tx, partyId, BSN, null, sealed);
    }
  }

  private async requireLive(db: DbOrTx, id: string, field?: string) {
    const party = await repo.findParty(db, id);
    if (!party || party.anonymisedAt) {
      if (field) throw invalid(field, 'Deze klant bestaat niet (meer).');
      throw notFound('Deze klant bestaat niet.');
    }
    if (party.mergedIntoId) throw conflict('Deze klant is samengevoegd met een andere klant. Open die andere klant.', 'merged');
    return party;
  }

  private async view(ctx: RequestContext, id: string, audit: boolean) {
    const party = await repo.findParty(this.db, id);
    if (!party || party.anonymisedAt) throw notFound('Deze klant bestaat niet.');
    const scope: views.ViewScope = { allTeams: seesAllTeams(ctx.actor), teamId: ctx.actor.teamId ?? null, employeeId: ctx.actor.id };
    const now = this.clock.now();
    const [addresses, identifiers, requests, contacts, hidden, merges] = await Promise.all([
      repo.partyDigitalAddresses(this.db, [id]),
      repo.partyIdentifierRows(this.db, [id]),
      views.openRequests(this.db, id, scope),
      views.recentContacts(this.db, id, scope),
      views.hiddenCount(this.db, id, scope),
      repo.recentMerges(this.db, id, new Date(now.getTime() - 90 * DAY_MS)),
    ]);
    if (audit) {
      await this.audit.recordCustomerRead(ctx, 'party', id, await views.customerIdsOfParty(this.db, id), { partyId: id }, { evenWithoutCustomers: true });
    }
    return presentParty({
      party,
      addresses,
      identifiers,
      requests: requests.map((r) => ({ ...r, dueState: deadlineState({ status: r.status as CallbackStatus, dueAt: new Date(r.due_at), completedAt: r.completed_at ? new Date(r.completed_at) : null }, now) })),
      contacts,
      hidden,
      merges,
      bsnEnabled: this.bsnEnabled,
      undoDays: MERGE_UNDO_DAYS,
    });
  }
}
