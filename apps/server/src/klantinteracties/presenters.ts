// The JSON the Klantinteracties API answers with, built from Helder's rows. Pure: what related
// rows a resource lists is loaded beforehand (see graph.ts). Fields Helder does not hold are left
// out (they are optional in the OAS) rather than invented; docs/klantinteracties.md lists them.
import { REPLY_CHANNEL_LABELS, type Channel } from '@helder/domain';
import type { DigitalAddressRow, IdentifierRow, PartyRow } from '../parties/repository.js';
import {
  apiAddressOf,
  contactnaamOf,
  fullNameOf,
  KANAAL_OF,
  registrarLinkId,
  SOORT_DIGITAAL_ADRES,
  soortPartijOf,
  taakStatusOf,
  type NameParts,
} from './mapping.js';
import type { BetrokkeneRow, ContactRow, EmployeeActorRow, ExternalActorRow, ReferenceRow, TaskRow, TeamActorRow } from './repository.js';

export const API_PATH = '/klantinteracties/api/v1';

export type Json = Record<string, unknown>;
export interface ForeignKey {
  uuid: string;
  url: string;
}

export type Resource =
  | 'klantcontacten'
  | 'betrokkenen'
  | 'partijen'
  | 'partij-identificatoren'
  | 'digitaleadressen'
  | 'actoren'
  | 'actorklantcontacten'
  | 'internetaken'
  | 'onderwerpobjecten'
  | 'bijlagen';

/** `{uuid, url}` of a resource, the URL absolute under the API's base. */
export function fk(base: string, resource: Resource, id: string): ForeignKey {
  return { uuid: id, url: `${base}/${resource}/${id}` };
}

export function fkOrNull(base: string, resource: Resource, id: string | null | undefined): ForeignKey | null {
  return id ? fk(base, resource, id) : null;
}

/** `{count, next, previous, results}` with absolute links to the neighbouring pages (same filters). */
export function paginated(results: unknown[], total: number, page: number, pageSize: number, selfUrl: URL) {
  const link = (n: number) => {
    const url = new URL(selfUrl);
    if (n === 1) url.searchParams.delete('page');
    else url.searchParams.set('page', String(n));
    return url.toString();
  };
  return {
    count: total,
    next: page * pageSize < total ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results,
  };
}

// Klantcontact.

export function presentKlantcontact(
  base: string,
  row: ContactRow,
  links: { betrokkenen: string[]; tasks: string[]; subjects: string[]; attachments: string[] },
  actors: Json[],
): Json {
  return {
    uuid: row.id,
    url: `${base}/klantcontacten/${row.id}`,
    gingOverOnderwerpobjecten: links.subjects.map((id) => fk(base, 'onderwerpobjecten', id)),
    hadBetrokkenActoren: actors,
    omvatteBijlagen: links.attachments.map((id) => fk(base, 'bijlagen', id)),
    hadBetrokkenen: links.betrokkenen.map((id) => fk(base, 'betrokkenen', id)),
    leiddeTotInterneTaken: links.tasks.map((id) => fk(base, 'internetaken', id)),
    nummer: String(row.number),
    referentienummer: `K-${row.number}`,
    kanaal: KANAAL_OF[row.channel as Channel] ?? row.channel,
    onderwerp: row.subject,
    inhoud: row.summary ?? '',
    reactie: row.answer ?? '',
    indicatieContactGelukt: row.reached,
    taal: row.language,
    vertrouwelijk: row.confidential,
    plaatsgevondenOp: row.occurredAt.toISOString(),
  };
}

// Betrokkene.

export function presentBetrokkene(base: string, row: BetrokkeneRow, addressIds: string[]): Json {
  const parts = row.nameParts as NameParts | null;
  return {
    uuid: row.id,
    url: `${base}/betrokkenen/${row.id}`,
    wasPartij: fkOrNull(base, 'partijen', row.partyId),
    hadKlantcontact: fk(base, 'klantcontacten', row.contactId),
    digitaleAdressen: addressIds.map((id) => fk(base, 'digitaleadressen', id)),
    bezoekadres: apiAddressOf(row.visitAddress),
    correspondentieadres: apiAddressOf(row.correspondenceAddress),
    contactnaam: contactnaamOf(parts),
    volledigeNaam: row.name ?? (fullNameOf(parts) || ''),
    rol: row.role,
    organisatienaam: row.organisationName ?? '',
    initiator: row.initiator,
  };
}

// Digitaal adres.

