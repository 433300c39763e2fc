// The press inbox (R5.3): questions from journalists to the press mailbox, answered by team
// Communicatie within two working days, checked with the administrator (wethouder, burgemeester)
// where it is politically sensitive. One definition for the server's validation and OpenAPI
// document and for the web app's types.
import { z } from 'zod';
import { CALLBACK_STATUSES } from '../callbacks/status.js';
import { idSchema, localDateSchema } from '../validation/common.js';

/**
 * The answer's own life beside the question's status: none → draft → (check_requested →
 * approved | changes_requested) → sent. A new draft after a decision needs a new check.
 */
export const PRESS_ANSWER_STATUSES = ['none', 'draft', 'check_requested', 'changes_requested', 'approved', 'sent'] as const;
export type PressAnswerStatus = (typeof PRESS_ANSWER_STATUSES)[number];
export const PRESS_ANSWER_STATUS_LABELS: Record<PressAnswerStatus, string> = {
  none: 'Nog geen antwoord',
  draft: 'Concept',
  check_requested: 'Wacht op controle bestuurder',
  changes_requested: 'Aanpassen',
  approved: 'Goedgekeurd',
  sent: 'Verstuurd',
};

/** The press question's history events beside the shared ones (created, assigned, interim_reply, completed). */
export const PRESS_EVENT_LABELS: Record<string, string> = {
  mail_received: 'Nieuwe mail van de journalist',
  note: 'Notitie',
  answer_drafted: 'Antwoord opgesteld',
  check_requested: 'Controle door bestuurder gevraagd',
  approved: 'Antwoord goedgekeurd',
  changes_requested: 'Aanpassing gevraagd',
  input_requested: 'Input gevraagd aan een team',
  answer_sent: 'Antwoord verstuurd',
};

export const PRESS_LIMITS = { text: 20_000, note: 4000, comment: 2000 } as const;

function required(max: number, empty: string, long: string) {
  return z.string({ error: empty }).trim().min(1, { error: empty }).max(max, { error: long });
}

export const pressAssignInputSchema = z.object({ assigneeId: idSchema.nullable() });
export type PressAssignInput = z.infer<typeof pressAssignInputSchema>;

export const pressInterimReplyInputSchema = z.object({
  text: required(PRESS_LIMITS.text, 'Schrijf wat u de journalist laat weten.', 'Dit bericht is te lang. Het mag hoogstens 20.000 tekens zijn.'),
  expectedBy: localDateSchema,
});
export type PressInterimReplyInput = z.infer<typeof pressInterimReplyInputSchema>;

export const pressNoteInputSchema = z.object({
  text: required(PRESS_LIMITS.note, 'Schrijf de notitie.', 'Een notitie is hoogstens 4000 tekens.'),
});

export const pressAnswerInputSchema = z.object({
  text: required(PRESS_LIMITS.text, 'Schrijf het antwoord.', 'Dit antwoord is te lang. Het mag hoogstens 20.000 tekens zijn.'),
  needsAdministratorCheck: z.boolean({ error: 'Geef aan of een bestuurder het antwoord moet controleren.' }),
});
export type PressAnswerInput = z.infer<typeof pressAnswerInputSchema>;

export const pressRequestChangesInputSchema = z.object({
  comment: required(PRESS_LIMITS.comment, 'Schrijf wat er anders moet.', 'Een opmerking is hoogstens 2000 tekens.'),
});

export const pressInputRequestInputSchema = z.object({
  teamId: idSchema,
  question: required(PRESS_LIMITS.note, 'Schrijf wat u het team vraagt.', 'Een vraag is hoogstens 4000 tekens.'),
  /** The team's answer is due in this many working days; default one. */
  workingDays: z.number({ error: 'Vul het aantal werkdagen in als een getal.' }).int({ error: 'Vul een heel aantal werkdagen in.' }).min(1, { error: 'Kies ten minste 1 werkdag.' }).max(10, { error: 'Kies hoogstens 10 werkdagen: de journalist wacht.' }).optional(),
});
export type PressInputRequestInput = z.infer<typeof pressInputRequestInputSchema>;

const deadlineStateSchema = z.enum(['on_time', 'due_today', 'overdue', 'done_on_time', 'done_late', 'cancelled']);

export const pressQuestionSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  subject: z.string(),
  journalist: z.object({ name: z.string().nullable(), email: z.string().nullable() }),
  status: z.enum(CALLBACK_STATUSES),
  statusLabel: z.string(),
  answerStatus: z.enum(PRESS_ANSWER_STATUSES),
  answerStatusLabel: z.string(),
  needsAdministratorCheck: z.boolean(),
  receivedAt: z.string(),
  dueAt: z.string(),
  dueExplanation: z.string(),
  deadlineState: deadlineStateSchema,
  deadlineLabel: z.string(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** A stable colour per handler (0–7), so the shared mailbox shows who handles what. */
  assigneeColour: z.number().int().nullable(),
  interimExpectedBy: z.string().nullable(),
  messageCount: z.number().int(),
});
export type PressQuestionSummary = z.infer<typeof pressQuestionSummarySchema>;

export const pressMessageSchema = z.object({
  id: z.string(),
  direction: z.enum(['in', 'out']),
  from: z.string(),
  fromName: z.string().nullable(),
  to: z.string().nullable(),
  subject: z.string(),
  text: z.string(),
  at: z.string(),
  messageId: z.string(),
  inReplyTo: z.string().nullable(),
  attachments: z.array(z.object({ id: z.string(), filename: z.string(), contentType: z.string(), size: z.number() })),
});

export const pressHistoryEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  type: z.string(),
  label: z.string(),
  actorName: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const pressInputRequestSchema = z.object({
  id: z.string(),
  reference: z.string(),
  teamName: z.string(),
  question: z.string(),
  status: z.enum(CALLBACK_STATUSES),
  statusLabel: z.string(),
  dueAt: z.string(),
  answer: z.string().nullable(),
});

export const pressQuestionSchema = pressQuestionSummarySchema.extend({
  answer: z.object({
    text: z.string().nullable(),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
    checkedBy: z.string().nullable(),
    checkedAt: z.string().nullable(),
    sentAt: z.string().nullable(),
  }),
  thread: z.array(pressMessageSchema),
  notes: z.array(z.object({ at: z.string(), actorName: z.string().nullable(), text: z.string() })),
  inputRequests: z.array(pressInputRequestSchema),
  history: z.array(pressHistoryEntrySchema),
  /** What the signed-in employee may do now. */
  can: z.object({ approve: z.boolean(), send: z.boolean() }),
});
export type PressQuestion = z.infer<typeof pressQuestionSchema>;

export const pressQuestionListSchema = z.object({
  items: z.array(pressQuestionSummarySchema),
  nextCursor: z.string().nullable(),
  counts: z.object({ open: z.number(), dueToday: z.number(), overdue: z.number(), awaitingCheck: z.number() }),
});
