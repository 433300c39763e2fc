// What the Klantinteracties API takes: request bodies as the OAS (0.9.0) describes them, with
// Helder's own (sometimes wider) limits, and the filters of every list. Unknown body fields are
// ignored, as Open Klant does (clients send read-only fields back); unknown query parameters are
// refused, as Open Klant does. Messages are Dutch.
import { EMAIL_PATTERN, isValidPhone, localDateSchema, normalisePostcode, optionalName, requiredName, requiredSubject } from '@helder/domain';
import { z } from 'zod';
import { UUID_PATTERN } from '../http/ids.js';

/**
 * Where Helder takes more than Open Klant: KISS users lose text to Open Klant's limits (it cuts the
 * onderwerp at 200 and the inhoud at 1,000 characters). Helder keeps what it keeps for its own
 * registrations, and returns it whole.
 */
export const WIDER_LIMITS = {
  onderwerp: 300,
  inhoud: 10_000,
  reactie: 10_000,
  toelichting: 10_000,
  interneNotitie: 2_000,
  omschrijving: 60,
  voorletters: 20,
  voorvoegselAchternaam: 20,
} as const;

// References to other resources: `{uuid}` or `{url}` (the uuid is the URL's last part).

export function idOfReference(value: { uuid?: string | undefined; url?: string | undefined }): string | undefined {
  if (value.uuid && UUID_PATTERN.test(value.uuid)) return value.uuid.toLowerCase();
  if (!value.uuid && value.url) return idOfUrl(value.url);
  return undefined;
}

/** The uuid at the end of a resource's URL, or undefined. */
export function idOfUrl(url: string): string | undefined {
  const last = url.split('?')[0]!.split('/').filter(Boolean).pop() ?? '';
  return UUID_PATTERN.test(last) ? last.toLowerCase() : undefined;
}

const reference = z
  .object({ uuid: z.string().optional(), url: z.string().max(1000).optional() }, { error: 'Geef een object met de uuid (of de url).' })
  .transform((value, ctx) => {
    const id = idOfReference(value);
    if (!id) {
      ctx.addIssue({ code: 'custom', path: ['uuid'], message: 'Geef een geldige uuid (of de url) van het object.' });
      return z.NEVER;
    }
    return id;
  });

const text = (max: number) => z.string().trim().max(max);
const dateTime = z.iso.datetime({ offset: true, error: 'Dit is geen geldig tijdstip. Schrijf het zo: 2026-12-24T10:30:00Z.' }).transform((v) => new Date(v));

export const addressSchema = z.object({
  nummeraanduidingId: z.string().trim().refine((v) => v === '' || /^\d{16}$/.test(v), { error: 'Een nummeraanduiding-id heeft 16 cijfers.' }).optional(),
  straatnaam: text(255).optional(),
  huisnummer: z.number().int({ error: 'Een huisnummer is een heel getal.' }).min(1).max(99999).nullable().optional(),
  huisnummertoevoeging: text(20).optional(),
  postcode: z.string().trim().refine((v) => v === '' || normalisePostcode(v) !== undefined, { error: 'Dit is geen Nederlandse postcode. Een goed voorbeeld: 8251 AB. Een buitenlands adres schrijft u in de adresregels.' }).optional(),
  stad: text(255).optional(),
  adresregel1: text(80).optional(),
  adresregel2: text(80).optional(),
  adresregel3: text(80).optional(),
  land: z.string().trim().refine((v) => v === '' || /^[A-Za-z]{2}$/.test(v), { error: 'Schrijf het land als code van twee letters, bijvoorbeeld NL.' }).optional(),
});

export const contactnaamSchema = z.object({
  voorletters: optionalName(WIDER_LIMITS.voorletters).optional(),
  voornaam: optionalName(200).optional(),
  voorvoegselAchternaam: optionalName(WIDER_LIMITS.voorvoegselAchternaam).optional(),
  achternaam: optionalName(200).optional(),
});

// Klantcontact.

