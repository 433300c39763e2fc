// How Helder's own words map onto the Klantinteracties API's and back: channels (kanaal), kinds of
// parties and digital addresses, task states, addresses, references and a few derived ids. Pure.
import { type Channel, type CallbackStatus, normalisePostcode } from '@helder/domain';
import { cleanAddress, type StoredAddress } from '../parties/fields.js';

// Channels.

/** The word the API answers for each Helder channel (and the first accepted spelling). */
export const KANAAL_OF: Record<Channel, string> = {
  phone: 'telefoon',
  email: 'e-mail',
  counter: 'balie',
  contact_form: 'contactformulier',
  chat: 'chat',
  social_media: 'social media',
  letter: 'brief',
  home_visit: 'huisbezoek',
};

/**
 * Spellings accepted for `kanaal`, compared without case, accents, spaces, hyphens, dots and
 * underscores ("E-mail", "e mail" and "EMAIL" are one). Client systems let each municipality name
 * its channels, so the common Dutch and English names are accepted; anything else answers 400.
 */
const KANAAL_SPELLINGS: Record<Channel, string[]> = {
  phone: ['telefoon', 'telefonisch', 'telefoongesprek', 'tel', 'phone', 'telephone'],
  email: ['email', 'mail', 'emailbericht'],
  counter: ['balie', 'loket', 'baliebezoek', 'counter'],
  contact_form: ['contactformulier', 'webformulier', 'formulier', 'contactform', 'webform'],
  chat: ['chat', 'livechat', 'webchat'],
  social_media: ['socialmedia', 'socialemedia', 'twitter', 'facebook', 'instagram', 'linkedin'],
  letter: ['brief', 'post', 'letter'],
  home_visit: ['huisbezoek', 'bezoekaanhuis', 'homevisit'],
};

const CHANNEL_OF_SPELLING = new Map<string, Channel>(
  (Object.entries(KANAAL_SPELLINGS) as [Channel, string[]][]).flatMap(([channel, words]) => words.map((w) => [w, channel] as const)),
);

function spellingKey(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s\-_./]+/g, '');
}

export function channelOfKanaal(kanaal: string): Channel | undefined {
  return CHANNEL_OF_SPELLING.get(spellingKey(kanaal));
}

export const KANAAL_MESSAGE = `Dit kanaal kent Helder niet. Kies een van deze kanalen: ${Object.values(KANAAL_OF).join(', ')}.`;

// Kinds.

export const SOORT_DIGITAAL_ADRES = { email: 'email', phone: 'telefoonnummer', other: 'overig' } as const;
export type SoortDigitaalAdres = (typeof SOORT_DIGITAAL_ADRES)[keyof typeof SOORT_DIGITAAL_ADRES];
export const KIND_OF_SOORT: Record<SoortDigitaalAdres, 'email' | 'phone' | 'other'> = { email: 'email', telefoonnummer: 'phone', overig: 'other' };

export type SoortPartij = 'persoon' | 'organisatie' | 'contactpersoon';

/** resident → persoon (contactpersoon when they work for an organisation); business and institution → organisatie. */
export function soortPartijOf(party: { kind: string; worksForPartyId: string | null }): SoortPartij {
  if (party.kind === 'resident') return party.worksForPartyId ? 'contactpersoon' : 'persoon';
  return 'organisatie';
}

/**
 * The Helder kind for a soortPartij. An organisation is a business, unless it already is an
 * institution (set in Helder's own screens): the API cannot tell the two apart, so it keeps it.
 */
export function partyKindOf(soort: SoortPartij, existingKind?: string): 'resident' | 'business' | 'institution' {
  if (soort !== 'organisatie') return 'resident';
  return existingKind === 'institution' ? 'institution' : 'business';
}

/** Open and in progress are still to be done; done and cancelled are processed (nothing left to do). */
export function taakStatusOf(status: string): 'te_verwerken' | 'verwerkt' {
  return status === 'open' || status === 'in_progress' ? 'te_verwerken' : 'verwerkt';
}

export function callbackStatusesOf(status: 'te_verwerken' | 'verwerkt'): CallbackStatus[] {
  return status === 'te_verwerken' ? ['open', 'in_progress'] : ['done', 'cancelled'];
}

// Identifiers (partijIdentificator).

export const IDENTIFIER_KINDS = {
  bsn: { objectType: 'natuurlijk_persoon', register: 'brp' },
  kvk_nummer: { objectType: 'niet_natuurlijk_persoon', register: 'hr' },
  rsin: { objectType: 'niet_natuurlijk_persoon', register: 'hr' },
  vestigingsnummer: { objectType: 'vestiging', register: 'hr' },
} as const;
export type IdentifierKind = keyof typeof IDENTIFIER_KINDS;

export function isApiIdentifierKind(kind: string): kind is IdentifierKind {
  return kind in IDENTIFIER_KINDS;
}

// Addresses.

/** Bezoekadres / correspondentieadres as the API writes them. */
export interface ApiAddress {
  nummeraanduidingId?: string | undefined;
  straatnaam?: string | undefined;
  huisnummer?: number | null | undefined;
  huisnummertoevoeging?: string | undefined;
  postcode?: string | undefined;
  stad?: string | undefined;
  adresregel1?: string | undefined;
  adresregel2?: string | undefined;
  adresregel3?: string | undefined;
  land?: string | undefined;
}