export function presentDigitaalAdres(base: string, row: DigitalAddressRow): Json {
  return {
    uuid: row.id,
    url: `${base}/digitaleadressen/${row.id}`,
    verstrektDoorBetrokkene: fkOrNull(base, 'betrokkenen', row.customerId),
    verstrektDoorPartij: fkOrNull(base, 'partijen', row.partyId),
    adres: row.value,
    soortDigitaalAdres: SOORT_DIGITAAL_ADRES[row.kind as keyof typeof SOORT_DIGITAAL_ADRES],
    isStandaardAdres: row.isDefault,
    omschrijving: row.label ?? '',
    ...(row.reference ? { referentie: row.reference } : {}),
    verificatieDatum: row.verifiedOn,
  };
}

// Partij and partij-identificator.

export function presentIdentificator(base: string, row: IdentifierRow, objectId: string): Json {
  return {
    uuid: row.id,
    url: `${base}/partij-identificatoren/${row.id}`,
    identificeerdePartij: fkOrNull(base, 'partijen', row.partyId),
    partijIdentificator: {
      codeObjecttype: row.objectType,
      codeSoortObjectId: row.idKind,
      objectId,
      codeRegister: row.register,
    },
    subIdentificatorVan: fkOrNull(base, 'partij-identificatoren', row.subOfId),
  };
}

function partyNameParts(p: PartyRow): NameParts {
  return { initials: p.initials, firstName: p.firstName, surnamePrefix: p.surnamePrefix, surname: p.surname };
}

/**
 * The Helder party as the API's partij. There is one preferred address in the API and one default
 * per kind in Helder: the default e-mail address, or else the default phone number, is preferred.
 */
export function presentPartij(
  base: string,
  party: PartyRow,
  related: { betrokkenen: string[]; addresses: DigitalAddressRow[]; identificatoren: Json[] },
): Json {
  const soort = soortPartijOf(party);
  const preferred = related.addresses.find((a) => a.isDefault && a.kind === 'email') ?? related.addresses.find((a) => a.isDefault && a.kind === 'phone');
  const parts = partyNameParts(party);
  const identificatie =
    soort === 'organisatie'
      ? { naam: party.name }
      : soort === 'persoon'
        ? { contactnaam: contactnaamOf(parts), volledigeNaam: fullNameOf(parts) || party.name }
        : {
            uuid: party.id,
            werkteVoorPartij: fkOrNull(base, 'partijen', party.worksForPartyId),
            contactnaam: contactnaamOf(parts),
            volledigeNaam: fullNameOf(parts) || party.name,
          };
  return {
    uuid: party.id,
    url: `${base}/partijen/${party.id}`,
    nummer: String(party.number),
    interneNotitie: party.internalNote ?? '',
    betrokkenen: related.betrokkenen.map((id) => fk(base, 'betrokkenen', id)),
    categorieRelaties: [],
    digitaleAdressen: related.addresses.map((a) => fk(base, 'digitaleadressen', a.id)),
    voorkeursDigitaalAdres: preferred ? fk(base, 'digitaleadressen', preferred.id) : null,
    vertegenwoordigden: [],
    rekeningnummers: [],
    voorkeursRekeningnummer: null,
    partijIdentificatoren: related.identificatoren,
    soortPartij: soort,
    indicatieGeheimhouding: party.confidential,
    voorkeurstaal: party.preferredLanguage ?? '',
    indicatieActief: party.active,
    bezoekadres: apiAddressOf(party.visitAddress),
    correspondentieadres: apiAddressOf(party.correspondenceAddress),
    partijIdentificatie: identificatie,
  };
}

// Actoren.

/** A Helder team: organisatorische eenheid, found by its name. */
export function presentTeamActor(base: string, team: TeamActorRow): Json {
  return {
    uuid: team.id,
    url: `${base}/actoren/${team.id}`,
    naam: team.name,
    soortActor: 'organisatorische_eenheid',
    indicatieActief: team.active,
    actoridentificator: { objectId: team.name, codeObjecttype: 'afd', codeRegister: 'helder', codeSoortObjectId: 'naam' },
    actorIdentificatie: { omschrijving: (team.description ?? team.name).slice(0, 200) },
  };
}

/**
 * A Helder employee: medewerker, identified by e-mail address as KISS looks its users up
 * (codeRegister `handmatig`, codeSoortObjectId `email`). `actorIdentificatie` is left out: the OAS
 * requires a telephone number there, and Helder keeps none for employees.
 */
export function presentEmployeeActor(base: string, employee: EmployeeActorRow): Json {
  return {
    uuid: employee.id,
    url: `${base}/actoren/${employee.id}`,
    naam: employee.name,
    soortActor: 'medewerker',
    indicatieActief: employee.active,
    actoridentificator: { objectId: employee.email, codeObjecttype: 'mdw', codeRegister: 'handmatig', codeSoortObjectId: 'email' },
  };
}