export const klantcontactBody = z.object({
  kanaal: z.string({ error: 'Vul het kanaal in.' }).trim().min(1, { error: 'Vul het kanaal in.' }).max(50),
  onderwerp: requiredSubject(WIDER_LIMITS.onderwerp, 'Vul het onderwerp in.'),
  inhoud: text(WIDER_LIMITS.inhoud).optional(),
  reactie: text(WIDER_LIMITS.reactie).optional(),
  indicatieContactGelukt: z.boolean().nullable().optional(),
  taal: z.string({ error: 'Vul de taal in, bijvoorbeeld nld.' }).trim().regex(/^[A-Za-z]{2,3}$/, { error: 'Schrijf de taal als code van drie letters, bijvoorbeeld nld.' }),
  vertrouwelijk: z.boolean({ error: 'Geef aan of het contact vertrouwelijk is: true of false.' }),
  plaatsgevondenOp: dateTime.optional(),
});
export type KlantcontactBody = z.infer<typeof klantcontactBody>;

// Betrokkene.

const betrokkeneFields = {
  wasPartij: reference.nullable().optional(),
  bezoekadres: addressSchema.nullable().optional(),
  correspondentieadres: addressSchema.nullable().optional(),
  contactnaam: contactnaamSchema.nullable().optional(),
  rol: z.enum(['klant', 'vertegenwoordiger'], { error: 'Kies de rol: klant of vertegenwoordiger.' }),
  organisatienaam: text(200).optional(),
  initiator: z.boolean({ error: 'Geef aan of de betrokkene het contact begon: true of false.' }),
};
export const betrokkeneBody = z.object({ ...betrokkeneFields, hadKlantcontact: reference });
export type BetrokkeneBody = z.infer<typeof betrokkeneBody>;

// Digitaal adres.

export const digitaalAdresBody = z.object({
  verstrektDoorBetrokkene: reference.nullable().optional(),
  verstrektDoorPartij: reference.nullable().optional(),
  adres: z.string({ error: 'Vul het adres in.' }).trim().min(1, { error: 'Vul het adres in.' }).max(80),
  soortDigitaalAdres: z.enum(['email', 'telefoonnummer', 'overig'], { error: 'Kies het soort adres: email, telefoonnummer of overig.' }),
  isStandaardAdres: z.boolean().optional(),
  omschrijving: text(WIDER_LIMITS.omschrijving).optional(),
  referentie: z.string().trim().max(50).refine((v) => v === '' || /^[-a-zA-Z0-9_]+$/.test(v), { error: 'Een referentie bestaat uit letters, cijfers, - en _.' }).optional(),
  verificatieDatum: localDateSchema.nullable().optional(),
});
export type DigitaalAdresBody = z.infer<typeof digitaalAdresBody>;

/** The address fits its kind: an e-mail address, or a phone number (Dutch or international). */
export function addressProblem(kind: 'email' | 'telefoonnummer' | 'overig', value: string): string | undefined {
  if (kind === 'email' && !EMAIL_PATTERN.test(value)) return 'Dit is geen geldig e-mailadres. Een goed voorbeeld: naam@voorbeeld.nl.';
  if (kind === 'telefoonnummer' && !isValidPhone(value)) return 'Dit is geen geldig telefoonnummer. Een goed voorbeeld: 0612345678 of +31612345678.';
  return undefined;
}

// Partij and partij-identificator.

export const identificatorGroupSchema = z.object({
  codeObjecttype: z.enum(['natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging'], { error: 'Kies natuurlijk_persoon, niet_natuurlijk_persoon of vestiging.' }),
  codeSoortObjectId: z.enum(['bsn', 'vestigingsnummer', 'kvk_nummer', 'rsin'], { error: 'Kies bsn, vestigingsnummer, kvk_nummer of rsin.' }),
  objectId: z.string({ error: 'Vul het nummer in.' }).trim().min(1, { error: 'Vul het nummer in.' }).max(200),
  codeRegister: z.enum(['brp', 'hr'], { error: 'Kies het register: brp of hr.' }),
});
export type IdentificatorGroup = z.infer<typeof identificatorGroupSchema>;

export const partijIdentificatorBody = z.object({
  identificeerdePartij: reference.nullable().optional(),
  partijIdentificator: identificatorGroupSchema,
  subIdentificatorVan: reference.nullable().optional(),
});
export type PartijIdentificatorBody = z.infer<typeof partijIdentificatorBody>;

