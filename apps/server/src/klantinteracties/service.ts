// The Klantinteracties API (Open Klant 2, OAS 0.9.0) as a view on Helder's own data: a klantcontact
// is a contact, a betrokkene a customer, an interne taak a callback request made through Helder's
// own request machinery (deadline, history, the team's inbox), an actor a team, an employee or an
// external actor. Every call is audited under the API key's name, with the customers and parties
// its answer showed. docs/klantinteracties.md describes every mapping.
import { blankToNull, emailKey, isValidBsn, normalisePhone, phoneKey } from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import type { CallbackService } from '../callbacks/service.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db, DbOrTx, Tx } from '../db/client.js';
import type { ApiClient } from '../http/context.js';
import { UUID_PATTERN } from '../http/ids.js';
import { BsnVault } from '../parties/bsn-vault.js';
import type { StoredAddress } from '../parties/fields.js';
import * as parties from '../parties/repository.js';
import { apiConflict, apiForbidden, apiNotFound, invalidParam } from './errors.js';
import { Graph } from './graph.js';
import {
  callbackStatusesOf,
  channelOfKanaal,
  contactNumberOf,
  contactOfRegistrarLink,
  fullNameOf,
  IDENTIFIER_KINDS,
  isApiIdentifierKind,
  KANAAL_MESSAGE,
  KIND_OF_SOORT,
  namePartsOf,
  partyKindOf,
  plainNumberOf,
  soortPartijOf,
  storedAddressOf,
  taakStatusOf,
  taskNumberOf,
  type NameParts,
  type SoortPartij,
} from './mapping.js';
import { paginated, presentActorKlantcontact, requestedActionOf, type Json, type Resource } from './presenters.js';
import * as repo from './repository.js';
import type {
  ActorBody,
  ActorenQuery,
  ActorKlantcontactBody,
  ActorKlantcontactenQuery,
  BetrokkeneBody,
  BetrokkenenQuery,
  BijlageBody,
  BijlagenQuery,
  DigitaalAdresBody,
  DigitaleAdressenQuery,
  IdentificatorGroup,
  InterneTaakBody,
  InternetakenQuery,
  KlantcontactBody,
  KlantcontactenQuery,
  MaakKlantcontactBody,
  OnderwerpobjectBody,
  OnderwerpobjectenQuery,
  PartijBody,
  PartijenQuery,
  PartijIdentificatorBody,
  PartijIdentificatorenQuery,
} from './schemas.js';
import { addressProblem } from './schemas.js';

/** Who calls (the API key), from where, and the URLs the answer is built on. */
export interface ApiContext {
  apiClient: ApiClient;
  ip: string;
  /** The API's root as clients reach it, e.g. https://helder.gemeente.nl/klantinteracties/api/v1. */
  base: string;
  /** The request's own URL (for the links to the next and previous page). */
  url: URL;
}

type Expand = ReadonlySet<string>;
/** PUT requires the OAS's mandatory fields, PATCH not; both change only the fields they send. */
export type UpdateMode = 'put' | 'patch';

const NOT_FOUND: Record<Resource, string> = {
  klantcontacten: 'Dit klantcontact bestaat niet.',
  betrokkenen: 'Deze betrokkene bestaat niet.',
  partijen: 'Deze partij bestaat niet.',
  'partij-identificatoren': 'Deze partij-identificator bestaat niet.',
  digitaleadressen: 'Dit digitale adres bestaat niet.',
  actoren: 'Deze actor bestaat niet.',
  actorklantcontacten: 'Deze koppeling tussen actor en klantcontact bestaat niet.',
  internetaken: 'Deze interne taak bestaat niet.',
  onderwerpobjecten: 'Dit onderwerpobject bestaat niet.',
  bijlagen: 'Deze bijlage bestaat niet.',
};

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 500;

interface Paging {
  page: number;
  pageSize: number;
  window: repo.PageWindow;
}

/** `page` (from 1) and `pageSize` (default 100, at most 500) as Open Klant takes them. */
function pagingOf(q: { page?: string | undefined; pageSize?: string | undefined }): Paging {
  let page = 1;
  if (q.page !== undefined) {
    if (!/^\d{1,9}$/.test(q.page) || Number(q.page) < 1) throw apiNotFound('Ongeldige pagina. Deze pagina bestaat niet.');
    page = Number(q.page);
  }
  let pageSize = DEFAULT_PAGE_SIZE;
  if (q.pageSize !== undefined && /^\d{1,9}$/.test(q.pageSize) && Number(q.pageSize) > 0) pageSize = Math.min(MAX_PAGE_SIZE, Number(q.pageSize));
  return { page, pageSize, window: { offset: (page - 1) * pageSize, limit: pageSize } };
}

/** A page past the last one does not exist (the first page of an empty list does). */
function checkPage(paging: Paging, total: number): void {
  if (paging.page > 1 && paging.window.offset >= total) throw apiNotFound('Ongeldige pagina. Deze pagina bestaat niet.');
}

/** The filters a list was asked with, by name only: their values can be personal data (an e-mail address, a BSN). */
function filterNames(q: Record<string, unknown>): string[] {
  return Object.entries(q)
    .filter(([k, v]) => v !== undefined && k !== 'page' && k !== 'pageSize' && k !== 'expand')
    .map(([k]) => k);
}

/** A filter given twice (as uuid and as url): both must name the same object. */
function same(a: string | undefined, b: string | undefined): { id?: string; none?: boolean } {
  if (a !== undefined && b !== undefined && a !== b) return { none: true };
  const id = a ?? b;
  return id === undefined ? {} : { id };
}

function requireUuid(id: string, resource: Resource): string {
  if (!UUID_PATTERN.test(id)) throw apiNotFound(NOT_FOUND[resource]);
  return id.toLowerCase();
}

function first<T>(rows: T[], resource: Resource): T {
  const row = rows[0];
  if (!row) throw apiNotFound(NOT_FOUND[resource]);
  return row;
}

const unique = <T>(values: T[]) => [...new Set(values)];