/** An actor made through the API: what was sent, kept as given. */
export function presentExternalActor(base: string, actor: ExternalActorRow): Json {
  const details = (actor.details ?? {}) as Record<string, string | undefined>;
  const identifier = actor.identifier as Record<string, string> | null;
  const pick = (...keys: string[]) => Object.fromEntries(keys.filter((k) => details[k]).map((k) => [k, details[k]]));
  let identificatie: Json | undefined;
  if (actor.kind === 'medewerker' && details.functie && details.telefoonnummer) identificatie = pick('functie', 'emailadres', 'telefoonnummer');
  if (actor.kind === 'geautomatiseerde_actor' && details.functie) identificatie = pick('functie', 'omschrijving');
  if (actor.kind === 'organisatorische_eenheid') identificatie = pick('omschrijving', 'emailadres', 'faxnummer', 'telefoonnummer');
  return {
    uuid: actor.id,
    url: `${base}/actoren/${actor.id}`,
    naam: actor.name,
    soortActor: actor.kind,
    indicatieActief: actor.active,
    actoridentificator: identifier
      ? {
          objectId: identifier.objectId ?? '',
          codeObjecttype: identifier.codeObjecttype ?? '',
          codeRegister: identifier.codeRegister ?? '',
          codeSoortObjectId: identifier.codeSoortObjectId ?? '',
        }
      : null,
    ...(identificatie ? { actorIdentificatie: identificatie } : {}),
  };
}

export function presentActorKlantcontact(base: string, link: { source: 'row' | 'registrar'; id: string; contactId: string; actorId: string }): Json {
  const id = link.source === 'registrar' ? registrarLinkId(link.contactId) : link.id;
  return {
    uuid: id,
    url: `${base}/actorklantcontacten/${id}`,
    actor: fk(base, 'actoren', link.actorId),
    klantcontact: fk(base, 'klantcontacten', link.contactId),
  };
}

// Interne taak.

/** What must be done: as given through the API, or (made in Helder) how the resident wants to be answered. */
export function requestedActionOf(task: TaskRow): string {
  if (task.requestedAction) return task.requestedAction;
  return task.replyBy === 'phone' || task.replyBy === 'email' ? REPLY_CHANNEL_LABELS[task.replyBy] : 'Contact opnemen met betrokkene';
}

/**
 * A callback request as an interne taak. It is assigned to its team first, then to the colleague
 * who holds it, then to any external actors named through the API. A cancelled request has nothing
 * left to do: `verwerkt`, handled at the moment it was cancelled.
 */
export function presentInterneTaak(base: string, task: TaskRow, externalActorIds: string[]): Json {
  const actors = [task.teamId, ...(task.assigneeId ? [task.assigneeId] : []), ...externalActorIds].map((id) => fk(base, 'actoren', id));
  const status = taakStatusOf(task.status);
  const handledAt = task.completedAt ?? (task.status === 'cancelled' ? task.updatedAt : null);
  return {
    uuid: task.id,
    url: `${base}/internetaken/${task.id}`,
    nummer: String(task.number),
    referentienummer: `TB-${task.number}`,
    gevraagdeHandeling: requestedActionOf(task).slice(0, 200),
    aanleidinggevendKlantcontact: fk(base, 'klantcontacten', task.contactId!),
    toegewezenAanActor: actors[0],
    toegewezenAanActoren: actors,
    toelichting: task.question,
    status,
    toegewezenOp: task.createdAt.toISOString(),
    afgehandeldOp: status === 'verwerkt' && handledAt ? handledAt.toISOString() : null,
  };
}

// Onderwerpobject and bijlage.

function identificatorOf(row: ReferenceRow): Json | null {
  if (row.objectId === null && row.objectType === null && row.register === null && row.idKind === null) return null;
  return { objectId: row.objectId ?? '', codeObjecttype: row.objectType ?? '', codeRegister: row.register ?? '', codeSoortObjectId: row.idKind ?? '' };
}

export function presentOnderwerpobject(base: string, row: ReferenceRow): Json {
  return {
    uuid: row.id,
    url: `${base}/onderwerpobjecten/${row.id}`,
    klantcontact: fkOrNull(base, 'klantcontacten', row.contactId),
    wasKlantcontact: fkOrNull(base, 'klantcontacten', row.wasContactId),
    onderwerpobjectidentificator: identificatorOf(row),
  };
}

export function presentBijlage(base: string, row: ReferenceRow): Json {
  return {
    uuid: row.id,
    url: `${base}/bijlagen/${row.id}`,
    wasBijlageVanKlantcontact: fkOrNull(base, 'klantcontacten', row.contactId),
    bijlageidentificator: identificatorOf(row),
  };
}
