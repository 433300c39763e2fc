// Builds the API's answers for a set of rows: loads what each resource lists (in batches, one query
// per kind of relation, not one per row), presents it, and follows `expand` into related resources.
// It notes whose personal data an answer shows, so the service can audit exactly that.
import type { DbOrTx } from '../db/client.js';
import type { BsnVault } from '../parties/bsn-vault.js';
import { findPartiesByIds, partyDigitalAddresses, partyIdentifierRows, type DigitalAddressRow, type IdentifierRow, type PartyRow } from '../parties/repository.js';
import { isApiIdentifierKind } from './mapping.js';
import {
  presentActorKlantcontact,
  presentBetrokkene,
  presentBijlage,
  presentDigitaalAdres,
  presentEmployeeActor,
  presentExternalActor,
  presentIdentificator,
  presentInterneTaak,
  presentKlantcontact,
  presentOnderwerpobject,
  presentPartij,
  presentTeamActor,
  type Json,
} from './presenters.js';
import * as repo from './repository.js';

type Expand = ReadonlySet<string>;
const NONE: Expand = new Set();

/** Whether `key` is expanded (asked for itself, or through one of its own expansions), and with what below it. */
function below(expand: Expand, key: string): Expand | undefined {
  const prefix = `${key}.`;
  const nested = [...expand].filter((e) => e.startsWith(prefix)).map((e) => e.slice(prefix.length));
  if (!expand.has(key) && nested.length === 0) return undefined;
  return new Set(nested);
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];

export class Graph {
  /** Customers (betrokkenen) whose details or contacts the answer shows. */
  readonly shownCustomers = new Set<string>();
  /** Parties whose details the answer shows. */
  readonly shownParties = new Set<string>();
  /** Parties whose BSN the answer shows in the clear. */
  readonly bsnParties = new Set<string>();

  constructor(
    private readonly db: DbOrTx,
    readonly base: string,
    private readonly vault: BsnVault,
  ) {}

  // Klantcontacten.

  async klantcontacten(rows: repo.ContactRow[], expand: Expand = NONE): Promise<Json[]> {
    if (rows.length === 0) return [];
    const links = await repo.contactLinks(this.db, rows.map((r) => r.id));
    const actorIds = unique([...rows.map((r) => r.registeredBy), ...links.actors.map((a) => a.actorId)]);
    const actors = await this.actorMap(actorIds);
    const betrokkenen = groupBy(links.betrokkenen, (b) => b.contactId);
    const tasks = groupBy(links.tasks, (t) => t.contactId);
    const references = groupBy(links.references, (r) => r.contactId);
    const contactActors = groupBy(links.actors, (a) => a.contactId);
    for (const b of links.betrokkenen) this.shownCustomers.add(b.id);

    const expanded = await this.expandKlantcontacten(links, expand);
    return rows.map((row) => {
      const refs = references.get(row.id) ?? [];
      const ids = unique([row.registeredBy, ...(contactActors.get(row.id) ?? []).map((a) => a.actorId)]);
      const json = presentKlantcontact(
        this.base,
        row,
        {
          betrokkenen: (betrokkenen.get(row.id) ?? []).map((b) => b.id),
          tasks: (tasks.get(row.id) ?? []).map((t) => t.id),
          subjects: refs.filter((r) => r.kind === 'subject').map((r) => r.id),
          attachments: refs.filter((r) => r.kind === 'attachment').map((r) => r.id),
        },
        ids.map((id) => actors.get(id)).filter((a): a is Json => a !== undefined),
      );
      if (expand.size === 0) return json;
      const own = (list: { id: string; contactId: string }[] | undefined, found: Map<string, Json> | undefined) =>
        (list ?? []).map((x) => found?.get(x.id)).filter((x): x is Json => x !== undefined);
      const _expand: Json = {};
      if (expanded.betrokkenen) _expand.hadBetrokkenen = own(betrokkenen.get(row.id), expanded.betrokkenen);
      if (expanded.tasks) _expand.leiddeTotInterneTaken = own(tasks.get(row.id), expanded.tasks);
      if (expanded.subjects) _expand.gingOverOnderwerpobjecten = own(refs.filter((r) => r.kind === 'subject'), expanded.subjects);
      if (expanded.attachments) _expand.omvatteBijlagen = own(refs.filter((r) => r.kind === 'attachment'), expanded.attachments);
      return { ...json, _expand };
    });
  }