export const partijBody = z.object({
  soortPartij: z.enum(['persoon', 'organisatie', 'contactpersoon'], { error: 'Kies het soort partij: persoon, organisatie of contactpersoon.' }),
  interneNotitie: text(WIDER_LIMITS.interneNotitie).optional(),
  digitaleAdressen: z.array(reference).max(100).nullable().optional(),
  voorkeursDigitaalAdres: reference.nullable().optional(),
  rekeningnummers: z.array(z.unknown()).nullable().optional(),
  voorkeursRekeningnummer: z.unknown().optional(),
  partijIdentificatoren: z
    .array(z.object({ uuid: z.string().optional(), partijIdentificator: identificatorGroupSchema, subIdentificatorVan: reference.nullable().optional() }))
    .max(20)
    .nullable()
    .optional(),
  indicatieGeheimhouding: z.boolean().nullable().optional(),
  voorkeurstaal: z.string().trim().refine((v) => v === '' || /^[A-Za-z]{3}$/.test(v), { error: 'Schrijf de taal als code van drie letters, bijvoorbeeld nld.' }).optional(),
  indicatieActief: z.boolean({ error: 'Geef aan of de partij actief is: true of false.' }),
  bezoekadres: addressSchema.nullable().optional(),
  correspondentieadres: addressSchema.nullable().optional(),
  partijIdentificatie: z
    .object({
      contactnaam: contactnaamSchema.nullable().optional(),
      naam: text(200).optional(),
      werkteVoorPartij: reference.nullable().optional(),
    })
    .nullable()
    .optional(),
});
export type PartijBody = z.infer<typeof partijBody>;

// Actor and actorklantcontact.

const identificatorFields = {
  objectId: text(200).optional(),
  codeObjecttype: text(200).optional(),
  codeRegister: text(200).optional(),
  codeSoortObjectId: text(200).optional(),
};

export const actorBody = z.object({
  naam: requiredName(200, 'Vul de naam van de actor in.'),
  soortActor: z.enum(['medewerker', 'geautomatiseerde_actor', 'organisatorische_eenheid'], { error: 'Kies medewerker, geautomatiseerde_actor of organisatorische_eenheid.' }),
  indicatieActief: z.boolean().optional(),
  actoridentificator: z.object(identificatorFields).nullable().optional(),
  actorIdentificatie: z
    .object({
      functie: text(40).optional(),
      omschrijving: text(200).optional(),
      emailadres: z.string().trim().max(254).refine((v) => v === '' || EMAIL_PATTERN.test(v), { error: 'Dit is geen geldig e-mailadres.' }).optional(),
      telefoonnummer: text(20).optional(),
      faxnummer: text(20).optional(),
    })
    .nullable()
    .optional(),
});
export type ActorBody = z.infer<typeof actorBody>;

export const actorKlantcontactBody = z.object({ actor: reference, klantcontact: reference });
export type ActorKlantcontactBody = z.infer<typeof actorKlantcontactBody>;

// Interne taak.

export const interneTaakBody = z.object({
  gevraagdeHandeling: z.string({ error: 'Vul in wat er moet gebeuren (gevraagdeHandeling).' }).trim().min(1, { error: 'Vul in wat er moet gebeuren (gevraagdeHandeling).' }).max(200),
  aanleidinggevendKlantcontact: reference,
  toegewezenAanActor: reference.optional(),
  toegewezenAanActoren: z.array(reference).max(10).optional(),
  toelichting: text(WIDER_LIMITS.toelichting).optional(),
  status: z.enum(['te_verwerken', 'verwerkt'], { error: 'Kies de status: te_verwerken of verwerkt.' }),
  afgehandeldOp: dateTime.nullable().optional(),
});
export type InterneTaakBody = z.infer<typeof interneTaakBody>;

// Onderwerpobject and bijlage.

const objectIdentificator = z.object(identificatorFields);

export const onderwerpobjectBody = z.object({
  klantcontact: reference.nullable().optional(),
  wasKlantcontact: reference.nullable().optional(),
  onderwerpobjectidentificator: objectIdentificator.nullable().optional(),
});
export type OnderwerpobjectBody = z.infer<typeof onderwerpobjectBody>;

export const bijlageBody = z.object({
  wasBijlageVanKlantcontact: reference.nullable().optional(),
  bijlageidentificator: objectIdentificator.nullable().optional(),
});
export type BijlageBody = z.infer<typeof bijlageBody>;

