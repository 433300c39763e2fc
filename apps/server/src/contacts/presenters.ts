import { CHANNEL_LABELS, CHANNELS, type Channel, knowledgeArticleRefSchema } from '@helder/domain';
import { z } from 'zod';
import { callbackWithHistorySchema, customerSchema } from '../callbacks/presenters.js';
import type { ContactView } from './repository.js';

export const contactSchema = z.object({
  id: z.string(),
  reference: z.string(),
  occurredAt: z.string(),
  channel: z.enum(CHANNELS),
  channelLabel: z.string(),
  subject: z.string(),
  summary: z.string().nullable(),
  answer: z.string().nullable(),
  resolution: z.enum(['first_line', 'handed_over']),
  positiveSurprise: z.string().nullable(),
  productId: z.string().nullable(),
  productName: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  customer: customerSchema.extend({ partyId: z.string().nullable() }).nullable(),
  registeredBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const contactWithCallbackSchema = contactSchema.extend({
  /** The knowledge base answers the contact was answered with ("Dit antwoord gebruikt"). */
  knowledgeArticles: z.array(knowledgeArticleRefSchema),
  callbackRequest: callbackWithHistorySchema.nullable(),
});

export function presentContact(view: ContactView): z.infer<typeof contactSchema> {
  const c = view.contact;
  return {
    id: c.id,
    reference: `K-${c.number}`,
    occurredAt: c.occurredAt.toISOString(),
    channel: c.channel as Channel,
    channelLabel: CHANNEL_LABELS[c.channel as Channel] ?? c.channel,
    subject: c.subject,
    summary: c.summary,
    answer: c.answer,
    resolution: c.resolution as 'first_line' | 'handed_over',
    positiveSurprise: c.positiveSurprise,
    productId: c.productId,
    productName: view.productName,
    teamId: c.teamId,
    teamName: view.teamName,
    customer: view.customer ? { kind: view.customer.kind, name: view.customer.name, email: view.customer.email, phone: view.customer.phone, partyId: view.customer.partyId } : null,
    registeredBy: c.registeredBy && view.registeredByName ? { id: c.registeredBy, name: view.registeredByName } : null,
  };
}
