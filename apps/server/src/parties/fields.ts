// The columns a party's name and address are searched on, derived in one place from what was given,
// whoever writes the party (the web app, the Klantinteracties API, the import, the demo).
import { addressKey, displayPostcode, emailKey, phoneKey, searchWords } from '@helder/domain';

/** An address as stored in `parties.visit_address` and `customers.visit_address` (jsonb). */
export interface StoredAddress {
  street?: string;
  houseNumber?: number;
  houseNumberSuffix?: string;
  /** "8251 AB" */
  postcode?: string;
  city?: string;
  /** ISO 3166 alpha-2; left out for the Netherlands. */
  country?: string;
  /** BAG nummeraanduiding id (16 digits). */
  bagId?: string;
  /** Address lines for an address outside the BAG (abroad). */
  lines?: string[];
}

export interface PartyName {
  kind: string;
  name?: string | null | undefined;
  initials?: string | null | undefined;
  firstName?: string | null | undefined;
  surnamePrefix?: string | null | undefined;
  surname?: string | null | undefined;
}

/** "Piet de Vries", or the organisation's name; people without a first name by initials: "P. de Vries". */
export function displayName(p: PartyName): string {
  const parts = [p.firstName || p.initials, p.surnamePrefix, p.surname].filter((s): s is string => Boolean(s && s.trim()));
  if (p.kind === 'resident' && p.surname) return parts.join(' ').trim();
  return (p.name ?? parts.join(' ')).trim();
}

/** What the name search matches: every word of every name part, lower case, without accents. */
export function partySearchText(p: PartyName): string {
  const words = new Set(searchWords([p.name, p.initials, p.firstName, p.surnamePrefix, p.surname].filter(Boolean).join(' ')));
  return [...words].join(' ');
}

/** The address without empty parts, the postcode written "8251 AB"; null when nothing is left. */
export function cleanAddress(address: StoredAddress | null | undefined): StoredAddress | null {
  if (!address) return null;
  const out: StoredAddress = {};
  if (address.street?.trim()) out.street = address.street.trim();
  if (address.houseNumber) out.houseNumber = address.houseNumber;
  if (address.houseNumberSuffix?.trim()) out.houseNumberSuffix = address.houseNumberSuffix.trim();
  if (address.postcode?.trim()) out.postcode = displayPostcode(address.postcode);
  if (address.city?.trim()) out.city = address.city.trim();
  if (address.country?.trim() && address.country.trim().toUpperCase() !== 'NL') out.country = address.country.trim().toUpperCase();
  if (address.bagId?.trim()) out.bagId = address.bagId.trim();
  const lines = (address.lines ?? []).map((l) => l.trim()).filter(Boolean);
  if (lines.length) out.lines = lines;
  return Object.keys(out).length ? out : null;
}

export function partyAddressKey(address: StoredAddress | null | undefined): string | null {
  return addressKey(address ?? null);
}

/** "Dorpsstraat 12a, 8251 AB Dronten" */
export function oneLineAddress(address: StoredAddress | null | undefined): string | null {
  if (!address) return null;
  const street = [address.street, address.houseNumber ? `${address.houseNumber}${address.houseNumberSuffix ?? ''}` : undefined].filter(Boolean).join(' ');
  const place = [address.postcode, address.city].filter(Boolean).join(' ');
  const text = [street, place, ...(address.lines ?? [])].filter(Boolean).join(', ');
  return text || null;
}

export type DigitalAddressKind = 'email' | 'phone' | 'other';

/** The normalised form a digital address is found by. */
export function digitalAddressKey(kind: DigitalAddressKind, value: string): string {
  if (kind === 'email') return emailKey(value);
  if (kind === 'phone') return phoneKey(value) ?? value.trim();
  return value.trim().toLowerCase();
}
