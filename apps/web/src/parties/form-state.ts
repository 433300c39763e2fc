// What the party form holds while the employee types, and how it becomes the API's PartyInput.
// Every value stays a string, so nothing typed is lost or changed when the server says no.
import type { CustomerKind } from '@helder/domain';
import type { PartyInput, PartyView } from './model';

export interface DetailRow {
  /** A stable key for React and for focus, not sent. */
  key: string;
  value: string;
  label: string;
  isDefault: boolean;
}

export interface PartyFormState {
  kind: CustomerKind;
  name: string;
  initials: string;
  firstName: string;
  surnamePrefix: string;
  surname: string;
  phones: DetailRow[];
  emails: DetailRow[];
  street: string;
  houseNumber: string;
  houseNumberSuffix: string;
  postcode: string;
  city: string;
  kvkNumber: string;
  ownReference: string;
  /** A new BSN; empty keeps the one there is. */
  bsn: string;
  removeBsn: boolean;
  internalNote: string;
}

let rowCount = 0;
export function newRow(value = '', isDefault = false, label = ''): DetailRow {
  rowCount += 1;
  return { key: `rij-${rowCount}`, value, label, isDefault };
}

export function emptyPartyForm(start: { phone?: string; email?: string; surname?: string; postcode?: string; houseNumber?: string } = {}): PartyFormState {
  return {
    kind: 'resident',
    name: '',
    initials: '',
    firstName: '',
    surnamePrefix: '',
    surname: start.surname ?? '',
    phones: [newRow(start.phone ?? '', true)],
    emails: [newRow(start.email ?? '', true)],
    street: '',
    houseNumber: start.houseNumber ?? '',
    houseNumberSuffix: '',
    postcode: start.postcode ?? '',
    city: '',
    kvkNumber: '',
    ownReference: '',
    bsn: '',
    removeBsn: false,
    internalNote: '',
  };
}

export function partyFormFrom(view: PartyView): PartyFormState {
  const rows = (kind: 'phone' | 'email') =>
    view.digitalAddresses.filter((a) => a.kind === kind).map((a) => newRow(a.value, a.isDefault, a.label ?? ''));
  const a = view.visitAddress;
  const isPerson = view.kind === 'resident';
  return {
    kind: view.kind,
    name: isPerson && view.surname ? '' : view.name,
    initials: view.initials ?? '',
    firstName: view.firstName ?? '',
    surnamePrefix: view.surnamePrefix ?? '',
    surname: view.surname ?? '',
    phones: rows('phone'),
    emails: rows('email'),
    street: a?.street ?? '',
    houseNumber: a?.houseNumber ? String(a.houseNumber) : '',
    houseNumberSuffix: a?.houseNumberSuffix ?? '',
    postcode: a?.postcode ?? '',
    city: a?.city ?? '',
    kvkNumber: view.kvkNumber ?? '',
    ownReference: view.ownReference ?? '',
    bsn: '',
    removeBsn: false,
    internalNote: view.internalNote ?? '',
  };
}

const filled = (value: string) => value.trim() !== '';
const optional = (value: string) => (filled(value) ? value.trim() : undefined);

/** The rows that are sent: a row left fully empty is dropped. */
export const sentRows = (list: DetailRow[]) => list.filter((r) => filled(r.value) || filled(r.label));

/** The form as the API takes it: empty fields left out, empty rows dropped. */
export function partyInputFrom(form: PartyFormState, options: { bsnEnabled: boolean }): PartyInput {
  const person = form.kind === 'resident';
  const rows = (list: DetailRow[]) =>
    sentRows(list).map((r) => ({ value: r.value, ...(filled(r.label) ? { label: r.label } : {}), isDefault: r.isDefault }));
  const address = {
    street: optional(form.street),
    houseNumber: optional(form.houseNumber),
    houseNumberSuffix: optional(form.houseNumberSuffix),
    postcode: optional(form.postcode),
    city: optional(form.city),
  };
  const hasAddress = Object.values(address).some((v) => v !== undefined);
  const input: PartyInput = {
    kind: form.kind,
    ...(person
      ? { initials: optional(form.initials), firstName: optional(form.firstName), surnamePrefix: optional(form.surnamePrefix), surname: optional(form.surname) }
      : { name: optional(form.name) }),
    phones: rows(form.phones),
    emails: rows(form.emails),
    ...(hasAddress ? { address: Object.fromEntries(Object.entries(address).filter(([, v]) => v !== undefined)) } : {}),
    kvkNumber: optional(form.kvkNumber),
    ownReference: optional(form.ownReference),
    internalNote: optional(form.internalNote),
  };
  if (options.bsnEnabled) {
    if (form.removeBsn) input.bsn = '';
    else if (filled(form.bsn)) input.bsn = form.bsn.trim();
  }
  // Undefined values are not sent at all.
  return JSON.parse(JSON.stringify(input)) as PartyInput;
}

/** Where each field the API names lives on the page, so the error summary can link to it. */
export function partyFieldIds(prefix: string, form: PartyFormState): Record<string, string> {
  const ids: Record<string, string> = {
    kind: `${prefix}-kind`,
    name: `${prefix}-name`,
    initials: `${prefix}-initials`,
    firstName: `${prefix}-first-name`,
    surnamePrefix: `${prefix}-surname-prefix`,
    surname: `${prefix}-surname`,
    phones: `${prefix}-phones`,
    emails: `${prefix}-emails`,
    'address.street': `${prefix}-street`,
    'address.houseNumber': `${prefix}-house-number`,
    'address.houseNumberSuffix': `${prefix}-house-number-suffix`,
    'address.postcode': `${prefix}-postcode`,
    'address.city': `${prefix}-city`,
    kvkNumber: `${prefix}-kvk`,
    ownReference: `${prefix}-own-reference`,
    bsn: `${prefix}-bsn`,
    internalNote: `${prefix}-note`,
  };
  for (const [kind, list] of [['phones', form.phones], ['emails', form.emails]] as const) {
    sentRows(list).forEach((row, index) => {
      ids[`${kind}.${index}.value`] = `${prefix}-${row.key}-value`;
      ids[`${kind}.${index}.label`] = `${prefix}-${row.key}-label`;
    });
  }
  return ids;
}