export const maakKlantcontactBody = z.object({
  klantcontact: klantcontactBody,
  betrokkene: z.object(betrokkeneFields).optional(),
  onderwerpobject: onderwerpobjectBody.omit({ klantcontact: true }).optional(),
});
export type MaakKlantcontactBody = z.infer<typeof maakKlantcontactBody>;

// Query parameters.

const unknownParameters = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? `Onbekende query parameters: ${(issue.keys ?? []).join(', ')}.` : undefined;

/** A list's or a resource's parameters: all optional, anything else refused. */
function query<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject({ ...shape, page: z.string().optional(), pageSize: z.string().optional() }, { error: unknownParameters });
}

const q = {
  text: z.string().max(1000).optional(),
  uuid: z.uuid({ error: 'Dit is geen geldige uuid.' }).optional(),
  url: z.string().max(1000).refine((v) => idOfUrl(v) !== undefined, { error: 'Dit is geen geldige url van een object in deze API.' }).transform((v) => idOfUrl(v)!).optional(),
  bool: z.enum(['true', 'false', 'True', 'False', '1', '0'], { error: 'Gebruik true of false.' }).transform((v) => v === 'true' || v === 'True' || v === '1').optional(),
  date: localDateSchema.optional(),
  dateTime: z.string().refine((v) => !Number.isNaN(Date.parse(v)), { error: 'Dit is geen geldig tijdstip.' }).transform((v) => new Date(v)).optional(),
};

/** `expand=a,b`: only the names the OAS lists for this resource; empty means none. */
function expand(names: readonly string[]) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const wanted = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = wanted.filter((w) => !names.includes(w));
      if (unknown.length) {
        ctx.addIssue({ code: 'custom', message: `Deze uitbreiding kennen we niet: ${unknown.join(', ')}. Kies uit: ${names.join(', ')}.` });
        return z.NEVER;
      }
      return new Set(wanted);
    });
}

export const EXPAND = {
  klantcontacten: ['gingOverOnderwerpobjecten', 'hadBetrokkenen', 'hadBetrokkenen.digitaleAdressen', 'hadBetrokkenen.wasPartij', 'leiddeTotInterneTaken', 'omvatteBijlagen'],
  betrokkenen: ['digitaleAdressen'],
  digitaleadressen: ['verstrektDoorBetrokkene', 'verstrektDoorBetrokkene.hadKlantcontact', 'verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken'],
  partijen: ['betrokkenen', 'betrokkenen.hadKlantcontact', 'categorieRelaties', 'digitaleAdressen'],
} as const;


export const klantcontactenQuery = query({
  expand: expand(EXPAND.klantcontacten),
  hadBetrokkene__digitaaladres__adres__icontains: q.text,
  hadBetrokkene__url: q.url,
  hadBetrokkene__uuid: q.uuid,
  hadBetrokkene__wasPartij: q.bool,
  hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype: q.text,
  hadBetrokkene__wasPartij__partijIdentificator__codeRegister: q.text,
  hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId: q.text,
  hadBetrokkene__wasPartij__partijIdentificator__objectId: q.text,
  hadBetrokkene__wasPartij__url: q.url,
  hadBetrokkene__wasPartij__uuid: q.uuid,
  indicatieContactGelukt: q.bool,
  inhoud: q.text,
  kanaal: q.text,
  leiddeTotInterneTaken: q.bool,
  nummer: q.text,
  onderwerp: q.text,
  onderwerpobject__onderwerpobjectidentificatorCodeObjecttype: q.text,
  onderwerpobject__onderwerpobjectidentificatorCodeRegister: q.text,
  onderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId: q.text,
  onderwerpobject__onderwerpobjectidentificatorObjectId: q.text,
  onderwerpobject__url: q.url,
  onderwerpobject__uuid: q.uuid,
  plaatsgevondenOp: q.dateTime,
  reactie: q.text,
  referentienummer: q.text,
  vertrouwelijk: q.bool,
  wasOnderwerpobject__onderwerpobjectidentificatorCodeObjecttype: q.text,
  wasOnderwerpobject__onderwerpobjectidentificatorCodeRegister: q.text,
  wasOnderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId: q.text,
  wasOnderwerpobject__onderwerpobjectidentificatorObjectId: q.text,
  wasOnderwerpobject__url: q.url,
  wasOnderwerpobject__uuid: q.uuid,
});
export type KlantcontactenQuery = z.infer<typeof klantcontactenQuery>;

