// What the privacy API (the resident's rights under the AVG) answers with: one definition for the
// server's response validation and OpenAPI document and for the web app's types.
import { z } from 'zod';

export const privacySubjectSchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: z.string(),
  anonymisedAt: z.string().nullable(),
  counts: z.object({ contacts: z.number(), callbacks: z.number(), reports: z.number(), followUps: z.number(), surveyAnswers: z.number() }),
});
export type PrivacySubject = z.infer<typeof privacySubjectSchema>;

export const privacyErasureSchema = z.object({
  customerIds: z.array(z.string()),
  customers: z.number(),
  contacts: z.number(),
  requests: z.number(),
  events: z.number().describe('History events whose free text (notes, messages, outcomes, reasons) was replaced'),
  surveyAnswers: z.number(),
  mails: z.number(),
});
export type PrivacyErasure = z.infer<typeof privacyErasureSchema>;
