import {
  CALLBACK_EVENT_LABELS,
  CALLBACK_STATUSES,
  type CallbackEventType,
  type CallbackStatus,
  DEADLINE_STATE_LABELS,
  type DeadlineState,
  amsterdamDate,
  deadlineState,
  formatAmsterdamIso,
  isLate,
} from '@helder/domain';
import { z } from 'zod';
import type { CallbackView } from './repository.js';

export const customerSchema = z.object({
  kind: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const historyEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  type: z.string(),
  label: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const callbackSchema = z.object({
  id: z.string(),
  reference: z.string(),
  contactId: z.string().nullable(),
  teamId: z.string(),
  teamName: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  question: z.string(),
  replyBy: z.enum(['phone', 'email']),
  customer: customerSchema,
  status: z.enum(CALLBACK_STATUSES),
  late: z.boolean(),
  deadlineState: z.enum(['on_time', 'due_today', 'overdue', 'done_on_time', 'done_late', 'cancelled']),
  deadlineLabel: z.string(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  dueAt: z.string(),
  dueDate: z.string(),
  workingDays: z.number(),
  dueExplanation: z.string(),
  completedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  attempts: z.number(),
  interimReply: z.object({ at: z.string(), expectedBy: z.string().nullable() }).nullable(),
  updatedAt: z.string(),
});
export type PresentedCallback = z.infer<typeof callbackSchema>;

export const callbackWithHistorySchema = callbackSchema.extend({ history: z.array(historyEntrySchema) });

export function presentCallback(view: CallbackView, now: Date): PresentedCallback {
  const r = view.request;
  const facts = { status: r.status as CallbackStatus, dueAt: r.dueAt, completedAt: r.completedAt };
  const state: DeadlineState = deadlineState(facts, now);
  return {
    id: r.id,
    reference: `TB-${r.number}`,
    contactId: r.contactId,
    teamId: r.teamId,
    teamName: view.teamName,
    assigneeId: r.assigneeId,
    assigneeName: view.assigneeName,
    question: r.question,
    replyBy: r.replyBy as 'phone' | 'email',
    customer: { kind: view.customer.kind, name: view.customer.name, email: view.customer.email, phone: view.customer.phone },
    status: facts.status,
    late: isLate(facts, now),
    deadlineState: state,
    deadlineLabel: DEADLINE_STATE_LABELS[state],
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy && view.createdByName ? { id: r.createdBy, name: view.createdByName } : null,
    dueAt: formatAmsterdamIso(r.dueAt),
    dueDate: amsterdamDate(r.dueAt),
    workingDays: r.workingDays,
    dueExplanation: r.dueExplanation,
    completedAt: r.completedAt?.toISOString() ?? null,
    outcome: r.outcome,
    attempts: r.attempts,
    interimReply: r.interimReplyAt ? { at: r.interimReplyAt.toISOString(), expectedBy: r.interimExpectedBy } : null,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentHistoryEntry(e: {
  id: number;
  at: Date;
  type: string;
  data: unknown;
  actorId: string | null;
  actorName: string | null;
}): z.infer<typeof historyEntrySchema> {
  return {
    id: e.id,
    at: e.at.toISOString(),
    type: e.type,
    label: CALLBACK_EVENT_LABELS[e.type as CallbackEventType] ?? e.type,
    actor: e.actorId && e.actorName ? { id: e.actorId, name: e.actorName } : null,
    data: (e.data ?? {}) as Record<string, unknown>,
  };
}