export function storedAddressOf(address: ApiAddress | null | undefined): StoredAddress | null {
  if (!address) return null;
  return cleanAddress({
    street: address.straatnaam,
    houseNumber: address.huisnummer ?? undefined,
    houseNumberSuffix: address.huisnummertoevoeging,
    postcode: address.postcode,
    city: address.stad,
    country: address.land,
    bagId: address.nummeraanduidingId,
    lines: [address.adresregel1, address.adresregel2, address.adresregel3].filter((l): l is string => Boolean(l && l.trim())),
  } as StoredAddress);
}

/** Only the parts that hold something: an empty postcode or country would break the API's patterns. */
export function apiAddressOf(stored: unknown): ApiAddress | null {
  if (!stored || typeof stored !== 'object') return null;
  const s = stored as StoredAddress;
  const out: ApiAddress = {};
  if (s.bagId && /^\d{16}$/.test(s.bagId)) out.nummeraanduidingId = s.bagId;
  if (s.street) out.straatnaam = s.street;
  if (s.houseNumber) out.huisnummer = s.houseNumber;
  if (s.houseNumberSuffix) out.huisnummertoevoeging = s.houseNumberSuffix;
  const postcode = s.postcode ? normalisePostcode(s.postcode) : undefined;
  if (postcode) out.postcode = `${postcode.slice(0, 4)} ${postcode.slice(4)}`;
  if (s.city) out.stad = s.city;
  const lines = [...(s.lines ?? [])];
  // A postcode that is not Dutch (kept as typed) becomes an address line rather than disappear.
  if (s.postcode && !postcode) lines.push(s.postcode);
  lines.slice(0, 3).forEach((line, i) => {
    out[`adresregel${i + 1}` as 'adresregel1'] = line.slice(0, 80);
  });
  if (s.country && /^[A-Z]{2}$/.test(s.country)) out.land = s.country;
  return Object.keys(out).length ? out : null;
}

// Names.

export interface NameParts {
  initials?: string | null | undefined;
  firstName?: string | null | undefined;
  surnamePrefix?: string | null | undefined;
  surname?: string | null | undefined;
}

export interface Contactnaam {
  voorletters?: string | undefined;
  voornaam?: string | undefined;
  voorvoegselAchternaam?: string | undefined;
  achternaam?: string | undefined;
}

export function namePartsOf(c: Contactnaam | null | undefined): NameParts | null {
  if (!c) return null;
  const parts: NameParts = {
    initials: c.voorletters?.trim() || null,
    firstName: c.voornaam?.trim() || null,
    surnamePrefix: c.voorvoegselAchternaam?.trim() || null,
    surname: c.achternaam?.trim() || null,
  };
  return Object.values(parts).some(Boolean) ? parts : null;
}

export function contactnaamOf(parts: NameParts | null | undefined): Required<Contactnaam> | null {
  if (!parts || !Object.values(parts).some(Boolean)) return null;
  return {
    voorletters: parts.initials ?? '',
    voornaam: parts.firstName ?? '',
    voorvoegselAchternaam: parts.surnamePrefix ?? '',
    achternaam: parts.surname ?? '',
  };
}

/** "Jan de Vries", or "J. de Vries" without a first name. */
export function fullNameOf(parts: NameParts | null | undefined): string {
  if (!parts) return '';
  return [parts.firstName || parts.initials, parts.surnamePrefix, parts.surname].filter((s) => s && s.trim()).join(' ').trim();
}

// References.

/** "K-123", "k123" or "123" → 123. */
export function contactNumberOf(reference: string): number | undefined {
  const m = /^\s*(?:k-?)?(\d{1,15})\s*$/i.exec(reference);
  return m ? Number(m[1]) : undefined;
}

/** "TB-123", "tb123" or "123" → 123. */
export function taskNumberOf(reference: string): number | undefined {
  const m = /^\s*(?:tb-?)?(\d{1,15})\s*$/i.exec(reference);
  return m ? Number(m[1]) : undefined;
}

/** "123" → 123 (the deprecated `nummer`). */
export function plainNumberOf(value: string): number | undefined {
  return /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : undefined;
}

// Derived ids.

/**
 * The actorklantcontact that says who registered a contact in Helder (`contacts.registered_by`) has
 * no row of its own. Its uuid is the contact's uuid with every hex digit XOR-ed with this mask: it
 * never changes, maps back to the contact without a lookup table, and stays a version-4 UUID (the
 * mask leaves the version digit alone and the variant bits too).
 */
const REGISTRAR_MASK = '5a3c9e71-b2d4-0f86-2e1a-7c5b3d9f0a64';

export function registrarLinkId(contactId: string): string {
  let out = '';
  for (let i = 0; i < contactId.length; i += 1) {
    const c = contactId[i]!;
    if (c === '-') {
      out += '-';
      continue;
    }
    out += (parseInt(c, 16) ^ parseInt(REGISTRAR_MASK[i]!, 16)).toString(16);
  }
  return out;
}

/** The contact whose registrar link this is (the same XOR undoes itself). */
export const contactOfRegistrarLink = registrarLinkId;