export class KlantinteractiesService {
  private readonly vault: BsnVault;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly callbacks: CallbackService,
    private readonly config: Config,
  ) {
    this.vault = new BsnVault(config.secret);
  }

  private graph(ctx: ApiContext, db: DbOrTx = this.db): Graph {
    return new Graph(db, ctx.base, this.vault);
  }

  // Audit.

  /**
   * One event per call, under the key's name, naming the customers (betrokkenen) and parties the
   * answer showed; a BSN shown in the clear is recorded once more, as staff's `read_bsn` is.
   */
  private async record(
    ctx: ApiContext,
    graph: Graph | undefined,
    entry: { action: 'read' | 'create' | 'update' | 'delete'; resource: Resource; id: string | null; customerIds?: (string | null)[]; detail?: Json },
    db: DbOrTx = this.db,
  ): Promise<void> {
    const customerIds = unique([...(entry.customerIds ?? []), ...(graph?.shownCustomers ?? [])].filter((id): id is string => Boolean(id)));
    const partyIds = [...(graph?.shownParties ?? [])];
    const personal = customerIds.length > 0 || partyIds.length > 0;
    await this.audit.recordApi(ctx, {
      action: entry.action === 'read' ? (personal ? 'read_customer' : 'read') : entry.action,
      entityType: `klantinteracties.${entry.resource}`,
      entityId: entry.id,
      customerIds: customerIds.slice(0, 1000),
      detail: { ...entry.detail, ...(partyIds.length ? { partyIds: partyIds.slice(0, 500) } : {}) },
    }, db);
    if (graph) await this.recordBsn(ctx, graph, db);
  }

  /** The BSNs an answer showed in the clear: recorded as staff's `read_bsn` is, with the customers that were those parties. */
  private async recordBsn(ctx: ApiContext, graph: Graph, db: DbOrTx = this.db): Promise<void> {
    if (graph.bsnParties.size === 0) return;
    const ids = [...graph.bsnParties];
    await this.audit.recordApi(ctx, {
      action: 'read_bsn',
      entityType: 'party',
      entityId: ids.length === 1 ? ids[0]! : null,
      customerIds: await repo.customerIdsOfParties(db, ids),
      detail: { partyIds: ids.slice(0, 500), via: 'klantinteracties' },
    }, db);
  }

  /** A call the API refused (after the key checked out): who tried what. */
  async recordRefused(ctx: { apiClient: ApiClient; ip: string }, detail: { method: string; route: string; status: number; code: string }): Promise<void> {
    await this.audit.recordApi(ctx, { action: 'refused', entityType: 'klantinteracties', entityId: null, customerIds: [], detail });
  }

  private async listAnswer(ctx: ApiContext, resource: Resource, graph: Graph, results: Json[], total: number, paging: Paging, q: Record<string, unknown>) {
    await this.record(ctx, graph, { action: 'read', resource, id: null, detail: { list: true, page: paging.page, count: results.length, filters: filterNames(q) } });
    return paginated(results, total, paging.page, paging.pageSize, ctx.url);
  }

  private async readAnswer(ctx: ApiContext, resource: Resource, graph: Graph, id: string, result: Json | undefined) {
    if (!result) throw apiNotFound(NOT_FOUND[resource]);
    await this.record(ctx, graph, { action: 'read', resource, id });
    return result;
  }

  // Shared lookups.

  private identifierMatch(q: { codeObjecttype?: string | undefined; codeRegister?: string | undefined; codeSoortObjectId?: string | undefined; objectId?: string | undefined }): repo.IdentifierMatch | undefined {
    if (q.codeObjecttype === undefined && q.codeRegister === undefined && q.codeSoortObjectId === undefined && q.objectId === undefined) return undefined;
    const digits = q.objectId?.replace(/\s/g, '');
    // A BSN is kept only as a keyed hash: it is found by that (nine digits could be a BSN).
    const hash = digits && /^\d{9}$/.test(digits) ? this.vault.hash(digits) : undefined;
    return { objectType: q.codeObjecttype, register: q.codeRegister, idKind: q.codeSoortObjectId, value: digits ?? q.objectId, hash };
  }

  private channel(kanaal: string): string {
    const channel = channelOfKanaal(kanaal);
    if (!channel) throw invalidParam('kanaal', KANAAL_MESSAGE);
    return channel;
  }

  /** A live party; a merged one leads to the party it was merged into. */
  private async liveParty(db: DbOrTx, id: string, field: string): Promise<parties.PartyRow> {
    let party = await parties.findParty(db, id);
    for (let hops = 0; party?.mergedIntoId && hops < 10; hops += 1) party = await parties.findParty(db, party.mergedIntoId);
    if (!party || party.anonymisedAt || party.mergedIntoId) throw invalidParam(field, 'Deze partij bestaat niet (meer).');
    return party;
  }

  private async contactFor(db: DbOrTx, id: string, field: string): Promise<repo.ContactRow> {
    const contact = await repo.lockContact(db, id);
    if (!contact) throw invalidParam(field, 'Dit klantcontact bestaat niet.');
    return contact;
  }

  /**
   * The e-mail address and phone number Helder's own mails and call lists use for a betrokkene:
   * its first e-mail and phone digital address. When the last one of a kind goes, so does the copy.
   */
  private async syncReach(tx: DbOrTx, customerId: string | null, dropped: { kind: string; value: string }[] = []): Promise<void> {
    if (!customerId) return;
    const customer = await repo.lockCustomer(tx, customerId);
    if (!customer || customer.anonymisedAt) return;
    const rows = await repo.digitalAddressesOfCustomers(tx, [customerId]);
    const values: { email?: string | null; phone?: string | null } = {};
    const email = rows.find((r) => r.kind === 'email')?.value.trim().toLowerCase();
    const phone = rows.find((r) => r.kind === 'phone')?.value;
    if (email) {
      if (email !== customer.email) values.email = email;
    } else if (dropped.some((d) => d.kind === 'email' && d.value.trim().toLowerCase() === customer.email)) values.email = null;
    if (phone) {
      if (normalisePhone(phone) !== customer.phone) values.phone = normalisePhone(phone);
    } else if (dropped.some((d) => d.kind === 'phone' && normalisePhone(d.value) === customer.phone)) values.phone = null;
    await repo.setCustomerReach(tx, customerId, values);
  }

  // Klantcontacten.

  async listKlantcontacten(ctx: ApiContext, q: KlantcontactenQuery) {
    const paging = pagingOf(q);
    const betrokkene = same(q.hadBetrokkene__uuid, q.hadBetrokkene__url);
    const party = same(q.hadBetrokkene__wasPartij__uuid, q.hadBetrokkene__wasPartij__url);
    const subject = same(q.onderwerpobject__uuid, q.onderwerpobject__url);
    const wasSubject = same(q.wasOnderwerpobject__uuid, q.wasOnderwerpobject__url);
    const filter: repo.ContactFilter = {
      none: betrokkene.none || party.none || subject.none || wasSubject.none,
      betrokkeneId: betrokkene.id,
      betrokkeneHasParty: q.hadBetrokkene__wasPartij,
      partyId: party.id,
      partyIdentifier: this.identifierMatch({
        codeObjecttype: q.hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype,
        codeRegister: q.hadBetrokkene__wasPartij__partijIdentificator__codeRegister,
        codeSoortObjectId: q.hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId,
        objectId: q.hadBetrokkene__wasPartij__partijIdentificator__objectId,
      }),
      betrokkeneAddressContains: q.hadBetrokkene__digitaaladres__adres__icontains,
      reached: q.indicatieContactGelukt,
      summaryContains: q.inhoud,
      channel: q.kanaal === undefined ? undefined : this.channel(q.kanaal),
      hasTasks: q.leiddeTotInterneTaken,
      subjectContains: q.onderwerp,
      answerContains: q.reactie,
      occurredAt: q.plaatsgevondenOp,
      confidential: q.vertrouwelijk,
    };
    const numbers = [q.nummer === undefined ? undefined : plainNumberOf(q.nummer) ?? -1, q.referentienummer === undefined ? undefined : contactNumberOf(q.referentienummer) ?? -1].filter((n): n is number => n !== undefined);
    if (numbers.length) {
      if (numbers.some((n) => n !== numbers[0] || n < 0)) filter.none = true;
      filter.number = numbers[0];
    }
    const refMatch = (prefix: 'onderwerpobject' | 'wasOnderwerpobject', id: string | undefined): repo.ReferenceMatch | undefined => {
      const m: repo.ReferenceMatch = {
        id,
        objectType: q[`${prefix}__onderwerpobjectidentificatorCodeObjecttype`],
        register: q[`${prefix}__onderwerpobjectidentificatorCodeRegister`],
        idKind: q[`${prefix}__onderwerpobjectidentificatorCodeSoortObjectId`],
        objectId: q[`${prefix}__onderwerpobjectidentificatorObjectId`],
      };
      return Object.values(m).some((v) => v !== undefined) ? m : undefined;
    };
    filter.subject = refMatch('onderwerpobject', subject.id);
    filter.wasSubject = refMatch('wasOnderwerpobject', wasSubject.id);
    const { ids, total } = await repo.pageContacts(this.db, filter, paging.window);
    checkPage(paging, total);
    const graph = this.graph(ctx);
    const results = await graph.klantcontacten(await repo.findContacts(this.db, ids), q.expand);
    return this.listAnswer(ctx, 'klantcontacten', graph, results, total, paging, q);
  }

  async getKlantcontact(ctx: ApiContext, rawId: string, expand: Expand) {
    const id = requireUuid(rawId, 'klantcontacten');
    const graph = this.graph(ctx);
    const [result] = await graph.klantcontacten(await repo.findContacts(this.db, [id]), expand);
    return this.readAnswer(ctx, 'klantcontacten', graph, id, result);
  }

  private contactValues(b: Partial<KlantcontactBody>): Partial<repo.ContactWrite> {
    const v: Partial<repo.ContactWrite> = {};
    if (b.kanaal !== undefined) v.channel = this.channel(b.kanaal);
    if (b.onderwerp !== undefined) v.subject = b.onderwerp;
    if (b.inhoud !== undefined) v.summary = blankToNull(b.inhoud);
    if (b.reactie !== undefined) v.answer = blankToNull(b.reactie);
    if (b.indicatieContactGelukt !== undefined) v.reached = b.indicatieContactGelukt;
    if (b.taal !== undefined) v.language = b.taal.toLowerCase();
    if (b.vertrouwelijk !== undefined) v.confidential = b.vertrouwelijk;
    if (b.plaatsgevondenOp !== undefined) v.occurredAt = b.plaatsgevondenOp;
    return v;
  }

  private insertContact(tx: DbOrTx, ctx: ApiContext, body: KlantcontactBody) {
    const values = this.contactValues(body) as repo.ContactWrite;
    return repo.insertContact(tx, { ...values, occurredAt: values.occurredAt ?? this.clock.now(), registeredByToken: ctx.apiClient.tokenId });
  }

  async createKlantcontact(ctx: ApiContext, body: KlantcontactBody) {
    const row = await this.db.transaction(async (tx) => {
      const contact = await this.insertContact(tx, ctx, body);
      await this.record(ctx, undefined, { action: 'create', resource: 'klantcontacten', id: contact.id, detail: { reference: `K-${contact.number}` } }, tx);
      return contact;
    });
    return (await this.graph(ctx).klantcontacten([row]))[0]!;
  }

  async updateKlantcontact(ctx: ApiContext, rawId: string, body: Partial<KlantcontactBody>) {
    const id = requireUuid(rawId, 'klantcontacten');
    const values = this.contactValues(body);
    await this.db.transaction(async (tx) => {
      if (!(await repo.lockContact(tx, id))) throw apiNotFound(NOT_FOUND.klantcontacten);
      await repo.updateContact(tx, id, values);
      await this.record(ctx, undefined, { action: 'update', resource: 'klantcontacten', id, customerIds: await repo.customerIdsOfContacts(tx, [id]), detail: { fields: Object.keys(body) } }, tx);
    });
    return first(await this.graph(ctx).klantcontacten(await repo.findContacts(this.db, [id])), 'klantcontacten');
  }

  /**
   * Only a contact registered through the API, and only while nothing in Helder depends on it (a
   * task, a survey invitation, another contact's onderwerpobject). Its betrokkenen, their digital
   * addresses, its onderwerpobjecten, bijlagen and actor links go with it.
   */
  async deleteKlantcontact(ctx: ApiContext, rawId: string) {
    const id = requireUuid(rawId, 'klantcontacten');
    await this.db.transaction(async (tx) => {
      const contact = await repo.lockContact(tx, id);
      if (!contact) throw apiNotFound(NOT_FOUND.klantcontacten);
      if (!contact.registeredByToken) throw apiForbidden('Dit klantcontact is in Helder geregistreerd door een medewerker. Het kan niet via de API worden verwijderd.');
      const dependents = await repo.contactDependents(tx, id);
      if (dependents.tasks > 0) throw apiConflict('Dit klantcontact leidde tot een interne taak. Het blijft daarom bewaard.');
      if (dependents.invitations > 0) throw apiConflict('Over dit klantcontact is een tevredenheidsvraag gestuurd. Het blijft daarom bewaard.');
      if (dependents.wasReferenced > 0) throw apiConflict('Een onderwerpobject verwijst naar dit klantcontact. Verwijder dat eerst.');
      const betrokkenen = await repo.customerIdsOfContacts(tx, [id]);
      for (const customerId of betrokkenen) await this.removeBetrokkene(tx, customerId);
      await repo.deleteContact(tx, id);
      await this.record(ctx, undefined, { action: 'delete', resource: 'klantcontacten', id, customerIds: betrokkenen, detail: { reference: `K-${contact.number}` } }, tx);
    });
  }

  /** Klantcontact, betrokkene and onderwerpobject in one transaction. */
  async maakKlantcontact(ctx: ApiContext, body: MaakKlantcontactBody) {
    const made = await this.db.transaction(async (tx) => {
      const contact = await this.insertContact(tx, ctx, body.klantcontact);
      let betrokkeneId: string | undefined;
      if (body.betrokkene) {
        const party = body.betrokkene.wasPartij ? await this.liveParty(tx, body.betrokkene.wasPartij, 'betrokkene.wasPartij.uuid') : undefined;
        betrokkeneId = await repo.insertBetrokkene(tx, contact.id, this.betrokkeneValues(body.betrokkene, party), this.clock.now());
        await repo.setContactCustomer(tx, contact.id, betrokkeneId);
      }
      let subjectId: string | undefined;
      if (body.onderwerpobject) {
        const values = await this.referenceValues(tx, { wasKlantcontact: body.onderwerpobject.wasKlantcontact, identificator: body.onderwerpobject.onderwerpobjectidentificator }, 'onderwerpobject.');
        subjectId = (await repo.insertReference(tx, 'subject', { ...values, contactId: contact.id }, this.clock.now())).id;
      }
      await this.record(ctx, undefined, { action: 'create', resource: 'klantcontacten', id: contact.id, customerIds: [betrokkeneId ?? null], detail: { reference: `K-${contact.number}`, via: 'maak-klantcontact' } }, tx);
      return { contactId: contact.id, betrokkeneId, subjectId };
    });
    const graph = this.graph(ctx);
    const [klantcontact] = await graph.klantcontacten(await repo.findContacts(this.db, [made.contactId]));
    const betrokkene = made.betrokkeneId ? (await graph.betrokkenen(await repo.findBetrokkenen(this.db, [made.betrokkeneId])))[0] : undefined;
    const onderwerpobject = made.subjectId ? graph.onderwerpobjecten(await repo.findReferences(this.db, [made.subjectId]))[0] : undefined;
    return { klantcontact, ...(betrokkene ? { betrokkene } : {}), ...(onderwerpobject ? { onderwerpobject } : {}) };
  }

  // Betrokkenen.

  async listBetrokkenen(ctx: ApiContext, q: BetrokkenenQuery) {
    const paging = pagingOf(q);
    const contact = same(q.hadKlantcontact__uuid, q.hadKlantcontact__url);
    const address = same(q.verstrektedigitaalAdres__uuid, q.verstrektedigitaalAdres__url);
    const party = same(q.wasPartij__uuid, q.wasPartij__url);
    const filter: repo.BetrokkeneFilter = {
      none: contact.none || address.none || party.none,
      nameParts: { initials: q.contactnaamVoorletters, firstName: q.contactnaamVoornaam, surnamePrefix: q.contactnaamVoorvoegselAchternaam, surname: q.contactnaamAchternaam },
      contactId: contact.id,
      addressKeys: q.verstrektedigitaalAdres__adres === undefined ? undefined : this.addressKeys(q.verstrektedigitaalAdres__adres),
      addressId: address.id,
      partyId: party.id,
      partyIdentifier: this.identifierMatch({
        codeObjecttype: q.wasPartij__partijIdentificator__codeObjecttype,
        codeRegister: q.wasPartij__partijIdentificator__codeRegister,
        codeSoortObjectId: q.wasPartij__partijIdentificator__codeSoortObjectId,
        objectId: q.wasPartij__partijIdentificator__objectId,
      }),
      organisationName: q.organisatienaam,
    };
    const contactNumbers = [q.hadKlantcontact__nummer === undefined ? undefined : plainNumberOf(q.hadKlantcontact__nummer) ?? -1, q.hadKlantcontact__referentienummer === undefined ? undefined : contactNumberOf(q.hadKlantcontact__referentienummer) ?? -1].filter((n): n is number => n !== undefined);
    if (contactNumbers.length) {
      if (contactNumbers.some((n) => n !== contactNumbers[0] || n < 0)) filter.none = true;
      filter.contactNumber = contactNumbers[0];
    }
    if (q.wasPartij__nummer !== undefined) {
      const n = plainNumberOf(q.wasPartij__nummer);
      if (n === undefined) filter.none = true;
      else filter.partyNumber = n;
    }
    const { ids, total } = await repo.pageBetrokkenen(this.db, filter, paging.window);
    checkPage(paging, total);
    const graph = this.graph(ctx);
    const results = await graph.betrokkenen(await repo.findBetrokkenen(this.db, ids), q.expand);
    return this.listAnswer(ctx, 'betrokkenen', graph, results, total, paging, q);
  }

  async getBetrokkene(ctx: ApiContext, rawId: string, expand: Expand) {
    const id = requireUuid(rawId, 'betrokkenen');
    const graph = this.graph(ctx);
    const [result] = await graph.betrokkenen(await repo.findBetrokkenen(this.db, [id]), expand);
    return this.readAnswer(ctx, 'betrokkenen', graph, id, result);
  }

  /** The customer columns for a betrokkene: volledigeNaam from the contactnaam, kind from the party. */
  private betrokkeneValues(b: Partial<Omit<BetrokkeneBody, 'hadKlantcontact'>>, party: parties.PartyRow | null | undefined, existing?: repo.BetrokkeneRow): repo.CustomerWrite {
    const parts: NameParts | null = b.contactnaam !== undefined ? namePartsOf(b.contactnaam) : ((existing?.nameParts as NameParts | null) ?? null);
    const organisationName = b.organisatienaam !== undefined ? blankToNull(b.organisatienaam) : (existing?.organisationName ?? null);
    const name = fullNameOf(parts) || null;
    const partyId = party !== undefined ? (party?.id ?? null) : (existing?.partyId ?? null);
    const kind = party ? party.kind : existing && party === undefined ? existing.kind : organisationName && !name ? 'business' : 'resident';
    return {
      kind,
      name,
      partyId,
      role: b.rol ?? existing?.role ?? 'klant',
      initiator: b.initiator ?? existing?.initiator ?? true,
      nameParts: parts,
      organisationName,
      visitAddress: b.bezoekadres !== undefined ? storedAddressOf(b.bezoekadres) : (existing?.visitAddress ?? null),
      correspondenceAddress: b.correspondentieadres !== undefined ? storedAddressOf(b.correspondentieadres) : (existing?.correspondenceAddress ?? null),
    };
  }

  /** A betrokkene made for a contact without a customer becomes that contact's customer as well. */
  async createBetrokkene(ctx: ApiContext, body: BetrokkeneBody) {
    const id = await this.db.transaction(async (tx) => {
      const contact = await this.contactFor(tx, body.hadKlantcontact, 'hadKlantcontact.uuid');
      const party = body.wasPartij ? await this.liveParty(tx, body.wasPartij, 'wasPartij.uuid') : null;
      const created = await repo.insertBetrokkene(tx, contact.id, this.betrokkeneValues(body, party), this.clock.now());
      if (!contact.customerId) await repo.setContactCustomer(tx, contact.id, created);
      await this.record(ctx, undefined, { action: 'create', resource: 'betrokkenen', id: created, customerIds: [created], detail: { contactId: contact.id } }, tx);
      return created;
    });
    return first(await this.graph(ctx).betrokkenen(await repo.findBetrokkenen(this.db, [id])), 'betrokkenen');
  }

  async updateBetrokkene(ctx: ApiContext, rawId: string, body: Partial<BetrokkeneBody>) {
    const id = requireUuid(rawId, 'betrokkenen');
    await this.db.transaction(async (tx) => {
      const existing = first(await repo.findBetrokkenen(tx, [id]), 'betrokkenen');
      if (existing.anonymisedAt) throw apiConflict('De gegevens van deze betrokkene zijn gewist (bewaartermijn of verzoek van de inwoner). Ze kunnen niet opnieuw worden ingevuld.');
      if (body.hadKlantcontact !== undefined && body.hadKlantcontact !== existing.contactId) {
        throw invalidParam('hadKlantcontact', 'Een betrokkene blijft bij het klantcontact waarbij hij betrokken was. Maak een nieuwe betrokkene bij het andere klantcontact.');
      }
      const party = body.wasPartij === undefined ? undefined : body.wasPartij === null ? null : await this.liveParty(tx, body.wasPartij, 'wasPartij.uuid');
      const { hadKlantcontact: _contact, ...fields } = body;
      await repo.updateBetrokkene(tx, id, this.betrokkeneValues(fields, party, existing));
      await this.record(ctx, undefined, { action: 'update', resource: 'betrokkenen', id, customerIds: [id], detail: { fields: Object.keys(body) } }, tx);
    });
    return first(await this.graph(ctx).betrokkenen(await repo.findBetrokkenen(this.db, [id])), 'betrokkenen');
  }

  async deleteBetrokkene(ctx: ApiContext, rawId: string) {
    const id = requireUuid(rawId, 'betrokkenen');
    await this.db.transaction(async (tx) => {
      const existing = first(await repo.findBetrokkenen(tx, [id]), 'betrokkenen');
      const contact = await repo.lockContact(tx, existing.contactId);
      await this.removeBetrokkene(tx, id);
      // The contact's own customer went: the next betrokkene (if any) takes its place.
      if (contact?.customerId === id) {
        const next = (await repo.contactLinks(tx, [contact.id])).betrokkenen[0];
        if (next) await repo.setContactCustomer(tx, contact.id, next.id);
      }
      await this.record(ctx, undefined, { action: 'delete', resource: 'betrokkenen', id, customerIds: [id], detail: { contactId: existing.contactId } }, tx);
    });
  }

  /** A betrokkene that no request and no survey invitation holds on to, with its digital addresses. */
  private async removeBetrokkene(tx: Tx, id: string): Promise<void> {
    if ((await repo.customerDependents(tx, id)) > 0) {
      throw apiConflict('Deze betrokkene hoort bij een interne taak of een tevredenheidsvraag in Helder en blijft daarom bewaard.');
    }
    for (const address of await repo.digitalAddressesOfCustomers(tx, [id])) {
      if (address.partyId) await parties.updateDigitalAddress(tx, address.id, { ...writeOf(address), customerId: null }, this.clock.now());
      else await parties.deleteDigitalAddress(tx, address.id);
    }
    await repo.deleteCustomer(tx, id);
  }

  // Digitale adressen.

  /** `adres` in any notation: the value as written, or the key Helder finds addresses by. */
  private addressKeys(value: string): { value: string; keys: string[] } {
    const keys = unique([emailKey(value), phoneKey(value) ?? value.trim(), value.trim().toLowerCase()]);
    return { value: value.trim(), keys };
  }

  async listDigitaleAdressen(ctx: ApiContext, q: DigitaleAdressenQuery) {
    const paging = pagingOf(q);
    const betrokkene = same(q.verstrektDoorBetrokkene__uuid, q.verstrektDoorBetrokkene__url);
    const party = same(q.verstrektDoorPartij__uuid, q.verstrektDoorPartij__url);
    const filter: repo.DigitalAddressFilter = {
      none: betrokkene.none || party.none,
      value: q.adres === undefined ? undefined : this.addressKeys(q.adres),
      valueContains: q.adres__icontains,
      verified: q.isGeverifieerd,
      isDefault: q.isStandaardAdres,
      labelContains: q.omschrijving,
      reference: q.referentie,
      kind: q.soortDigitaalAdres === undefined ? undefined : KIND_OF_SOORT[q.soortDigitaalAdres],
      verifiedOn: { eq: q.verificatieDatum, gt: q.verificatieDatum__gt, gte: q.verificatieDatum__gte, lt: q.verificatieDatum__lt, lte: q.verificatieDatum__lte },
      customerRole: q.verstrektDoorBetrokkene__rol,
      customerId: betrokkene.id,
      partyIdentifier: this.identifierMatch({
        codeObjecttype: q.verstrektDoorPartij__partijIdentificator__codeObjecttype,
        codeRegister: q.verstrektDoorPartij__partijIdentificator__codeRegister,
        codeSoortObjectId: q.verstrektDoorPartij__partijIdentificator__codeSoortObjectId,
        objectId: q.verstrektDoorPartij__partijIdentificator__objectId,
      }),
      partySoort: q.verstrektDoorPartij__soortPartij,
      partyId: party.id,
    };
    const { ids, total } = await repo.pageDigitalAddresses(this.db, filter, paging.window);
    checkPage(paging, total);
    const graph = this.graph(ctx);
    const results = await graph.digitaleAdressenExpanded(await repo.findDigitalAddresses(this.db, ids), q.expand ?? new Set());
    return this.listAnswer(ctx, 'digitaleadressen', graph, results, total, paging, q);
  }

  async getDigitaalAdres(ctx: ApiContext, rawId: string, expand: Expand) {
    const id = requireUuid(rawId, 'digitaleadressen');
    const graph = this.graph(ctx);
    const [result] = await graph.digitaleAdressenExpanded(await repo.findDigitalAddresses(this.db, [id]), expand);
    return this.readAnswer(ctx, 'digitaleadressen', graph, id, result);
  }

  private async addressOwners(tx: DbOrTx, b: Partial<DigitaalAdresBody>, existing?: parties.DigitalAddressRow) {
    let customerId = existing?.customerId ?? null;
    if (b.verstrektDoorBetrokkene !== undefined) {
      customerId = null;
      if (b.verstrektDoorBetrokkene) {
        const [betrokkene] = await repo.findBetrokkenen(tx, [b.verstrektDoorBetrokkene]);
        if (!betrokkene) throw invalidParam('verstrektDoorBetrokkene.uuid', 'Deze betrokkene bestaat niet.');
        customerId = betrokkene.id;
      }
    }
    let partyId = existing?.partyId ?? null;
    if (b.verstrektDoorPartij !== undefined) partyId = b.verstrektDoorPartij ? (await this.liveParty(tx, b.verstrektDoorPartij, 'verstrektDoorPartij.uuid')).id : null;
    return { customerId, partyId };
  }

  async createDigitaalAdres(ctx: ApiContext, body: DigitaalAdresBody) {
    const problem = addressProblem(body.soortDigitaalAdres, body.adres);
    if (problem) throw invalidParam('adres', problem);
    const row = await this.db.transaction(async (tx) => {
      const owners = await this.addressOwners(tx, body);
      const created = await parties.insertDigitalAddress(tx, {
        ...owners,
        kind: KIND_OF_SOORT[body.soortDigitaalAdres],
        value: body.adres,
        label: blankToNull(body.omschrijving),
        isDefault: body.isStandaardAdres ?? false,
        reference: blankToNull(body.referentie),
        verifiedOn: body.verificatieDatum ?? null,
      }, this.clock.now());
      await this.syncReach(tx, owners.customerId);
      await this.record(ctx, undefined, { action: 'create', resource: 'digitaleadressen', id: created.id, customerIds: [owners.customerId], detail: owners.partyId ? { partyIds: [owners.partyId] } : {} }, tx);
      return created;
    });
    return this.graph(ctx).digitaleAdressen([row])[0]!;
  }

  async updateDigitaalAdres(ctx: ApiContext, rawId: string, body: Partial<DigitaalAdresBody>) {
    const id = requireUuid(rawId, 'digitaleadressen');
    const row = await this.db.transaction(async (tx) => {
      const existing = await parties.findDigitalAddress(tx, id);
      if (!existing) throw apiNotFound(NOT_FOUND.digitaleadressen);
      const owners = await this.addressOwners(tx, body, existing);
      const kind = body.soortDigitaalAdres !== undefined ? KIND_OF_SOORT[body.soortDigitaalAdres] : (existing.kind as 'email' | 'phone' | 'other');
      const value = body.adres ?? existing.value;
      const soort = ({ email: 'email', phone: 'telefoonnummer', other: 'overig' } as const)[kind];
      const problem = addressProblem(soort, value);
      if (problem) throw invalidParam('adres', problem);
      const updated = await parties.updateDigitalAddress(tx, id, {
        ...owners,
        kind,
        value,
        label: body.omschrijving !== undefined ? blankToNull(body.omschrijving) : existing.label,
        isDefault: body.isStandaardAdres ?? existing.isDefault,
        reference: body.referentie !== undefined ? blankToNull(body.referentie) : existing.reference,
        verifiedOn: body.verificatieDatum !== undefined ? body.verificatieDatum : existing.verifiedOn,
      }, this.clock.now());
      const dropped = [{ kind: existing.kind, value: existing.value }];
      await this.syncReach(tx, existing.customerId, dropped);
      if (owners.customerId !== existing.customerId) await this.syncReach(tx, owners.customerId);
      await this.record(ctx, undefined, { action: 'update', resource: 'digitaleadressen', id, customerIds: [existing.customerId, owners.customerId], detail: { fields: Object.keys(body) } }, tx);
      return updated!;
    });
    return this.graph(ctx).digitaleAdressen([row])[0]!;
  }

  async deleteDigitaalAdres(ctx: ApiContext, rawId: string) {
    const id = requireUuid(rawId, 'digitaleadressen');
    await this.db.transaction(async (tx) => {
      const existing = await parties.findDigitalAddress(tx, id);
      if (!existing) throw apiNotFound(NOT_FOUND.digitaleadressen);
      await parties.deleteDigitalAddress(tx, id);
      await this.syncReach(tx, existing.customerId, [{ kind: existing.kind, value: existing.value }]);
      await this.record(ctx, undefined, { action: 'delete', resource: 'digitaleadressen', id, customerIds: [existing.customerId] }, tx);
    });
  }

  // Partijen.

  async listPartijen(ctx: ApiContext, q: PartijenQuery) {
    const paging = pagingOf(q);
    const filter: repo.PartyFilter = {
      // Helder keeps no categories and no representations: a filter on them finds nothing.
      none: q.categorierelatie__categorie__naam !== undefined || q.vertegenwoordigdePartij__url !== undefined || q.vertegenwoordigdePartij__uuid !== undefined,
      visit: { lines: [q.bezoekadresAdresregel1, q.bezoekadresAdresregel2, q.bezoekadresAdresregel3], country: q.bezoekadresLand, bagId: q.bezoekadresNummeraanduidingId },
      correspondence: { lines: [q.correspondentieadresAdresregel1, q.correspondentieadresAdresregel2, q.correspondentieadresAdresregel3], country: q.correspondentieadresLand, bagId: q.correspondentieadresNummeraanduidingId },
      active: q.indicatieActief,
      confidential: q.indicatieGeheimhouding,
      identifier: this.identifierMatch({
        codeObjecttype: q.partijIdentificator__codeObjecttype,
        codeRegister: q.partijIdentificator__codeRegister,
        codeSoortObjectId: q.partijIdentificator__codeSoortObjectId,
        objectId: q.partijIdentificator__objectId,
      }),
      soort: q.soortPartij,
      subOf: this.identifierMatch({
        codeObjecttype: q.subIdentificatorVan__codeObjecttype,
        codeRegister: q.subIdentificatorVan__codeRegister,
        codeSoortObjectId: q.subIdentificatorVan__codeSoortObjectId,
        objectId: q.subIdentificatorVan__objectId,
      }),
    };
    if (q.nummer !== undefined) {
      const n = plainNumberOf(q.nummer);
      if (n === undefined) filter.none = true;
      else filter.number = n;
    }
    const { ids, total } = await repo.pageParties(this.db, filter, paging.window);
    checkPage(paging, total);
    const graph = this.graph(ctx);
    const results = await graph.partijen(await parties.findPartiesByIds(this.db, ids).then((rows) => ids.map((id) => rows.find((r) => r.id === id)!).filter(Boolean)), q.expand);
    return this.listAnswer(ctx, 'partijen', graph, results, total, paging, q);
  }

  /** A party that exists and was not anonymised; a merged one answers 404 naming where it went. */
  private async partyOr404(db: DbOrTx, id: string): Promise<parties.PartyRow> {
    const party = await parties.findParty(db, id);
    if (!party || party.anonymisedAt) throw apiNotFound(NOT_FOUND.partijen);
    if (party.mergedIntoId) throw apiNotFound(`Deze partij is samengevoegd met partij ${party.mergedIntoId}. Gebruik die partij.`);
    return party;
  }

  async getPartij(ctx: ApiContext, rawId: string, expand: Expand) {
    const id = requireUuid(rawId, 'partijen');
    const party = await this.partyOr404(this.db, id);
    const graph = this.graph(ctx);
    const [result] = await graph.partijen([party], expand);
    return this.readAnswer(ctx, 'partijen', graph, id, result);
  }

  private async partyWrite(tx: DbOrTx, b: Partial<PartijBody>, existing?: parties.PartyRow): Promise<parties.PartyWrite> {
    if ((b.rekeningnummers && b.rekeningnummers.length > 0) || (b.voorkeursRekeningnummer !== undefined && b.voorkeursRekeningnummer !== null)) {
      throw invalidParam('rekeningnummers', 'Helder bewaart geen rekeningnummers. Laat rekeningnummers leeg.');
    }
    const soort: SoortPartij = b.soortPartij ?? (existing ? soortPartijOf(existing) : 'persoon');
    const kind = partyKindOf(soort, existing?.kind);
    const identificatie = b.partijIdentificatie;
    const kept: NameParts = existing?.kind === 'resident' ? { initials: existing.initials, firstName: existing.firstName, surnamePrefix: existing.surnamePrefix, surname: existing.surname } : {};
    // Without a partijIdentificatie the name stays as it is (an organisation has no name parts).
    let name: string | null = existing?.name ?? null;
    let parts: NameParts = soort === 'organisatie' ? {} : kept;
    let worksFor: string | null = soort === 'contactpersoon' ? (existing?.worksForPartyId ?? null) : null;
    if (identificatie !== undefined) {
      if (soort === 'organisatie') name = blankToNull(identificatie?.naam);
      else {
        parts = namePartsOf(identificatie?.contactnaam) ?? {};
        name = null;
      }
      if (soort === 'contactpersoon' && identificatie?.werkteVoorPartij !== undefined) {
        worksFor = null;
        if (identificatie.werkteVoorPartij) {
          const organisation = await this.liveParty(tx, identificatie.werkteVoorPartij, 'partijIdentificatie.werkteVoorPartij.uuid');
          if (organisation.kind === 'resident') throw invalidParam('partijIdentificatie.werkteVoorPartij.uuid', 'Een contactpersoon werkt voor een organisatie. Deze partij is een persoon.');
          if (organisation.id === existing?.id) throw invalidParam('partijIdentificatie.werkteVoorPartij.uuid', 'Een contactpersoon kan niet voor zichzelf werken.');
          worksFor = organisation.id;
        }
      }
    }
    if (soort === 'contactpersoon' && !worksFor) {
      throw invalidParam('partijIdentificatie.werkteVoorPartij', 'Een contactpersoon werkt voor een organisatie. Geef die organisatie in werkteVoorPartij.');
    }
    return {
      kind,
      name,
      initials: parts.initials ?? null,
      firstName: parts.firstName ?? null,
      surnamePrefix: parts.surnamePrefix ?? null,
      surname: parts.surname ?? null,
      worksForPartyId: worksFor,
      visitAddress: b.bezoekadres !== undefined ? storedAddressOf(b.bezoekadres) : ((existing?.visitAddress as StoredAddress | null) ?? null),
      correspondenceAddress: b.correspondentieadres !== undefined ? storedAddressOf(b.correspondentieadres) : ((existing?.correspondenceAddress as StoredAddress | null) ?? null),
      internalNote: b.interneNotitie !== undefined ? blankToNull(b.interneNotitie) : (existing?.internalNote ?? null),
      preferredLanguage: b.voorkeurstaal !== undefined ? (blankToNull(b.voorkeurstaal)?.toLowerCase() ?? null) : (existing?.preferredLanguage ?? null),
      confidential: b.indicatieGeheimhouding !== undefined ? b.indicatieGeheimhouding : (existing?.confidential ?? null),
      active: b.indicatieActief ?? existing?.active ?? true,
    };
  }

  /** `digitaleAdressen` given: exactly these are the party's (others are unlinked, as Open Klant does). */
  private async linkAddresses(tx: DbOrTx, partyId: string, list: string[] | null | undefined, preferred: string | null | undefined): Promise<void> {
    const now = this.clock.now();
    if (list !== undefined) {
      const wanted = list ?? [];
      for (const current of await parties.partyDigitalAddresses(tx, [partyId])) {
        if (!wanted.includes(current.id)) await parties.updateDigitalAddress(tx, current.id, { ...writeOf(current), partyId: null, isDefault: false }, now);
      }
      for (const [i, id] of wanted.entries()) {
        const address = await parties.findDigitalAddress(tx, id);
        if (!address) throw invalidParam(`digitaleAdressen.${i}.uuid`, 'Dit digitale adres bestaat niet.');
        if (address.partyId !== partyId) await parties.updateDigitalAddress(tx, id, { ...writeOf(address), partyId }, now);
      }
    }
    // null leaves Helder's defaults as they are: the API has one preferred address, Helder one default per kind.
    if (preferred) {
      const address = await parties.findDigitalAddress(tx, preferred);
      if (!address || address.partyId !== partyId) throw invalidParam('voorkeursDigitaalAdres.uuid', 'Het voorkeursadres moet een van de digitale adressen van deze partij zijn.');
      if (!address.isDefault) await parties.updateDigitalAddress(tx, address.id, { ...writeOf(address), isDefault: true }, now);
    }
  }

  /**
   * The identifiers sent with a partij. On create an item with a uuid moves that identifier to the
   * new party; on PUT and PATCH the list replaces the party's identifiers (items with a uuid are
   * updated, others made, the rest removed), as the OAS describes.
   */
  private async replaceIdentifiers(tx: DbOrTx, partyId: string, items: PartijBody['partijIdentificatoren'], replacing: boolean): Promise<void> {
    if (!items) return;
    const keep = new Set(items.map((i) => i.uuid?.toLowerCase()).filter((id): id is string => Boolean(id)));
    if (replacing) {
      for (const current of (await parties.partyIdentifierRows(tx, [partyId])).filter((i) => isApiIdentifierKind(i.idKind))) {
        if (keep.has(current.id)) continue;
        if ((await repo.subIdentifierCount(tx, current.id)) > 0) throw invalidParam('partijIdentificatoren', 'Onder een van de identificatoren van deze partij hangen vestigingsnummers. Pas die eerst aan.');
        await parties.deleteIdentifier(tx, current.id);
      }
    }
    for (const [i, item] of items.entries()) {
      let existing: parties.IdentifierRow | undefined;
      if (item.uuid) {
        existing = UUID_PATTERN.test(item.uuid) ? await parties.findIdentifier(tx, item.uuid.toLowerCase()) : undefined;
        if (!existing) throw invalidParam(`partijIdentificatoren.${i}.uuid`, 'Deze partij-identificator bestaat niet.');
      }
      await this.writeIdentifier(tx, { partyId, group: item.partijIdentificator, subOf: item.subIdentificatorVan }, existing, `partijIdentificatoren.${i}.partijIdentificator`);
    }
  }

  /**
   * One identifier, checked as Open Klant checks it: the combination of object type, register and
   * kind, the number's form (a BSN and an RSIN pass the eleven test), one per kind per party, and
   * no number twice. A BSN is kept only where the municipality enables it, and then only sealed.
   */
  private async writeIdentifier(
    tx: DbOrTx,
    input: { partyId: string | null; group: IdentificatorGroup; subOf: string | null | undefined },
    existing: parties.IdentifierRow | undefined,
    field: string,
  ): Promise<parties.IdentifierRow> {
    const { group } = input;
    const kind = group.codeSoortObjectId;
    const expected = IDENTIFIER_KINDS[kind];
    if (group.codeObjecttype !== expected.objectType || group.codeRegister !== expected.register) {
      throw invalidParam(`${field}.codeObjecttype`, `Bij ${kind} horen codeObjecttype ${expected.objectType} en codeRegister ${expected.register}.`);
    }
    const value = group.objectId.replace(/\s/g, '');
    const formats: Record<typeof kind, [boolean, string]> = {
      bsn: [isValidBsn(value), 'Dit BSN klopt niet. Een BSN heeft 9 cijfers en moet de elfproef halen.'],
      rsin: [/^\d{9}$/.test(value) && isValidBsn(value), 'Dit RSIN klopt niet. Een RSIN heeft 9 cijfers en moet de elfproef halen.'],
      kvk_nummer: [/^\d{8}$/.test(value), 'Een KvK-nummer heeft 8 cijfers.'],
      vestigingsnummer: [/^\d{12}$/.test(value), 'Een vestigingsnummer heeft 12 cijfers.'],
    };
    const [valid, problem] = formats[kind];
    if (!valid) throw invalidParam(`${field}.objectId`, problem);
    if (!input.partyId) {
      throw invalidParam('identificeerdePartij', 'Helder bewaart een identificator alleen bij een partij. Geef identificeerdePartij mee.');
    }
    let sealed: ReturnType<BsnVault['seal']> | undefined;
    if (kind === 'bsn') {
      if (!this.config.parties.bsnEnabled) throw invalidParam(`${field}.codeSoortObjectId`, 'Deze gemeente bewaart geen BSN in Helder. Stuur geen BSN mee.');
      sealed = this.vault.seal(value);
    }
    const taken = await repo.identifierTaken(tx, { idKind: kind, value: sealed ? null : value, hash: sealed?.valueHash ?? null }, existing?.id);
    if (taken) throw invalidParam(`${field}.objectId`, taken.partyId === input.partyId ? 'Deze partij heeft dit nummer al.' : 'Dit nummer hoort al bij een andere partij.');
    const sameKind = (await parties.partyIdentifierRows(tx, [input.partyId])).find((i) => i.idKind === kind && i.id !== existing?.id);
    if (sameKind) throw invalidParam(`${field}.codeSoortObjectId`, 'Een partij heeft hoogstens één identificator van elk soort.');
    if (input.subOf) {
      const parent = await parties.findIdentifier(tx, input.subOf);
      if (!parent) throw invalidParam('subIdentificatorVan.uuid', 'Deze partij-identificator bestaat niet.');
      if (parent.id === existing?.id) throw invalidParam('subIdentificatorVan.uuid', 'Een identificator kan niet onder zichzelf hangen.');
    }
    if (existing && (existing.idKind !== kind || (existing.value ?? existing.valueHash) !== (sealed ? sealed.valueHash : value)) && (await repo.subIdentifierCount(tx, existing.id)) > 0) {
      throw invalidParam(`${field}.objectId`, 'Onder deze identificator hangen vestigingsnummers. Pas die eerst aan.');
    }
    const write: parties.IdentifierWrite = {
      partyId: input.partyId,
      objectType: expected.objectType,
      idKind: kind,
      register: expected.register,
      value: sealed ? null : value,
      sealed,
      subOfId: input.subOf ?? null,
    };
    return existing ? (await parties.updateIdentifier(tx, existing.id, write))! : parties.insertIdentifier(tx, write);
  }

  async createPartij(ctx: ApiContext, body: PartijBody) {
    const id = await this.db.transaction(async (tx) => {
      const party = await parties.insertParty(tx, await this.partyWrite(tx, body));
      await this.linkAddresses(tx, party.id, body.digitaleAdressen, body.voorkeursDigitaalAdres);
      await this.replaceIdentifiers(tx, party.id, body.partijIdentificatoren, false);
      await this.record(ctx, undefined, { action: 'create', resource: 'partijen', id: party.id, detail: { number: party.number } }, tx);
      return party.id;
    });
    return this.presentPartyAfterWrite(ctx, id);
  }

  async updatePartij(ctx: ApiContext, rawId: string, body: Partial<PartijBody>) {
    const id = requireUuid(rawId, 'partijen');
    await this.db.transaction(async (tx) => {
      await parties.lockParties(tx, [id]);
      const existing = await this.partyOr404(tx, id);
      await parties.updateParty(tx, id, await this.partyWrite(tx, body, existing), this.clock.now());
      await this.linkAddresses(tx, id, body.digitaleAdressen, body.voorkeursDigitaalAdres);
      await this.replaceIdentifiers(tx, id, body.partijIdentificatoren, true);
      await this.record(ctx, undefined, { action: 'update', resource: 'partijen', id, detail: { fields: Object.keys(body) } }, tx);
    });
    return this.presentPartyAfterWrite(ctx, id);
  }

  /** The answer to a write shows the party's identifiers, a BSN too: that is audited as any view of it. */
  private async presentPartyAfterWrite(ctx: ApiContext, id: string) {
    const graph = this.graph(ctx);
    const [result] = await graph.partijen([(await parties.findParty(this.db, id))!]);
    await this.recordBsn(ctx, graph);
    return result!;
  }

  /** Only a party nothing refers to: no betrokkene, contact person or merge. */
  async deletePartij(ctx: ApiContext, rawId: string) {
    const id = requireUuid(rawId, 'partijen');
    await this.db.transaction(async (tx) => {
      await parties.lockParties(tx, [id]);
      await this.partyOr404(tx, id);
      if ((await repo.partyDependents(tx, id)) > 0) {
        throw apiConflict('Deze partij hoort bij klantcontacten, contactpersonen of een samenvoeging in Helder en blijft daarom bewaard.');
      }
      for (const address of await parties.partyDigitalAddresses(tx, [id])) {
        if (address.customerId) await parties.updateDigitalAddress(tx, address.id, { ...writeOf(address), partyId: null, isDefault: false }, this.clock.now());
        else await parties.deleteDigitalAddress(tx, address.id);
      }
      for (const identifier of await parties.partyIdentifierRows(tx, [id])) await parties.deleteIdentifier(tx, identifier.id);
      await parties.deleteParty(tx, id);
      await this.record(ctx, undefined, { action: 'delete', resource: 'partijen', id, detail: { partyIds: [id] } }, tx);
    });
  }

  // Partij-identificatoren.

  async listPartijIdentificatoren(ctx: ApiContext, q: PartijIdentificatorenQuery) {
    const paging = pagingOf(q);
    const match = this.identifierMatch({
      codeObjecttype: q.partijIdentificatorCodeObjecttype,
      codeRegister: q.partijIdentificatorCodeRegister,
      codeSoortObjectId: q.partijIdentificatorCodeSoortObjectId,
      objectId: q.partijIdentificatorObjectId,
    });
    // Helder keeps no free-text identifiers (anderePartijIdentificator): that filter finds nothing.
    const { ids, total } = await repo.pageIdentifiers(this.db, { ...match, none: q.anderePartijIdentificator !== undefined }, paging.window);
    checkPage(paging, total);
    const graph = this.graph(ctx);
    const results = graph.identificatoren(await repo.findIdentifiers(this.db, ids));
    return this.listAnswer(ctx, 'partij-identificatoren', graph, results, total, paging, q);
  }

  async getPartijIdentificator(ctx: ApiContext, rawId: string) {
    const id = requireUuid(rawId, 'partij-identificatoren');
    const graph = this.graph(ctx);
    const [result] = graph.identificatoren(await repo.findIdentifiers(this.db, [id]));
    return this.readAnswer(ctx, 'partij-identificatoren', graph, id, result);
  }

  async createPartijIdentificator(ctx: ApiContext, body: PartijIdentificatorBody) {
    const row = await this.db.transaction(async (tx) => {
      const partyId = body.identificeerdePartij ? (await this.liveParty(tx, body.identificeerdePartij, 'identificeerdePartij.uuid')).id : null;
      const created = await this.writeIdentifier(tx, { partyId, group: body.partijIdentificator, subOf: body.subIdentificatorVan }, undefined, 'partijIdentificator');
      await this.record(ctx, undefined, { action: 'create', resource: 'partij-identificatoren', id: created.id, detail: { partyIds: [created.partyId], kind: created.idKind } }, tx);
      return created;
    });
    return this.presentIdentifierAfterWrite(ctx, row.id);
  }

  async updatePartijIdentificator(ctx: ApiContext, rawId: string, body: Partial<PartijIdentificatorBody>) {
    const id = requireUuid(rawId, 'partij-identificatoren');
    await this.db.transaction(async (tx) => {
      const existing = (await repo.findIdentifiers(tx, [id]))[0];
      if (!existing || !isApiIdentifierKind(existing.idKind)) throw apiNotFound(NOT_FOUND['partij-identificatoren']);
      const partyId = body.identificeerdePartij === undefined ? existing.partyId : body.identificeerdePartij ? (await this.liveParty(tx, body.identificeerdePartij, 'identificeerdePartij.uuid')).id : null;
      const group: IdentificatorGroup = body.partijIdentificator ?? {
        codeObjecttype: existing.objectType as IdentificatorGroup['codeObjecttype'],
        codeSoortObjectId: existing.idKind as IdentificatorGroup['codeSoortObjectId'],
        codeRegister: existing.register as IdentificatorGroup['codeRegister'],
        objectId: existing.valueSealed ? this.vault.open(existing.valueSealed) : (existing.value ?? ''),
      };
      const subOf = body.subIdentificatorVan !== undefined ? body.subIdentificatorVan : existing.subOfId;
      await this.writeIdentifier(tx, { partyId, group, subOf }, existing, 'partijIdentificator');
      await this.record(ctx, undefined, { action: 'update', resource: 'partij-identificatoren', id, detail: { partyIds: unique([existing.partyId, partyId].filter(Boolean)), fields: Object.keys(body) } }, tx);
    });
    return this.presentIdentifierAfterWrite(ctx, id);
  }

  private async presentIdentifierAfterWrite(ctx: ApiContext, id: string) {
    const graph = this.graph(ctx);
    const [result] = graph.identificatoren(await repo.findIdentifiers(this.db, [id]));
    await this.recordBsn(ctx, graph);
    return result!;
  }

  async deletePartijIdentificator(ctx: ApiContext, rawId: string) {
    const id = requireUuid(rawId, 'partij-identificatoren');
    await this.db.transaction(async (tx) => {
      const existing = (await repo.findIdentifiers(tx, [id]))[0];
      if (!existing || !isApiIdentifierKind(existing.idKind)) throw apiNotFound(NOT_FOUND['partij-identificatoren']);
      if ((await repo.subIdentifierCount(tx, id)) > 0) throw apiConflict('Onder deze identificator hangen vestigingsnummers. Verwijder of wijzig die eerst.');
      await parties.deleteIdentifier(tx, id);
      await this.record(ctx, undefined, { action: 'delete', resource: 'partij-identificatoren', id, detail: { partyIds: [existing.partyId], kind: existing.idKind } }, tx);
    });
  }

  // Actoren.

  async listActoren(ctx: ApiContext, q: ActorenQuery) {
    const paging = pagingOf(q);
    const { rows, total } = await repo.pageActors(this.db, {
      objectId: q.actoridentificatorObjectId,
      codeObjecttype: q.actoridentificatorCodeObjecttype,
      codeRegister: q.actoridentificatorCodeRegister,
      codeSoortObjectId: q.actoridentificatorCodeSoortObjectId,
      active: q.indicatieActief,
      name: q.naam,
      soort: q.soortActor,
    }, paging.window);
    checkPage(paging, total);
    const graph = this.graph(ctx);
    const results = await graph.actoren(rows.map((r) => r.id));
    return this.listAnswer(ctx, 'actoren', graph, results, total, paging, q);
  }

  async getActor(ctx: ApiContext, rawId: string) {
    const id = requireUuid(rawId, 'actoren');
    const graph = this.graph(ctx);
    const [result] = await graph.actoren([id]);
    return this.readAnswer(ctx, 'actoren', graph, id, result);
  }

  /**
   * Helder's own team or employee an actor sent by a client stands for: a medewerker whose e-mail
   * address is an employee's, an organisatorische eenheid whose name is a team's. KISS looks an
   * actor up and makes it when it finds none; this way its employees and departments are Helder's.
   */
  private async helderActorFor(db: DbOrTx, body: ActorBody): Promise<string | undefined> {
    const identifier = body.actoridentificator ?? undefined;
    if (body.soortActor === 'medewerker') {
      for (const candidate of [identifier?.objectId, body.actorIdentificatie?.emailadres]) {
        if (candidate && candidate.includes('@')) {
          const employee = await repo.findEmployeeByEmail(db, candidate);
          if (employee) return employee.id;
        }
      }
    }
    if (body.soortActor === 'organisatorische_eenheid') {
      for (const candidate of [body.naam, identifier?.objectId]) {
        if (candidate) {
          const team = await repo.findTeamByName(db, candidate);
          if (team) return team.id;
        }
      }
    }
    return undefined;
  }

  private externalValues(b: Partial<ActorBody>, existing?: repo.ExternalActorRow): repo.ExternalActorWrite {
    const identifier = b.actoridentificator !== undefined ? b.actoridentificator : (existing?.identifier as ActorBody['actoridentificator']);
    const hasIdentifier = identifier && Object.values(identifier).some((v) => v);
    const details = b.actorIdentificatie !== undefined ? (b.actorIdentificatie ?? {}) : ((existing?.details as Record<string, string>) ?? {});
    return {
      kind: b.soortActor ?? existing!.kind,
      name: b.naam ?? existing!.name,
      active: b.indicatieActief ?? existing?.active ?? true,
      identifier: hasIdentifier ? identifier : null,
      details: Object.fromEntries(Object.entries(details).filter(([, v]) => v)),
    };
  }

  async createActor(ctx: ApiContext, body: ActorBody) {
    const id = await this.db.transaction(async (tx) => {
      const helder = await this.helderActorFor(tx, body);
      if (helder) {
        await this.record(ctx, undefined, { action: 'read', resource: 'actoren', id: helder, detail: { matchedExisting: true } }, tx);
        return helder;
      }
      const created = await repo.insertExternalActor(tx, this.externalValues(body), this.clock.now());
      await this.record(ctx, undefined, { action: 'create', resource: 'actoren', id: created.id, detail: { kind: created.kind } }, tx);
      return created.id;
    });
    return (await this.graph(ctx).actoren([id]))[0]!;
  }

  private async externalOrRefuse(db: DbOrTx, id: string): Promise<repo.ExternalActorRow> {
    const found = await repo.findActors(db, [id]);
    if (found.teams.length || found.employees.length) {
      throw apiForbidden('Dit is een team of medewerker van Helder. Die wijzigt u in Helder zelf, niet via de API.');
    }
    const external = found.externals[0];
    if (!external) throw apiNotFound(NOT_FOUND.actoren);
    return external;
  }

  async updateActor(ctx: ApiContext, rawId: string, body: Partial<ActorBody>) {
    const id = requireUuid(rawId, 'actoren');
    await this.db.transaction(async (tx) => {
      const existing = await this.externalOrRefuse(tx, id);
      await repo.updateExternalActor(tx, id, this.externalValues(body, existing));
      await this.record(ctx, undefined, { action: 'update', resource: 'actoren', id, detail: { fields: Object.keys(body) } }, tx);
    });
    return (await this.graph(ctx).actoren([id]))[0]!;
  }

  async deleteActor(ctx: ApiContext, rawId: string) {
    const id = requireUuid(rawId, 'actoren');
    await this.db.transaction(async (tx) => {
      await this.externalOrRefuse(tx, id);
      if (await repo.externalActorInUse(tx, id)) throw apiConflict('Deze actor is betrokken bij een klantcontact of een interne taak en blijft daarom bewaard. Zet indicatieActief op false.');
      await repo.deleteExternalActor(tx, id);
      await this.record(ctx, undefined, { action: 'delete', resource: 'actoren', id }, tx);
    });
  }

  // Actorklantcontacten.

  async listActorKlantcontacten(ctx: ApiContext, q: ActorKlantcontactenQuery) {
    const paging = pagingOf(q);
    const actor = same(q.actor__uuid, q.actor__url);
    const contact = same(q.klantcontact__uuid, q.klantcontact__url);
    const page = actor.none || contact.none ? { rows: [], total: 0 } : await repo.pageActorLinks(this.db, { actorId: actor.id, contactId: contact.id }, paging.window);
    checkPage(paging, page.total);
    const graph = this.graph(ctx);
    return this.listAnswer(ctx, 'actorklantcontacten', graph, graph.actorKlantcontacten(page.rows), page.total, paging, q);
  }

  /** A link made through the API, or (its uuid derived from the contact's) the employee who registered the contact. */
  private async findActorLink(db: DbOrTx, id: string): Promise<repo.ActorLinkRow | undefined> {
    const row = await repo.findContactActorRow(db, id);
    if (row) return { source: 'row', id: row.id, contactId: row.contactId, actorId: (row.teamId ?? row.employeeId ?? row.externalActorId)! };
    const contact = await repo.findContact(db, contactOfRegistrarLink(id));
    if (contact?.registeredBy) return { source: 'registrar', id: contact.id, contactId: contact.id, actorId: contact.registeredBy };
    return undefined;
  }

  async getActorKlantcontact(ctx: ApiContext, rawId: string) {
    const id = requireUuid(rawId, 'actorklantcontacten');
    const link = await this.findActorLink(this.db, id);
    const graph = this.graph(ctx);
    return this.readAnswer(ctx, 'actorklantcontacten', graph, id, link ? presentActorKlantcontact(ctx.base, link) : undefined);
  }

  private async actorColumns(db: DbOrTx, id: string, field: string) {
    const found = await repo.findActors(db, [id]);
    if (found.teams[0]) return { teamId: id, employeeId: null, externalActorId: null };
    if (found.employees[0]) return { teamId: null, employeeId: id, externalActorId: null };
    if (found.externals[0]) return { teamId: null, employeeId: null, externalActorId: id };
    throw invalidParam(field, 'Deze actor bestaat niet.');
  }

  async createActorKlantcontact(ctx: ApiContext, body: ActorKlantcontactBody) {
    const link = await this.db.transaction(async (tx) => {
      const contact = await this.contactFor(tx, body.klantcontact, 'klantcontact.uuid');
      const columns = await this.actorColumns(tx, body.actor, 'actor.uuid');
      // The employee who registered the contact is its actor already; a link made twice is one link.
      if (contact.registeredBy && contact.registeredBy === body.actor) {
        return { source: 'registrar' as const, id: contact.id, contactId: contact.id, actorId: body.actor };
      }
      const existing = await repo.findContactActorFor(tx, contact.id, columns);
      const row = existing ?? (await repo.insertContactActor(tx, { contactId: contact.id, ...columns }, this.clock.now()));
      if (!existing) await this.record(ctx, undefined, { action: 'create', resource: 'actorklantcontacten', id: row.id, detail: { contactId: contact.id, actorId: body.actor } }, tx);
      return { source: 'row' as const, id: row.id, contactId: contact.id, actorId: body.actor };
    });
    return presentActorKlantcontact(ctx.base, link);
  }

  async updateActorKlantcontact(ctx: ApiContext, rawId: string, body: Partial<ActorKlantcontactBody>) {
    const id = requireUuid(rawId, 'actorklantcontacten');
    const link = await this.db.transaction(async (tx) => {
      const existing = await this.findActorLink(tx, id);
      if (!existing) throw apiNotFound(NOT_FOUND.actorklantcontacten);
      if (existing.source === 'registrar') throw apiForbidden('Wie een contact in Helder registreerde, ligt vast. Deze koppeling kan niet worden gewijzigd.');
      const contactId = body.klantcontact ?? existing.contactId;
      const actorId = body.actor ?? existing.actorId;
      await this.contactFor(tx, contactId, 'klantcontact.uuid');
      await repo.updateContactActor(tx, id, { contactId, ...(await this.actorColumns(tx, actorId, 'actor.uuid')) });
      await this.record(ctx, undefined, { action: 'update', resource: 'actorklantcontacten', id, detail: { contactId, actorId } }, tx);
      return { source: 'row' as const, id, contactId, actorId };
    });
    return presentActorKlantcontact(ctx.base, link);
  }

  async deleteActorKlantcontact(ctx: ApiContext, rawId: string) {
    const id = requireUuid(rawId, 'actorklantcontacten');
    await this.db.transaction(async (tx) => {
      const existing = await this.findActorLink(tx, id);
      if (!existing) throw apiNotFound(NOT_FOUND.actorklantcontacten);
      if (existing.source === 'registrar') throw apiForbidden('Wie een contact in Helder registreerde, ligt vast. Deze koppeling kan niet worden verwijderd.');
      await repo.deleteContactActor(tx, id);
      await this.record(ctx, undefined, { action: 'delete', resource: 'actorklantcontacten', id, detail: { contactId: existing.contactId } }, tx);
    });
  }

  // Interne taken.

  async listInternetaken(ctx: ApiContext, q: InternetakenQuery) {
    const paging = pagingOf(q);
    const contact = same(q.aanleidinggevendKlantcontact__uuid ?? q.klantcontact__uuid, q.aanleidinggevendKlantcontact__url);
    const other = same(q.aanleidinggevendKlantcontact__uuid, q.klantcontact__uuid);
    const actor = same(q.toegewezenAanActor__uuid, q.toegewezenAanActor__url);
    const filter: repo.TaskFilter = {
      none: contact.none || other.none || actor.none,
      contactId: contact.id,
      actorName: q.actoren__naam,
      statuses: q.status === undefined ? undefined : callbackStatusesOf(q.status),
      actorId: actor.id,
      createdAt: q.toegewezenOp,
    };
    const contactNumbers = [q.klantcontact__nummer === undefined ? undefined : plainNumberOf(q.klantcontact__nummer) ?? -1, q.klantcontact__referentienummer === undefined ? undefined : contactNumberOf(q.klantcontact__referentienummer) ?? -1].filter((n): n is number => n !== undefined);
    if (contactNumbers.length) {
      if (contactNumbers.some((n) => n !== contactNumbers[0] || n < 0)) filter.none = true;
      filter.contactNumber = contactNumbers[0];
    }
    const numbers = [q.nummer === undefined ? undefined : plainNumberOf(q.nummer) ?? -1, q.referentienummer === undefined ? undefined : taskNumberOf(q.referentienummer) ?? -1].filter((n): n is number => n !== undefined);
    if (numbers.length) {
      if (numbers.some((n) => n !== numbers[0] || n < 0)) filter.none = true;
      filter.number = numbers[0];
    }
    const { ids, total } = await repo.pageTasks(this.db, filter, paging.window);
    checkPage(paging, total);
    const graph = this.graph(ctx);
    const results = await graph.interneTaken(await repo.findTasks(this.db, ids));
    return this.listAnswer(ctx, 'internetaken', graph, results, total, paging, q);
  }

  async getInterneTaak(ctx: ApiContext, rawId: string) {
    const id = requireUuid(rawId, 'internetaken');
    const graph = this.graph(ctx);
    const [result] = await graph.interneTaken(await repo.findTasks(this.db, [id]));
    return this.readAnswer(ctx, 'internetaken', graph, id, result);
  }

  /**
   * Who gets the task in Helder. A team actor: that team's inbox. An employee: their team, assigned
   * to them (with a team actor as well: that team, assigned to them). Helder needs a team, so a task
   * for external actors only is refused; those are kept beside the team (`request_actors`).
   */
  private async assignmentOf(db: DbOrTx, ids: string[], field: string) {
    const found = await repo.findActors(db, ids);
    const known = new Set([...found.teams, ...found.employees, ...found.externals].map((a) => a.id));
    const unknown = ids.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw invalidParam(`${field}.${unknown}.uuid`, 'Deze actor bestaat niet.');
    if (found.teams.length > 1) throw invalidParam(field, 'Wijs een interne taak toe aan één team van Helder.');
    if (found.employees.length > 1) throw invalidParam(field, 'Wijs een interne taak toe aan één medewerker van Helder (en eventueel zijn of haar team).');
    const team = found.teams[0];
    const employee = found.employees[0];
    if (team && !team.active) throw invalidParam(field, 'Dit team neemt geen verzoeken meer aan. Kies een ander team.');
    if (employee && !employee.active) throw invalidParam(field, 'Deze medewerker werkt hier niet meer. Kies een andere medewerker of een team.');
    const teamId = team?.id ?? employee?.teamId;
    if (!teamId) {
      throw invalidParam(field, employee
        ? 'Deze medewerker hoort bij geen team in Helder. Wijs de taak ook toe aan een team (een actor van het soort organisatorische_eenheid).'
        : 'Helder zet een interne taak altijd bij een team. Wijs de taak toe aan een team of een medewerker van Helder (zie de actoren van het soort organisatorische_eenheid en medewerker).');
    }
    return { teamId, assigneeId: employee?.id ?? null, externalIds: found.externals.map((a) => a.id) };
  }

  private actorRefsOf(body: Partial<InterneTaakBody>): string[] | undefined {
    if (body.toegewezenAanActor !== undefined && body.toegewezenAanActoren !== undefined) {
      throw invalidParam('toegewezenAanActoren', 'Gebruik toegewezenAanActoren of toegewezenAanActor, niet allebei.');
    }
    const refs = body.toegewezenAanActoren ?? (body.toegewezenAanActor ? [body.toegewezenAanActor] : undefined);
    return refs ? unique(refs) : undefined;
  }

  private outcomeOf(ctx: ApiContext): string {
    return `Verwerkt volgens ${ctx.apiClient.name} (Klantinteracties-API).`;
  }

  /**
   * A callback request made through Helder's own machinery: the working-day deadline of its team,
   * the `created` history event, the resident's receipt, and the team's inbox. Its customer is the
   * contact's customer (an empty one when the contact has none yet); it is answered by phone when
   * that customer gave a phone number, else by e-mail, else as Helder sees fit ('none').
   */
  async createInterneTaak(ctx: ApiContext, body: InterneTaakBody) {
    const refs = this.actorRefsOf(body);
    if (!refs || refs.length === 0) throw invalidParam('toegewezenAanActoren', 'Wijs de taak toe aan een team of medewerker van Helder.');
    if (body.afgehandeldOp && body.status !== 'verwerkt') throw invalidParam('afgehandeldOp', 'Een taak heeft alleen een moment van afhandelen als de status verwerkt is.');
    const id = await this.db.transaction(async (tx) => {
      const contact = await this.contactFor(tx, body.aanleidinggevendKlantcontact, 'aanleidinggevendKlantcontact.uuid');
      const assignment = await this.assignmentOf(tx, refs, body.toegewezenAanActoren ? 'toegewezenAanActoren' : 'toegewezenAanActor');
      const target = await this.callbacks.requireTarget(tx, { teamId: assignment.teamId, assigneeId: assignment.assigneeId });
      const now = this.clock.now();
      let customerId = contact.customerId;
      if (!customerId) {
        customerId = await repo.insertEmptyBetrokkene(tx, contact.id, now);
        await repo.setContactCustomer(tx, contact.id, customerId);
      }
      const customer = (await repo.lockCustomer(tx, customerId))!;
      const created = await this.callbacks.createForApi(tx, {
        contactId: contact.id,
        teamId: assignment.teamId,
        assigneeId: assignment.assigneeId,
        question: blankToNull(body.toelichting) ?? body.gevraagdeHandeling,
        replyBy: customer.phone ? 'phone' : customer.email ? 'email' : 'none',
        customer: { id: customer.id, kind: customer.kind, name: customer.name, email: customer.email, phone: customer.phone },
      }, target);
      await repo.setTaskRequestedAction(tx, created.id, body.gevraagdeHandeling);
      await repo.setTaskExternalActors(tx, created.id, assignment.externalIds, now);
      await repo.markHandedOver(tx, contact.id, assignment.teamId);
      await this.record(ctx, undefined, { action: 'create', resource: 'internetaken', id: created.id, customerIds: [customer.id], detail: { reference: created.reference, teamId: assignment.teamId } }, tx);
      return created.id;
    });
    if (body.status === 'verwerkt') await this.callbacks.completeForApi(id, ctx.apiClient, this.outcomeOf(ctx));
    return first(await this.graph(ctx).interneTaken(await repo.findTasks(this.db, [id])), 'internetaken');
  }

  /**
   * Status `verwerkt` completes the request through Helder's state machine (with its history event
   * and survey invitation); a processed task is not reopened. Other actors hand it over (assign);
   * texts are changed in place.
   */
  async updateInterneTaak(ctx: ApiContext, rawId: string, body: Partial<InterneTaakBody>) {
    const id = requireUuid(rawId, 'internetaken');
    const task = first(await repo.findTasks(this.db, [id]), 'internetaken');
    if (body.aanleidinggevendKlantcontact !== undefined && body.aanleidinggevendKlantcontact !== task.contactId) {
      throw invalidParam('aanleidinggevendKlantcontact', 'Een interne taak blijft bij het klantcontact waaruit zij voortkwam.');
    }
    const current = taakStatusOf(task.status);
    const status = body.status ?? current;
    if (body.afgehandeldOp && status !== 'verwerkt') throw invalidParam('afgehandeldOp', 'Een taak heeft alleen een moment van afhandelen als de status verwerkt is.');
    if (current === 'verwerkt' && status === 'te_verwerken') {
      throw apiConflict('Deze interne taak is al verwerkt. Helder opent een verwerkte taak niet opnieuw. Maak zo nodig een nieuwe taak.');
    }
    const refs = this.actorRefsOf(body);
    if (refs && refs.length === 0) throw invalidParam('toegewezenAanActoren', 'Wijs de taak toe aan een team of medewerker van Helder.');
    const assignment = refs ? await this.assignmentOf(this.db, refs, body.toegewezenAanActoren ? 'toegewezenAanActoren' : 'toegewezenAanActor') : undefined;
    const moves = assignment !== undefined && (assignment.teamId !== task.teamId || assignment.assigneeId !== task.assigneeId);
    if (moves && current === 'verwerkt') throw apiConflict('Deze interne taak is al verwerkt. U kunt haar niet meer aan een ander toewijzen.');
    await this.db.transaction(async (tx) => {
      const texts: { question?: string; requestedAction?: string } = {};
      if (body.gevraagdeHandeling !== undefined && body.gevraagdeHandeling !== requestedActionOf(task)) texts.requestedAction = body.gevraagdeHandeling;
      if (body.toelichting !== undefined) {
        const question = blankToNull(body.toelichting) ?? body.gevraagdeHandeling ?? requestedActionOf(task);
        if (question !== task.question) texts.question = question;
      }
      await repo.updateTaskText(tx, id, texts, this.clock.now());
      if (assignment) await repo.setTaskExternalActors(tx, id, assignment.externalIds, this.clock.now());
      await this.record(ctx, undefined, { action: 'update', resource: 'internetaken', id, customerIds: [task.customerId], detail: { fields: Object.keys(body), reference: `TB-${task.number}` } }, tx);
    });
    if (moves) await this.callbacks.assignForApi(id, ctx.apiClient, { teamId: assignment!.teamId, assigneeId: assignment!.assigneeId });
    if (status === 'verwerkt' && current === 'te_verwerken') await this.callbacks.completeForApi(id, ctx.apiClient, this.outcomeOf(ctx));
    return first(await this.graph(ctx).interneTaken(await repo.findTasks(this.db, [id])), 'internetaken');
  }

  /** Helder keeps every request and its history: removing a task cancels it (it then reads `verwerkt`). */
  async deleteInterneTaak(ctx: ApiContext, rawId: string) {
    const id = requireUuid(rawId, 'internetaken');
    const task = first(await repo.findTasks(this.db, [id]), 'internetaken');
    await this.callbacks.cancelForApi(id, ctx.apiClient, `Verwijderd door ${ctx.apiClient.name} (Klantinteracties-API).`);
    await this.record(ctx, undefined, { action: 'delete', resource: 'internetaken', id, customerIds: [task.customerId], detail: { reference: `TB-${task.number}`, cancelled: true } });
  }

  // Onderwerpobjecten and bijlagen.

  private async referenceValues(
    tx: DbOrTx,
    b: { klantcontact?: string | null | undefined; wasKlantcontact?: string | null | undefined; identificator?: { objectId?: string | undefined; codeObjecttype?: string | undefined; codeRegister?: string | undefined; codeSoortObjectId?: string | undefined } | null | undefined },
    prefix = '',
    existing?: repo.ReferenceRow,
    names: { contact: string; identificator: string } = { contact: 'klantcontact', identificator: 'onderwerpobjectidentificator' },
  ): Promise<repo.ReferenceWrite> {
    const values: repo.ReferenceWrite = {
      contactId: existing?.contactId ?? null,
      wasContactId: existing?.wasContactId ?? null,
      objectId: existing?.objectId ?? null,
      objectType: existing?.objectType ?? null,
      register: existing?.register ?? null,
      idKind: existing?.idKind ?? null,
    };
    if (b.klantcontact !== undefined) values.contactId = b.klantcontact ? (await this.contactFor(tx, b.klantcontact, `${prefix}${names.contact}.uuid`)).id : null;
    if (b.wasKlantcontact !== undefined) values.wasContactId = b.wasKlantcontact ? (await this.contactFor(tx, b.wasKlantcontact, `${prefix}wasKlantcontact.uuid`)).id : null;
    if (b.identificator !== undefined) {
      values.objectId = blankToNull(b.identificator?.objectId);
      values.objectType = blankToNull(b.identificator?.codeObjecttype);
      values.register = blankToNull(b.identificator?.codeRegister);
      values.idKind = blankToNull(b.identificator?.codeSoortObjectId);
    }
    return values;
  }

  async listReferences(ctx: ApiContext, kind: 'subject' | 'attachment', q: OnderwerpobjectenQuery | BijlagenQuery) {
    const paging = pagingOf(q);
    const prefix = kind === 'subject' ? 'onderwerpobjectidentificator' : 'bijlageidentificator';
    const params = q as Record<string, string | undefined>;
    const contact = same(params.klantcontact__uuid, params.klantcontact__url);
    const was = same(params.wasKlantcontact__uuid, params.wasKlantcontact__url);
    const { ids, total } = await repo.pageReferences(this.db, {
      kind,
      none: contact.none || was.none,
      contactId: contact.id,
      wasContactId: was.id,
      objectType: params[`${prefix}CodeObjecttype`],
      register: params[`${prefix}CodeRegister`],
      idKind: params[`${prefix}CodeSoortObjectId`],
      objectId: params[`${prefix}ObjectId`],
    }, paging.window);
    checkPage(paging, total);
    const graph = this.graph(ctx);
    const rows = await repo.findReferences(this.db, ids, kind);
    const results = kind === 'subject' ? graph.onderwerpobjecten(rows) : graph.bijlagen(rows);
    return this.listAnswer(ctx, kind === 'subject' ? 'onderwerpobjecten' : 'bijlagen', graph, results, total, paging, q);
  }

  async getReference(ctx: ApiContext, kind: 'subject' | 'attachment', rawId: string) {
    const resource = kind === 'subject' ? 'onderwerpobjecten' : 'bijlagen';
    const id = requireUuid(rawId, resource);
    const graph = this.graph(ctx);
    const rows = await repo.findReferences(this.db, [id], kind);
    return this.readAnswer(ctx, resource, graph, id, (kind === 'subject' ? graph.onderwerpobjecten(rows) : graph.bijlagen(rows))[0]);
  }

  private referenceInput(kind: 'subject' | 'attachment', body: Partial<OnderwerpobjectBody> | Partial<BijlageBody>) {
    if (kind === 'subject') {
      const b = body as Partial<OnderwerpobjectBody>;
      return { klantcontact: b.klantcontact, wasKlantcontact: b.wasKlantcontact, identificator: b.onderwerpobjectidentificator };
    }
    const b = body as Partial<BijlageBody>;
    return { klantcontact: b.wasBijlageVanKlantcontact, identificator: b.bijlageidentificator };
  }

  private referenceNames(kind: 'subject' | 'attachment') {
    return kind === 'subject'
      ? { contact: 'klantcontact', identificator: 'onderwerpobjectidentificator' }
      : { contact: 'wasBijlageVanKlantcontact', identificator: 'bijlageidentificator' };
  }

  async createReference(ctx: ApiContext, kind: 'subject' | 'attachment', body: OnderwerpobjectBody | BijlageBody) {
    const resource = kind === 'subject' ? 'onderwerpobjecten' : 'bijlagen';
    const row = await this.db.transaction(async (tx) => {
      const values = await this.referenceValues(tx, this.referenceInput(kind, body), '', undefined, this.referenceNames(kind));
      const created = await repo.insertReference(tx, kind, values, this.clock.now());
      await this.record(ctx, undefined, { action: 'create', resource, id: created.id, detail: { contactId: created.contactId } }, tx);
      return created;
    });
    const graph = this.graph(ctx);
    return (kind === 'subject' ? graph.onderwerpobjecten([row]) : graph.bijlagen([row]))[0]!;
  }

  async updateReference(ctx: ApiContext, kind: 'subject' | 'attachment', rawId: string, body: Partial<OnderwerpobjectBody> | Partial<BijlageBody>) {
    const resource = kind === 'subject' ? 'onderwerpobjecten' : 'bijlagen';
    const id = requireUuid(rawId, resource);
    await this.db.transaction(async (tx) => {
      const existing = first(await repo.findReferences(tx, [id], kind), resource);
      await repo.updateReference(tx, id, await this.referenceValues(tx, this.referenceInput(kind, body), '', existing, this.referenceNames(kind)));
      await this.record(ctx, undefined, { action: 'update', resource, id, detail: { fields: Object.keys(body) } }, tx);
    });
    return this.getReferenceWithoutAudit(ctx, kind, id);
  }

  private async getReferenceWithoutAudit(ctx: ApiContext, kind: 'subject' | 'attachment', id: string) {
    const graph = this.graph(ctx);
    const rows = await repo.findReferences(this.db, [id], kind);
    return (kind === 'subject' ? graph.onderwerpobjecten(rows) : graph.bijlagen(rows))[0]!;
  }

  /**
   * Removes the reference. With `cascade=true` Open Klant would also remove klantcontacten nothing
   * else refers to; Helder keeps its contacts and says so: every klantcontact is `behouden`.
   */
  async deleteReference(ctx: ApiContext, kind: 'subject' | 'attachment', rawId: string): Promise<{ behouden: string[] }> {
    const resource = kind === 'subject' ? 'onderwerpobjecten' : 'bijlagen';
    const id = requireUuid(rawId, resource);
    return this.db.transaction(async (tx) => {
      const existing = first(await repo.findReferences(tx, [id], kind), resource);
      await repo.deleteReference(tx, id);
      await this.record(ctx, undefined, { action: 'delete', resource, id, detail: { contactId: existing.contactId } }, tx);
      return { behouden: unique([existing.contactId, existing.wasContactId].filter((c): c is string => Boolean(c))).map((c) => `${ctx.base}/klantcontacten/${c}`) };
    });
  }
}

function writeOf(a: parties.DigitalAddressRow): parties.DigitalAddressWrite {
  return {
    partyId: a.partyId,
    customerId: a.customerId,
    kind: a.kind as 'email' | 'phone' | 'other',
    value: a.value,
    label: a.label,
    isDefault: a.isDefault,
    reference: a.reference,
    verifiedOn: a.verifiedOn,
  };
}
