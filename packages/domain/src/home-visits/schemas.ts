// Home visits (R3.4): "if a resident cannot come to the town hall, we go to them". The contact
// centre requests a visit; a team plans it (date, time, employee); the outcome is a contact with
// channel home visit. One definition for the server's validation and the web app's types.
import { z } from 'zod';
import { CALLBACK_STATUSES } from '../callbacks/status.js';
import { idSchema, localDateSchema } from '../validation/common.js';

const text = (max: number, empty: string) => z.string({ error: empty }).trim().min(1, { error: empty }).max(max, { error: `Schrijf dit in hoogstens ${max} tekens.` });

/** A home visit's history events beside the shared ones (created, assigned, completed). */
export const HOME_VISIT_EVENT_LABELS: Record<string, string> = {
  planned: 'Huisbezoek gepland',
};

export const homeVisitAddressSchema = z.object({
  street: text(200, 'Vul de straat in.'),
  houseNumber: text(20, 'Vul het huisnummer in.'),
  postcode: z
    .string({ error: 'Vul de postcode in.' })
    .trim()
    .regex(/^[1-9]\d{3}\s?[A-Za-z]{2}$/, { error: 'Vul een postcode in als 1234 AB.' })
    .transform((v) => `${v.slice(0, 4)} ${v.replace(/\s/g, '').slice(4).toUpperCase()}`),
  city: text(100, 'Vul de plaats in.'),
});

export const homeVisitInputSchema = z.object({
  reason: text(2000, 'Schrijf waarom de inwoner niet naar het gemeentehuis kan komen en waarvoor het bezoek is.'),
  productId: idSchema.optional(),
  customer: z.object({
    name: text(200, 'Vul de naam van de inwoner in.'),
    phone: z.string().trim().max(40, { error: 'Een telefoonnummer is hoogstens 40 tekens.' }).optional(),
    email: z.email({ error: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.' }).max(254).optional().or(z.literal('').transform(() => undefined)),
    address: homeVisitAddressSchema,
  }),
  preferredDates: z.array(localDateSchema).max(5, { error: 'Kies hoogstens 5 dagen.' }).optional(),
});
export type HomeVisitInput = z.infer<typeof homeVisitInputSchema>;

export const homeVisitPlanInputSchema = z.object({
  plannedAt: z.iso.datetime({ offset: true, error: 'Kies een datum en tijd.' }),
  employeeId: idSchema,
});

export const homeVisitOutcomeInputSchema = z.object({
  summary: text(4000, 'Schrijf hoe het bezoek ging en wat er is afgesproken.'),
});

export const homeVisitSchema = z.object({
  id: z.string(),
  reference: z.string(),
  reason: z.string(),
  status: z.enum(CALLBACK_STATUSES),
  statusLabel: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  productName: z.string().nullable(),
  customer: z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
  address: z.object({ street: z.string(), houseNumber: z.string(), postcode: z.string(), city: z.string() }),
  preferredDates: z.array(z.string()),
  plannedAt: z.string().nullable(),
  employee: z.object({ id: z.string(), name: z.string() }).nullable(),
  dueAt: z.string(),
  outcomeContactId: z.string().nullable(),
  /** The confirmation for the resident: mailed, or this text for a letter when there is no address. */
  confirmation: z.object({ mailed: z.boolean(), letter: z.string().nullable() }),
});
export type HomeVisit = z.infer<typeof homeVisitSchema>;

export const homeVisitListSchema = z.object({
  /** Planned visits in the period, by time. */
  items: z.array(homeVisitSchema),
  /** Requested visits not planned yet, oldest deadline first. */
  unplanned: z.array(homeVisitSchema),
});

export const homeVisitListQuerySchema = z.object({ from: localDateSchema, to: localDateSchema });
