// The party (the resident, business or institution) as the web app shows it. The shapes are the
// API's own, inferred from its zod schemas in @helder/domain.
import type { PartyView } from '@helder/domain';

export type { DigitalAddress, PartyContact, PartyInput, PartyMerge, PartyRequest, PartySummary, PartyView } from '@helder/domain';

/** The default of one kind of contact detail, or the first one. */
export function defaultAddress(party: PartyView, kind: 'phone' | 'email'): string | null {
  const list = party.digitalAddresses.filter((a) => a.kind === kind);
  return (list.find((a) => a.isDefault) ?? list[0])?.value ?? null;
}

/** "Stationsweg 12a, 8251 AB Dronten". */
export function addressLine(address: PartyView['visitAddress']): string | null {
  if (!address) return null;
  const number = [address.houseNumber, address.houseNumberSuffix].filter((v) => v !== null && v !== '').join('');
  const street = [address.street, number].filter(Boolean).join(' ');
  const place = [address.postcode, address.city].filter(Boolean).join(' ');
  return [street, place].filter(Boolean).join(', ') || null;
}

export const partyPath = (id: string) => `/klanten/${id}`;

/** "1 klant", "3 klanten". */
export function countText(n: number, one: string, more: string): string {
  return `${n} ${n === 1 ? one : more}`;
}
