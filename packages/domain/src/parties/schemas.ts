// The party API (the resident in view): inputs with Dutch messages, and the answers, one
// definition for the server's validation and OpenAPI document and for the web app's types.
import { z } from 'zod';
import { CALLBACK_STATUSES } from '../callbacks/status.js';
import { CHANNELS, CUSTOMER_KINDS, RESOLUTIONS } from '../contacts/channels.js';
import { REQUEST_KINDS } from '../public/reports.js';
import { emailSchema, idSchema, phoneSchema } from '../validation/common.js';
import { optionalName } from '../validation/names.js';
import { isKvkNumber, isValidBsn, normalisePostcode } from './keys.js';

export const PARTY_LIMITS = { name: 200, namePart: 100, label: 60, addresses: 10, note: 2000, reference: 100, street: 255, city: 255 } as const;

const label = z.string().trim().max(PARTY_LIMITS.label, { error: `Een omschrijving is hoogstens ${PARTY_LIMITS.label} tekens.` }).optional();

export const partyPhoneInputSchema = z.object({
  value: phoneSchema.refine((v) => v !== '', { error: 'Vul het telefoonnummer in, of haal de regel weg.' }),
  label,
  isDefault: z.boolean().optional(),
});
export const partyEmailInputSchema = z.object({
  value: emailSchema.refine((v) => v !== '', { error: 'Vul het e-mailadres in, of haal de regel weg.' }),
  label,
  isDefault: z.boolean().optional(),
});

export const partyAddressInputSchema = z.object({
  street: z.string().trim().max(PARTY_LIMITS.street).optional(),
  houseNumber: z.coerce
    .number({ error: 'Een huisnummer is een getal, bijvoorbeeld 12.' })
    .int({ error: 'Een huisnummer is een heel getal, bijvoorbeeld 12.' })
    .min(1, { error: 'Een huisnummer is 1 of hoger.' })
    .max(99999, { error: 'Dit huisnummer is te hoog.' })
    .optional(),
  houseNumberSuffix: z.string().trim().max(20).optional(),
  postcode: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || normalisePostcode(v) !== undefined, { error: 'Dit is geen Nederlandse postcode. Een goed voorbeeld: 8251 AB.' }),
  city: z.string().trim().max(PARTY_LIMITS.city).optional(),
  country: z.string().trim().regex(/^[A-Za-z]{2}$/, { error: 'Schrijf het land als code van twee letters, bijvoorbeeld NL.' }).optional(),
});
export type PartyAddressInput = z.infer<typeof partyAddressInputSchema>;

/** One default per kind: the first marked, or the first given. */
function oneDefault(list: { isDefault?: boolean | undefined }[]): boolean {
  return list.filter((a) => a.isDefault).length <= 1;
}

export const partyInputSchema = z
  .object({
    kind: z.enum(CUSTOMER_KINDS, { error: 'Kies of dit een inwoner, ondernemer of instelling is.' }).default('resident'),
    /** Businesses and institutions: the name. People: left out, made from the parts below. */
    name: optionalName(PARTY_LIMITS.name),
    initials: optionalName(20),
    firstName: optionalName(PARTY_LIMITS.namePart),
    surnamePrefix: optionalName(20),
    surname: optionalName(PARTY_LIMITS.namePart),
    phones: z.array(partyPhoneInputSchema).max(PARTY_LIMITS.addresses, { error: `Hoogstens ${PARTY_LIMITS.addresses} telefoonnummers.` }).default([]),
    emails: z.array(partyEmailInputSchema).max(PARTY_LIMITS.addresses, { error: `Hoogstens ${PARTY_LIMITS.addresses} e-mailadressen.` }).default([]),
    address: partyAddressInputSchema.optional(),
    kvkNumber: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || isKvkNumber(v), { error: 'Een KvK-nummer heeft 8 cijfers.' }),
    ownReference: z.string().trim().max(PARTY_LIMITS.reference).optional(),
    /** Only kept when the municipality enables it (PARTY_BSN_ENABLED). Left out: unchanged; empty: removed. */
    bsn: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || isValidBsn(v), { error: 'Dit BSN klopt niet. Een BSN heeft 9 cijfers en moet de elfproef halen.' }),
    internalNote: z.string().trim().max(PARTY_LIMITS.note).optional(),
  })
  .superRefine((value, ctx) => {
    const hasName = value.kind === 'resident' ? Boolean(value.surname || value.name) : Boolean(value.name);
    if (!hasName) {
      ctx.addIssue({
        code: 'custom',
        path: [value.kind === 'resident' ? 'surname' : 'name'],
        message: value.kind === 'resident' ? 'Vul de achternaam in.' : 'Vul de naam van de organisatie in.',
      });
    }
    if (!oneDefault(value.phones)) ctx.addIssue({ code: 'custom', path: ['phones'], message: 'Kies één standaard telefoonnummer.' });
    if (!oneDefault(value.emails)) ctx.addIssue({ code: 'custom', path: ['emails'], message: 'Kies één standaard e-mailadres.' });
  });