export const betrokkenenQuery = query({
  contactnaamAchternaam: q.text,
  contactnaamVoorletters: q.text,
  contactnaamVoornaam: q.text,
  contactnaamVoorvoegselAchternaam: q.text,
  expand: expand(EXPAND.betrokkenen),
  hadKlantcontact__nummer: q.text,
  hadKlantcontact__referentienummer: q.text,
  hadKlantcontact__url: q.url,
  hadKlantcontact__uuid: q.uuid,
  organisatienaam: q.text,
  verstrektedigitaalAdres__adres: q.text,
  verstrektedigitaalAdres__url: q.url,
  verstrektedigitaalAdres__uuid: q.uuid,
  wasPartij__nummer: q.text,
  wasPartij__partijIdentificator__codeObjecttype: q.text,
  wasPartij__partijIdentificator__codeRegister: q.text,
  wasPartij__partijIdentificator__codeSoortObjectId: q.text,
  wasPartij__partijIdentificator__objectId: q.text,
  wasPartij__url: q.url,
  wasPartij__uuid: q.uuid,
});
export type BetrokkenenQuery = z.infer<typeof betrokkenenQuery>;

export const digitaleAdressenQuery = query({
  adres: q.text,
  adres__icontains: q.text,
  expand: expand(EXPAND.digitaleadressen),
  isGeverifieerd: q.bool,
  isStandaardAdres: q.bool,
  omschrijving: q.text,
  referentie: q.text,
  soortDigitaalAdres: z.enum(['email', 'overig', 'telefoonnummer'], { error: 'Kies email, telefoonnummer of overig.' }).optional(),
  verificatieDatum: q.date,
  verificatieDatum__gt: q.date,
  verificatieDatum__gte: q.date,
  verificatieDatum__lt: q.date,
  verificatieDatum__lte: q.date,
  verstrektDoorBetrokkene__rol: z.enum(['klant', 'vertegenwoordiger'], { error: 'Kies klant of vertegenwoordiger.' }).optional(),
  verstrektDoorBetrokkene__url: q.url,
  verstrektDoorBetrokkene__uuid: q.uuid,
  verstrektDoorPartij__partijIdentificator__codeObjecttype: q.text,
  verstrektDoorPartij__partijIdentificator__codeRegister: q.text,
  verstrektDoorPartij__partijIdentificator__codeSoortObjectId: q.text,
  verstrektDoorPartij__partijIdentificator__objectId: q.text,
  verstrektDoorPartij__soortPartij: z.enum(['contactpersoon', 'organisatie', 'persoon'], { error: 'Kies persoon, organisatie of contactpersoon.' }).optional(),
  verstrektDoorPartij__url: q.url,
  verstrektDoorPartij__uuid: q.uuid,
});
export type DigitaleAdressenQuery = z.infer<typeof digitaleAdressenQuery>;

export const partijenQuery = query({
  bezoekadresAdresregel1: q.text,
  bezoekadresAdresregel2: q.text,
  bezoekadresAdresregel3: q.text,
  bezoekadresLand: q.text,
  bezoekadresNummeraanduidingId: q.text,
  categorierelatie__categorie__naam: q.text,
  correspondentieadresAdresregel1: q.text,
  correspondentieadresAdresregel2: q.text,
  correspondentieadresAdresregel3: q.text,
  correspondentieadresLand: q.text,
  correspondentieadresNummeraanduidingId: q.text,
  expand: expand(EXPAND.partijen),
  indicatieActief: q.bool,
  indicatieGeheimhouding: q.bool,
  nummer: q.text,
  partijIdentificator__codeObjecttype: q.text,
  partijIdentificator__codeRegister: q.text,
  partijIdentificator__codeSoortObjectId: q.text,
  partijIdentificator__objectId: q.text,
  soortPartij: z.enum(['contactpersoon', 'organisatie', 'persoon'], { error: 'Kies persoon, organisatie of contactpersoon.' }).optional(),
  subIdentificatorVan__codeObjecttype: q.text,
  subIdentificatorVan__codeRegister: q.text,
  subIdentificatorVan__codeSoortObjectId: q.text,
  subIdentificatorVan__objectId: q.text,
  vertegenwoordigdePartij__url: q.url,
  vertegenwoordigdePartij__uuid: q.uuid,
});
export type PartijenQuery = z.infer<typeof partijenQuery>;

