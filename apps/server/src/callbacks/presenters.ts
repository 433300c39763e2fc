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
  REPORT_CATEGORIES,
  REPORT_CATEGORY_SHORT,
  REQUEST_KIND_LABELS,
  REQUEST_KIND_PREFIX,
  REQUEST_KINDS,
  type ReportCategory,
  type RequestKind,
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
  kind: z.enum(REQUEST_KINDS),
  kindLabel: z.string(),
  category: z.enum(REPORT_CATEGORIES).nullable(),
  categoryLabel: z.string().nullable(),
  occurredOn: z.string().nullable(),
  aboutTeamId: z.string().nullable(),
  question: z.string(),
  replyBy: z.enum(['phone', 'email', 'none']),
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
    reference: `${REQUEST_KIND_PREFIX[r.kind as RequestKind]}-${r.number}`,
    contactId: r.contactId,
    teamId: r.teamId,
    teamName: view.teamName,
    assigneeId: r.assigneeId,
    assigneeName: view.assigneeName,
    kind: r.kind as RequestKind,
    kindLabel: REQUEST_KIND_LABELS[r.kind as RequestKind],
    category: r.category as ReportCategory | null,
    categoryLabel: r.category ? REPORT_CATEGORY_SHORT[r.category as ReportCategory] : null,
    occurredOn: r.occurredOn,
    aboutTeamId: r.aboutTeamId,
    question: r.question,
    replyBy: r.replyBy as 'phone' | 'email' | 'none',
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