export type PartyInput = z.input<typeof partyInputSchema>;
export type ParsedPartyInput = z.infer<typeof partyInputSchema>;

export const partyMergeInputSchema = z.object({
  duplicateId: idSchema,
});

// Answers.

export const partyAddressSchema = z.object({
  street: z.string().nullable(),
  houseNumber: z.number().nullable(),
  houseNumberSuffix: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
});
export type PartyAddress = z.infer<typeof partyAddressSchema>;

export const partySummarySchema = z.object({
  id: z.string(),
  number: z.number(),
  kind: z.enum(CUSTOMER_KINDS),
  name: z.string(),
  phone: z.string().nullable().describe('The default phone number'),
  email: z.string().nullable().describe('The default e-mail address'),
  address: z.string().nullable().describe('The visit address on one line'),
  kvkNumber: z.string().nullable(),
  active: z.boolean(),
});
export type PartySummary = z.infer<typeof partySummarySchema>;

export const partyListSchema = z.object({ items: z.array(partySummarySchema), nextCursor: z.string().nullable() });

export const digitalAddressSchema = z.object({
  id: z.string(),
  kind: z.enum(['email', 'phone', 'other']),
  value: z.string(),
  label: z.string().nullable(),
  isDefault: z.boolean(),
});
export type DigitalAddress = z.infer<typeof digitalAddressSchema>;

export const partyRequestSchema = z.object({
  id: z.string(),
  reference: z.string(),
  kind: z.enum(REQUEST_KINDS),
  status: z.enum(CALLBACK_STATUSES),
  teamName: z.string(),
  assigneeName: z.string().nullable(),
  question: z.string(),
  createdAt: z.string(),
  dueAt: z.string(),
  dueState: z.string(),
});
export type PartyRequest = z.infer<typeof partyRequestSchema>;

export const partyContactSchema = z.object({
  id: z.string(),
  reference: z.string(),
  occurredAt: z.string(),
  channel: z.enum(CHANNELS),
  subject: z.string(),
  summary: z.string().nullable(),
  answer: z.string().nullable(),
  resolution: z.enum(RESOLUTIONS),
  teamName: z.string().nullable(),
  productName: z.string().nullable(),
});
export type PartyContact = z.infer<typeof partyContactSchema>;

export const partyMergeSchema = z.object({
  id: z.string(),
  survivorId: z.string(),
  mergedId: z.string(),
  mergedName: z.string(),
  mergedAt: z.string(),
  mergedByName: z.string().nullable(),
  undoUntil: z.string(),
  undoneAt: z.string().nullable(),
});
export type PartyMerge = z.infer<typeof partyMergeSchema>;

export const partyViewSchema = partySummarySchema.extend({
  initials: z.string().nullable(),
  firstName: z.string().nullable(),
  surnamePrefix: z.string().nullable(),
  surname: z.string().nullable(),
  digitalAddresses: z.array(digitalAddressSchema),
  visitAddress: partyAddressSchema.nullable(),
  ownReference: z.string().nullable(),
  /** The BSN masked (•••••• and the last three digits); the whole number only through GET …/bsn, audited. */
  bsnMasked: z.string().nullable(),
  bsnEnabled: z.boolean(),
  internalNote: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  mergedIntoId: z.string().nullable(),
  /** Open callback requests, reports and follow-ups of this party the employee may see, soonest deadline first. */
  openRequests: z.array(partyRequestSchema),
  /** The last contacts the employee may see, newest first. */
  recentContacts: z.array(partyContactSchema),
  /** Contacts and requests of other teams this employee may not open: counted, not shown. */
  hiddenCount: z.number(),
  /** Merges into this party that can still be undone, and recent ones. */
  merges: z.array(partyMergeSchema),
});
export type PartyView = z.infer<typeof partyViewSchema>;

export const partyBsnSchema = z.object({ bsn: z.string() });