  private async expandKlantcontacten(links: repo.ContactLinks, expand: Expand) {
    const out: { betrokkenen?: Map<string, Json>; tasks?: Map<string, Json>; subjects?: Map<string, Json>; attachments?: Map<string, Json> } = {};
    const betrokkenen = below(expand, 'hadBetrokkenen');
    if (betrokkenen) out.betrokkenen = await this.betrokkenenById(links.betrokkenen.map((b) => b.id), betrokkenen);
    if (below(expand, 'leiddeTotInterneTaken')) out.tasks = byId(await this.interneTaken(await repo.findTasks(this.db, links.tasks.map((t) => t.id))));
    if (below(expand, 'gingOverOnderwerpobjecten')) {
      const rows = await repo.findReferences(this.db, links.references.filter((r) => r.kind === 'subject').map((r) => r.id));
      out.subjects = byId(rows.map((r) => presentOnderwerpobject(this.base, r)));
    }
    if (below(expand, 'omvatteBijlagen')) {
      const rows = await repo.findReferences(this.db, links.references.filter((r) => r.kind === 'attachment').map((r) => r.id));
      out.attachments = byId(rows.map((r) => presentBijlage(this.base, r)));
    }
    return out;
  }

  async klantcontactenById(ids: string[], expand: Expand = NONE): Promise<Map<string, Json>> {
    return byId(await this.klantcontacten(await repo.findContacts(this.db, unique(ids)), expand));
  }

  // Betrokkenen.

  async betrokkenen(rows: repo.BetrokkeneRow[], expand: Expand = NONE): Promise<Json[]> {
    if (rows.length === 0) return [];
    const addresses = groupBy(await repo.digitalAddressesOfCustomers(this.db, rows.map((r) => r.id)), (a) => a.customerId!);
    for (const row of rows) this.shownCustomers.add(row.id);
    const addressesBelow = below(expand, 'digitaleAdressen');
    const partyBelow = below(expand, 'wasPartij');
    const contactBelow = below(expand, 'hadKlantcontact');
    const expandedAddresses = addressesBelow ? byId(this.digitaleAdressen([...addresses.values()].flat())) : undefined;
    const parties = partyBelow ? await this.partijenById(unique(rows.map((r) => r.partyId)), partyBelow) : undefined;
    const contacts = contactBelow ? await this.klantcontactenById(rows.map((r) => r.contactId), contactBelow) : undefined;
    return rows.map((row) => {
      const own = addresses.get(row.id) ?? [];
      const json = presentBetrokkene(this.base, row, own.map((a) => a.id));
      if (expand.size === 0) return json;
      const _expand: Json = {};
      if (expandedAddresses) _expand.digitaleAdressen = own.map((a) => expandedAddresses.get(a.id)).filter(Boolean);
      if (parties) _expand.wasPartij = row.partyId ? (parties.get(row.partyId) ?? null) : null;
      if (contacts) _expand.hadKlantcontact = contacts.get(row.contactId) ?? null;
      return { ...json, _expand };
    });
  }

  async betrokkenenById(ids: string[], expand: Expand = NONE): Promise<Map<string, Json>> {
    return byId(await this.betrokkenen(await repo.findBetrokkenen(this.db, unique(ids)), expand));
  }

  // Digitale adressen.

  digitaleAdressen(rows: DigitalAddressRow[]): Json[] {
    for (const row of rows) {
      if (row.customerId) this.shownCustomers.add(row.customerId);
      if (row.partyId) this.shownParties.add(row.partyId);
    }
    return rows.map((row) => presentDigitaalAdres(this.base, row));
  }

  async digitaleAdressenExpanded(rows: DigitalAddressRow[], expand: Expand): Promise<Json[]> {
    const plain = this.digitaleAdressen(rows);
    if (expand.size === 0) return plain;
    const betrokkeneBelow = below(expand, 'verstrektDoorBetrokkene');
    const betrokkenen = betrokkeneBelow ? await this.betrokkenenById(unique(rows.map((r) => r.customerId)), betrokkeneBelow) : undefined;
    return plain.map((json, i) => {
      const row = rows[i]!;
      const _expand: Json = {};
      if (betrokkenen) _expand.verstrektDoorBetrokkene = row.customerId ? (betrokkenen.get(row.customerId) ?? null) : null;
      return { ...json, _expand };
    });
  }

  // Partijen and their identifiers.