export const partijIdentificatorenQuery = query({
  anderePartijIdentificator: q.text,
  partijIdentificatorCodeObjecttype: z.enum(['natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging'], { error: 'Kies natuurlijk_persoon, niet_natuurlijk_persoon of vestiging.' }).optional(),
  partijIdentificatorCodeRegister: z.enum(['brp', 'hr'], { error: 'Kies brp of hr.' }).optional(),
  partijIdentificatorCodeSoortObjectId: z.enum(['bsn', 'kvk_nummer', 'rsin', 'vestigingsnummer'], { error: 'Kies bsn, kvk_nummer, rsin of vestigingsnummer.' }).optional(),
  partijIdentificatorObjectId: q.text,
});
export type PartijIdentificatorenQuery = z.infer<typeof partijIdentificatorenQuery>;

export const actorenQuery = query({
  actoridentificatorCodeObjecttype: q.text,
  actoridentificatorCodeRegister: q.text,
  actoridentificatorCodeSoortObjectId: q.text,
  actoridentificatorObjectId: q.text,
  indicatieActief: q.bool,
  naam: q.text,
  soortActor: z.enum(['geautomatiseerde_actor', 'medewerker', 'organisatorische_eenheid'], { error: 'Kies medewerker, geautomatiseerde_actor of organisatorische_eenheid.' }).optional(),
});
export type ActorenQuery = z.infer<typeof actorenQuery>;

export const actorKlantcontactenQuery = query({
  actor__url: q.url,
  actor__uuid: q.uuid,
  klantcontact__url: q.url,
  klantcontact__uuid: q.uuid,
});
export type ActorKlantcontactenQuery = z.infer<typeof actorKlantcontactenQuery>;

export const internetakenQuery = query({
  aanleidinggevendKlantcontact__url: q.url,
  aanleidinggevendKlantcontact__uuid: q.uuid,
  actoren__naam: q.text,
  klantcontact__nummer: q.text,
  klantcontact__referentienummer: q.text,
  klantcontact__uuid: q.uuid,
  nummer: q.text,
  referentienummer: q.text,
  status: z.enum(['te_verwerken', 'verwerkt'], { error: 'Kies te_verwerken of verwerkt.' }).optional(),
  toegewezenAanActor__url: q.url,
  toegewezenAanActor__uuid: q.uuid,
  toegewezenOp: q.dateTime,
});
export type InternetakenQuery = z.infer<typeof internetakenQuery>;

export const onderwerpobjectenQuery = query({
  klantcontact__url: q.url,
  klantcontact__uuid: q.uuid,
  onderwerpobjectidentificatorCodeObjecttype: q.text,
  onderwerpobjectidentificatorCodeRegister: q.text,
  onderwerpobjectidentificatorCodeSoortObjectId: q.text,
  onderwerpobjectidentificatorObjectId: q.text,
  wasKlantcontact__url: q.url,
  wasKlantcontact__uuid: q.uuid,
});
export type OnderwerpobjectenQuery = z.infer<typeof onderwerpobjectenQuery>;

export const bijlagenQuery = query({
  bijlageidentificatorCodeObjecttype: q.text,
  bijlageidentificatorCodeRegister: q.text,
  bijlageidentificatorCodeSoortObjectId: q.text,
  bijlageidentificatorObjectId: q.text,
  klantcontact__uuid: q.uuid,
});
export type BijlagenQuery = z.infer<typeof bijlagenQuery>;

/** The parameters of one resource: `expand` where the OAS has it, nothing else. */
export const detailQuery = (names: readonly string[]) => z.strictObject({ expand: expand(names) }, { error: unknownParameters });
export const noQuery = z.strictObject({}, { error: unknownParameters });

export const onderwerpobjectDeleteQuery = z.strictObject({ cascade: q.bool }, { error: unknownParameters });

export const uuidParams = z.object({ uuid: z.string() });
