// The register of outgoing communication (Duidelijk Dronten, R2.1–R2.3): every letter, bulk letter,
// e-mail template, web text and flyer with the B1 result of every version, and the contact
// centre's review of bulk letters. One definition for the server's validation and OpenAPI
// document and for the web app's types.
import { z } from 'zod';
import { knowledgeB1Schema } from '../knowledge/schemas.js';
import { idSchema } from '../validation/common.js';

export const COMMUNICATION_KINDS = ['letter', 'bulk_letter', 'email', 'web_text', 'flyer', 'other'] as const;
export type CommunicationKind = (typeof COMMUNICATION_KINDS)[number];
export const COMMUNICATION_KIND_LABELS: Record<CommunicationKind, string> = {
  letter: 'Brief',
  bulk_letter: 'Bulkbrief',
  email: 'E-mail',
  web_text: 'Webtekst',
  flyer: 'Folder',
  other: 'Anders',
};

/**
 * draft → review_requested → approved | changes_requested; a new version after a decision goes
 * back to draft (the decision was about the old version); sent is the end.
 */
export const COMMUNICATION_STATUSES = ['draft', 'review_requested', 'changes_requested', 'approved', 'sent'] as const;
export type CommunicationStatus = (typeof COMMUNICATION_STATUSES)[number];
export const COMMUNICATION_STATUS_LABELS: Record<CommunicationStatus, string> = {
  draft: 'Concept',
  review_requested: 'Wacht op controle',
  changes_requested: 'Aanpassen',
  approved: 'Goedgekeurd',
  sent: 'Verstuurd',
};

export const REVIEW_DECISIONS = ['approved', 'changes_requested'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const REVIEW_DECISION_LABELS: Record<ReviewDecision, string> = { approved: 'Goedgekeurd', changes_requested: 'Aanpassen' };

export const COMMUNICATION_LIMITS = { title: 200, text: 200_000, comment: 2000, passage: 500, comments: 50, recipients: 10_000_000 } as const;

const textSchema = z
  .string({ error: 'Vul de tekst in.' })
  .trim()
  .min(1, { error: 'Vul de tekst in.' })
  .max(COMMUNICATION_LIMITS.text, { error: 'Deze tekst is te lang. Een tekst is hoogstens 200.000 tekens.' });

export const communicationInputSchema = z.object({
  kind: z.enum(COMMUNICATION_KINDS, { error: 'Kies wat voor tekst het is: brief, bulkbrief, e-mail, webtekst, folder of anders.' }),
  title: z
    .string({ error: 'Vul een titel in.' })
    .trim()
    .min(1, { error: 'Vul een titel in.' })
    .max(COMMUNICATION_LIMITS.title, { error: `Een titel is hoogstens ${COMMUNICATION_LIMITS.title} tekens.` }),
  teamId: idSchema.nullable().optional(),
  recipients: z
    .number({ error: 'Vul het aantal ontvangers in als een getal.' })
    .int({ error: 'Vul het aantal ontvangers in als een heel getal.' })
    .min(0, { error: 'Het aantal ontvangers kan niet kleiner zijn dan 0.' })
    .max(COMMUNICATION_LIMITS.recipients, { error: 'Dit aantal ontvangers is te groot.' })
    .nullable()
    .optional(),
  /** A standard letter (standaardbrief) that the organisation reuses. */
  template: z.boolean().optional(),
  text: textSchema,
});
export type CommunicationInput = z.input<typeof communicationInputSchema>;

export const communicationVersionInputSchema = z.object({ text: textSchema });

/** A comment tied to a passage of the version under review. */
export const reviewCommentSchema = z.object({
  passage: z.string().trim().max(COMMUNICATION_LIMITS.passage, { error: `Een stukje tekst is hoogstens ${COMMUNICATION_LIMITS.passage} tekens.` }).optional(),
  comment: z
    .string({ error: 'Vul uw opmerking in.' })
    .trim()
    .min(1, { error: 'Vul uw opmerking in.' })
    .max(COMMUNICATION_LIMITS.comment, { error: `Een opmerking is hoogstens ${COMMUNICATION_LIMITS.comment} tekens.` }),
});

export const reviewInputSchema = z.object({
  decision: z.enum(REVIEW_DECISIONS, { error: 'Kies goedkeuren (approved) of aanpassen (changes_requested).' }),
  comment: z.string().trim().max(COMMUNICATION_LIMITS.comment, { error: `Een opmerking is hoogstens ${COMMUNICATION_LIMITS.comment} tekens.` }).optional(),
  comments: z.array(reviewCommentSchema).max(COMMUNICATION_LIMITS.comments, { error: `U kunt hoogstens ${COMMUNICATION_LIMITS.comments} opmerkingen geven.` }).optional(),
});
export type ReviewInput = z.input<typeof reviewInputSchema>;

export const communicationB1Schema = knowledgeB1Schema;

export const communicationVersionSchema = z.object({
  version: z.number(),
  text: z.string(),
  b1: communicationB1Schema,
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});

export const communicationReviewSchema = z.object({
  id: z.string(),
  version: z.number(),
  requestedById: z.string().nullable(),
  requestedByName: z.string().nullable(),
  requestedAt: z.string(),
  dueAt: z.string(),
  decision: z.enum(REVIEW_DECISIONS).nullable(),
  decidedById: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  comment: z.string().nullable(),
  comments: z.array(z.object({ passage: z.string().nullable(), comment: z.string() })),
});

export const communicationSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(COMMUNICATION_KINDS),
  title: z.string(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  recipients: z.number().nullable(),
  template: z.boolean(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  status: z.enum(COMMUNICATION_STATUSES),
  version: z.number(),
  reviewRequired: z.boolean(),
  /** The deadline of the open review request. */
  reviewDueAt: z.string().nullable(),
  b1: z.object({ isB1: z.boolean(), level: z.enum(['A2', 'B1', 'B2', 'C1']) }),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const communicationSchema = communicationSummarySchema.extend({
  b1: communicationB1Schema,
  /** The version an approval covers, if any. */
  approvedVersion: z.number().nullable(),
  sentVersion: z.number().nullable(),
  /** Newest first. */
  versions: z.array(communicationVersionSchema),
  /** Oldest first: the order of the conversation. */
  reviews: z.array(communicationReviewSchema),
});
export type Communication = z.infer<typeof communicationSchema>;

export const communicationCreatedSchema = communicationSchema;
export const communicationVersionCreatedSchema = z.object({ version: z.number(), b1: communicationB1Schema });

export const communicationListSchema = z.object({
  items: z.array(communicationSummarySchema),
  nextCursor: z.string().nullable(),
});

export const extractedTextSchema = z.object({ text: z.string() });

export const communicationB1ShareSchema = z.object({
  from: z.string(),
  to: z.string(),
  teams: z.array(z.object({ teamId: z.string().nullable(), teamName: z.string().nullable(), sent: z.number(), atB1: z.number(), share: z.number().nullable() })),
});