  async partijen(rows: PartyRow[], expand: Expand = NONE): Promise<Json[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [betrokkenen, addresses, identifiers] = await Promise.all([
      repo.betrokkenenOfParties(this.db, ids),
      partyDigitalAddresses(this.db, ids),
      partyIdentifierRows(this.db, ids),
    ]);
    const byParty = groupBy(betrokkenen, (b) => b.partyId);
    const addressesOf = groupBy(addresses, (a) => a.partyId!);
    const identificatoren = groupBy(this.identificatoren(identifiers), (i) => (i.identificeerdePartij as { uuid: string }).uuid);
    for (const id of ids) this.shownParties.add(id);
    const addressesBelow = below(expand, 'digitaleAdressen');
    const betrokkenenBelow = below(expand, 'betrokkenen');
    const expandedAddresses = addressesBelow ? byId(this.digitaleAdressen(addresses)) : undefined;
    const expandedBetrokkenen = betrokkenenBelow ? await this.betrokkenenById(betrokkenen.map((b) => b.id), betrokkenenBelow) : undefined;
    return rows.map((party) => {
      const own = addressesOf.get(party.id) ?? [];
      const theirs = byParty.get(party.id) ?? [];
      const json = presentPartij(this.base, party, {
        betrokkenen: theirs.map((b) => b.id),
        addresses: own,
        identificatoren: identificatoren.get(party.id) ?? [],
      });
      if (expand.size === 0) return json;
      const _expand: Json = {};
      if (expandedAddresses) _expand.digitaleAdressen = own.map((a) => expandedAddresses.get(a.id)).filter(Boolean);
      if (expandedBetrokkenen) _expand.betrokkenen = theirs.map((b) => expandedBetrokkenen.get(b.id)).filter(Boolean);
      if (below(expand, 'categorieRelaties')) _expand.categorieRelaties = [];
      return { ...json, _expand };
    });
  }

  async partijenById(ids: string[], expand: Expand = NONE): Promise<Map<string, Json>> {
    return byId(await this.partijen(await findPartiesByIds(this.db, unique(ids)), expand));
  }

  /** Identifiers the API can name (not Helder's own reference); a BSN in the clear, and noted for the audit. */
  identificatoren(rows: IdentifierRow[]): Json[] {
    return rows
      .filter((row) => isApiIdentifierKind(row.idKind))
      .map((row) => {
        let objectId = row.value ?? '';
        if (row.idKind === 'bsn' && row.valueSealed) {
          objectId = this.vault.open(row.valueSealed);
          this.bsnParties.add(row.partyId);
        }
        this.shownParties.add(row.partyId);
        return presentIdentificator(this.base, row, objectId);
      });
  }

  // Actoren.

  async actorMap(ids: string[]): Promise<Map<string, Json>> {
    const found = await repo.findActors(this.db, unique(ids));
    const out = new Map<string, Json>();
    for (const t of found.teams) out.set(t.id, presentTeamActor(this.base, t));
    for (const e of found.employees) out.set(e.id, presentEmployeeActor(this.base, e));
    for (const a of found.externals) out.set(a.id, presentExternalActor(this.base, a));
    return out;
  }

  async actoren(ids: string[]): Promise<Json[]> {
    const map = await this.actorMap(ids);
    return ids.map((id) => map.get(id)).filter((a): a is Json => a !== undefined);
  }

  actorKlantcontacten(rows: repo.ActorLinkRow[]): Json[] {
    return rows.map((row) => presentActorKlantcontact(this.base, row));
  }

  // Interne taken.

  async interneTaken(rows: repo.TaskRow[]): Promise<Json[]> {
    if (rows.length === 0) return [];
    const externals = groupBy(await repo.externalActorsOfTasks(this.db, rows.map((r) => r.id)), (e) => e.requestId);
    for (const row of rows) this.shownCustomers.add(row.customerId);
    return rows.map((row) => presentInterneTaak(this.base, row, (externals.get(row.id) ?? []).map((e) => e.externalActorId)));
  }

  // Onderwerpobjecten and bijlagen.

  onderwerpobjecten(rows: repo.ReferenceRow[]): Json[] {
    return rows.map((row) => presentOnderwerpobject(this.base, row));
  }

  bijlagen(rows: repo.ReferenceRow[]): Json[] {
    return rows.map((row) => presentBijlage(this.base, row));
  }
}

function byId(list: Json[]): Map<string, Json> {
  return new Map(list.map((item) => [item.uuid as string, item]));
}
