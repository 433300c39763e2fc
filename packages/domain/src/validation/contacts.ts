import { z } from 'zod';
import { REPLY_CHANNELS } from '../callbacks/status.js';
import { CHANNELS, CUSTOMER_KINDS, RESOLUTIONS } from '../contacts/channels.js';
import { blankToNull, emailSchema, idSchema, optionalText, phoneSchema, requiredText, withoutBlanks } from './common.js';
import { optionalName, requiredName, requiredSubject } from './names.js';

export const LIMITS = {
  subject: 300,
  summary: 10000,
  question: 10000,
  positiveSurprise: 2000,
  name: 200,
  note: 5000,
  knowledgeArticles: 10,
} as const;

export const customerSchema = z.object({
  kind: z.enum(CUSTOMER_KINDS).default('resident'),
  name: optionalName(LIMITS.name),
  email: emailSchema.optional(),
  phone: phoneSchema.optional(),
});
export type CustomerInput = z.infer<typeof customerSchema>;

const callbackFields = {
  teamId: idSchema,
  assigneeId: idSchema.nullish(),
  question: requiredText(LIMITS.question, 'Schrijf op wat de vraag is.'),
  replyBy: z.enum(REPLY_CHANNELS, { error: 'Kies of de klant gebeld of gemaild wil worden.' }),
};

interface ReachableCustomer {
  name?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
}

/** A callback is only useful when the second line can reach the customer without asking again. */
function checkReachable(
  customer: ReachableCustomer | undefined,
  replyBy: 'phone' | 'email',
  ctx: z.RefinementCtx,
  path: (string | number)[],
): void {
  if (!blankToNull(customer?.name)) {
    ctx.addIssue({ code: 'custom', path: [...path, 'name'], message: 'Vul de naam van de klant in.' });
  }
  if (replyBy === 'phone' && !blankToNull(customer?.phone)) {
    ctx.addIssue({ code: 'custom', path: [...path, 'phone'], message: 'Vul het telefoonnummer in. De klant wil gebeld worden.' });
  }
  if (replyBy === 'email' && !blankToNull(customer?.email)) {
    ctx.addIssue({ code: 'custom', path: [...path, 'email'], message: 'Vul het e-mailadres in. De klant wil een e-mail.' });
  }
}

export const callbackRequestInputSchema = z
  .object({
    contactId: idSchema.optional(),
    ...callbackFields,
    customer: z.object({
      kind: z.enum(CUSTOMER_KINDS).default('resident'),
      name: requiredName(LIMITS.name, 'Vul de naam van de klant in.'),
      email: emailSchema.optional(),
      phone: phoneSchema.optional(),
    }),
  })
  .superRefine((value, ctx) => checkReachable(value.customer, value.replyBy, ctx, ['customer']));
export type CallbackRequestInput = z.infer<typeof callbackRequestInputSchema>;

export const contactCallbackSchema = z.object({
  ...callbackFields,
  customer: customerSchema.optional(),
});

export const contactInputSchema = z
  .object({
    channel: z.enum(CHANNELS, { error: () => 'Kies het kanaal van het contact.' }),
    subject: requiredSubject(LIMITS.subject, 'Vul het onderwerp in.'),
    summary: optionalText(LIMITS.summary),
    /** The answer given to the resident: shown the next time they get in touch. */
    answer: optionalText(LIMITS.summary),
    productId: idSchema.nullish(),
    resolution: z.enum(RESOLUTIONS, { error: 'Kies of de vraag direct is opgelost of is doorgezet.' }),
    /** The party chosen in the search (the resident in view); left out: linked by e-mail or phone, or new. */
    partyId: idSchema.nullish(),
    customer: customerSchema.optional(),
    positiveSurprise: optionalText(LIMITS.positiveSurprise),
    callbackRequest: contactCallbackSchema.optional(),
    /** The knowledge base answers used for this contact ("Dit antwoord gebruikt"): published articles. */
    knowledgeArticleIds: z
      .array(idSchema, { error: 'Geef de gebruikte antwoorden uit de kennisbank als een lijst.' })
      .max(LIMITS.knowledgeArticles, { error: `Koppel hoogstens ${LIMITS.knowledgeArticles} antwoorden uit de kennisbank.` })
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.callbackRequest && value.resolution === 'first_line') {
      ctx.addIssue({
        code: 'custom',
        path: ['callbackRequest'],
        message: 'Een vraag die direct is opgelost, heeft geen terugbelverzoek nodig. Kies "Doorgezet" of haal het verzoek weg.',
      });
    }
    if (value.callbackRequest) {
      const merged = { ...value.customer, ...withoutBlanks(value.callbackRequest.customer) };
      checkReachable(merged, value.callbackRequest.replyBy, ctx, ['customer']);
    }
  });
export type ContactInput = z.infer<typeof contactInputSchema>;
