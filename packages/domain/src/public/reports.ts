// What residents send without logging in: a report of miscommunication (R1.1) and the answers to
// the survey after a contact (R1.4, R1.5). Both arrive as JSON or as a plain HTML form, so every
// field accepts the strings a form sends ("on", "8", "") as well as JSON values.
import { z } from 'zod';
import { isLocalDate } from '../calendar/local-date.js';
import { emailSchema, idSchema, phoneSchema } from '../validation/common.js';
import { optionalName } from '../validation/names.js';

export const REPORT_CATEGORIES = ['not_called_back', 'unclear_letter', 'conflicting_answers', 'treatment', 'other'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const REPORT_CATEGORY_LABELS: Record<ReportCategory, string> = {
  not_called_back: 'Ik ben niet teruggebeld of niet teruggemaild',
  unclear_letter: 'Ik begreep een brief of e-mail niet',
  conflicting_answers: 'Ik kreeg verschillende antwoorden',
  treatment: 'Ik ben niet goed behandeld',
  other: 'Iets anders',
};

/** Short names for lists and figures. */
export const REPORT_CATEGORY_SHORT: Record<ReportCategory, string> = {
  not_called_back: 'Niet teruggebeld',
  unclear_letter: 'Onduidelijke brief',
  conflicting_answers: 'Verschillende antwoorden',
  treatment: 'Bejegening',
  other: 'Anders',
};

/** Everything a team must answer goes through one inbox; the kind says where it came from. */
export const REQUEST_KINDS = ['callback', 'report', 'follow_up', 'press_question', 'home_visit', 'input_request'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
/** The kinds a team's inbox lists; press questions are read only in the press inbox. */
export const INBOX_KINDS = ['callback', 'report', 'follow_up', 'home_visit', 'input_request'] as const satisfies readonly RequestKind[];
export const REQUEST_KIND_LABELS: Record<RequestKind, string> = {
  callback: 'Terugbelverzoek',
  report: 'Melding miscommunicatie',
  follow_up: 'Nabellen na enquête',
  press_question: 'Persvraag',
  home_visit: 'Huisbezoek',
  input_request: 'Vraag om input',
};
/** The letters before a request's number, so a resident and an employee name it the same way. */
export const REQUEST_KIND_PREFIX: Record<RequestKind, string> = {
  callback: 'TB',
  report: 'MC',
  follow_up: 'NB',
  press_question: 'PV',
  home_visit: 'HB',
  input_request: 'VI',
};

export const PUBLIC_LIMITS = { description: 4000, name: 200, comment: 2000 } as const;

/** A form sends "" for an empty field: that means "not given". */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const formBoolean = (v: unknown) => {
  if (v === 'true' || v === 'on' || v === 'ja' || v === '1') return true;
  if (v === 'false' || v === 'nee' || v === '0') return false;
  return v;
};

export const reportInputSchema = z
  .object({
    category: z.enum(REPORT_CATEGORIES, { error: 'Kies wat er misging.' }),
    description: z
      .string({ error: 'Schrijf kort op wat er gebeurde.' })
      .trim()
      .min(10, { error: 'Schrijf kort op wat er gebeurde (minstens 10 tekens).' })
      .max(PUBLIC_LIMITS.description, { error: `Uw tekst is te lang. Gebruik hoogstens ${PUBLIC_LIMITS.description} tekens.` }),
    occurredOn: z.preprocess(
      blank,
      z.string().refine(isLocalDate, { error: 'Dit is geen geldige datum. Schrijf de datum zo: 2026-11-20.' }).optional(),
    ),
    teamId: z.preprocess(blank, idSchema.optional()),
    name: z.preprocess(blank, optionalName(PUBLIC_LIMITS.name, { tooLong: 'Uw naam is te lang (hoogstens 200 tekens).', invisible: 'Uw naam bestaat alleen uit tekens die niet te zien zijn. Vul uw naam in met letters, of laat het veld leeg.' })),
    email: z.preprocess(blank, emailSchema.optional()),
    phone: z.preprocess(blank, phoneSchema.optional()),
    consent: z.preprocess(formBoolean, z.boolean({ error: 'Geef aan of wij uw gegevens mogen gebruiken.' }).optional()),
    /** The hidden field a person never sees: robots fill it in. */
    website: z.string().max(500).optional(),
    /** The form's hidden token: a resubmitted form creates one report. */
    formToken: z.string().max(200).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.name || v.email || v.phone) && v.consent !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent'],
        message: 'U gaf uw naam, e-mailadres of telefoonnummer. Zet dan een vinkje bij de toestemming, of laat die gegevens leeg.',
      });
    }
    if (v.website && v.website.trim() !== '') {
      ctx.addIssue({ code: 'custom', path: ['website'], message: 'Laat het veld "Niet invullen" leeg.' });
    }
  });
export type ReportInput = z.infer<typeof reportInputSchema>;

const markSchema = (label: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : blank(v)),
    z
      .number({ error: `Kies een cijfer van 1 tot en met 10 voor ${label}.` })
      .int({ error: `Kies een heel cijfer van 1 tot en met 10 voor ${label}.` })
      .min(1, { error: `Kies een cijfer van 1 tot en met 10 voor ${label}.` })
      .max(10, { error: `Kies een cijfer van 1 tot en met 10 voor ${label}.` }),
  );

export const surveyAnswerSchema = z.object({
  score: markSchema('het contact'),
  timelinessScore: markSchema('de snelheid'),
  resolved: z.preprocess(formBoolean, z.boolean({ error: 'Geef aan of uw vraag is opgelost.' })),
  comment: z.preprocess(
    (v) => (v === null ? undefined : v),
    z.string().trim().max(PUBLIC_LIMITS.comment, { error: `Uw toelichting is te lang. Gebruik hoogstens ${PUBLIC_LIMITS.comment} tekens.` }).optional(),
  ),
  /** May the team contact the resident about this answer? Only asked, never assumed. */
  mayContact: z.preprocess(formBoolean, z.boolean().optional()),
});
export type SurveyAnswerInput = z.infer<typeof surveyAnswerSchema>;

/** How the resident gets the answer, in the words of the status page and the mails. */
export const ANSWER_CHANNEL_LABELS: Record<'phone' | 'email' | 'none', string> = {
  phone: 'Telefoon',
  email: 'E-mail',
  none: 'Geen antwoord gevraagd',
};
