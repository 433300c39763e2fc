// The shapes the API answers with (see GET /api/openapi.json).
import type { CallbackStatus, Channel, DeadlineState, KnowledgeArticleRef, ReplyChannel, ReportCategory, RequestKind, Resolution, Role } from '@helder/domain';

export interface Me {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  teamId: string | null;
}

export interface Team {
  id: string;
  name: string;
  description: string | null;
  deadlineWorkingDays: number;
  active: boolean;
}

export interface Product {
  id: string;
  name: string;
  teamId: string;
  description: string | null;
  active: boolean;
}

export interface Employee {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  teamId: string | null;
  active: boolean;
  hasPassword?: boolean;
  lastLoginAt: string | null;
}

export interface Customer {
  kind: string;
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface HistoryEntry {
  id: number;
  at: string;
  type: string;
  label: string;
  actor: { id: string; name: string } | null;
  data: Record<string, unknown>;
}

export interface CallbackRequest {
  id: string;
  reference: string;
  contactId: string | null;
  teamId: string;
  teamName: string;
  assigneeId: string | null;
  assigneeName: string | null;
  kind: RequestKind;
  kindLabel: string;
  /** Only for residents' reports of miscommunication. */
  category: ReportCategory | null;
  categoryLabel: string | null;
  occurredOn: string | null;
  /** The team a resident's report is about (not always the team that handles it). */
  aboutTeamId: string | null;
  question: string;
  /** 'none': an anonymous report, no answer possible. */
  replyBy: ReplyChannel | 'none';
  customer: Customer;
  status: CallbackStatus;
  late: boolean;
  deadlineState: DeadlineState;
  deadlineLabel: string;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  dueAt: string;
  dueDate: string;
  workingDays: number;
  dueExplanation: string;
  completedAt: string | null;
  outcome: string | null;
  attempts: number;
  interimReply: { at: string; expectedBy: string | null } | null;
  updatedAt: string;
  history?: HistoryEntry[];
}

export interface Contact {
  id: string;
  reference: string;
  occurredAt: string;
  channel: Channel;
  channelLabel: string;
  subject: string;
  summary: string | null;
  /** The answer given to the resident. */
  answer: string | null;
  resolution: Resolution;
  positiveSurprise: string | null;
  productId: string | null;
  productName: string | null;
  teamId: string | null;
  teamName: string | null;
  customer: (Customer & { partyId: string | null }) | null;
  registeredBy: { id: string; name: string } | null;
  callbackRequest?: CallbackRequest | null;
  /** The knowledge base answers used for this contact ("Dit antwoord gebruikt"). */
  knowledgeArticles?: KnowledgeArticleRef[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface DueDate {
  dueAt: string;
  dueDate: string;
  from: string;
  workingDays: number;
  explanation: string;
  closingDays: ClosingDay[];
}

export interface ClosingDay {
  date: string;
  name: string;
  kind: 'statutory' | 'equalised' | 'municipal';
}

export interface CallbackSummary {
  open: number;
  inProgress: number;
  overdue: number;
  dueToday: number;
  unassigned: number;
}

export interface AuditEvent {
  id: number;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  customerIds: string[];
  detail: Record<string, unknown>;
  ip: string | null;
}

export type KpiStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data' | 'no_target';

export interface KpiTarget {
  value: number;
  by: string | null;
}

export interface KpiFigure {
  id: string;
  name: string;
  version: number;
  value: number | null;
  unit: 'share' | 'score';
  numerator: number | null;
  denominator: number | null;
  targets: KpiTarget[];
  status: KpiStatus;
  statusLabel: string;
  explanation: string;
  ambition: string;
  ambitionLabel: string;
  requirement: string;
  direction: 'lower_is_better' | 'higher_is_better';
  baseline: { value: number; note: string } | null;
  scope: 'organisation' | 'team';
  filtered: boolean;
  definition: { validFrom: string; numerator: string; denominator: string; excluded: string };
  months: Array<{ month: string; value: number | null; numerator: number; denominator: number }>;
}

export interface PublicKpiFigure {
  id: string;
  name: string;
  explanation: string;
  unit: 'share' | 'score';
  direction: 'lower_is_better' | 'higher_is_better';
  version: number;
  value: number | null;
  denominator: number | null;
  suppressed: boolean;
  targets: KpiTarget[];
  status: KpiStatus;
  statusLabel: string;
}

export interface PublicKpis {
  municipality: string;
  quarters: Array<{ quarter: string; from: string; to: string; complete: boolean; figures: PublicKpiFigure[] }>;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'held';

export interface OutboxMessage {
  id: string;
  purpose: string;
  purposeLabel: string;
  recipient: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxPage extends Page<OutboxMessage> {
  counts: Record<OutboxStatus, number>;
  /** False when the server has no SMTP: mails are held, not sent. */
  sending: boolean;
}

export interface OutboxMessageDetail extends OutboxMessage {
  textBody: string;
  htmlBody: string;
}

export interface SurveyResponse {
  id: string;
  answeredAt: string;
  channel: Channel;
  line: 'first' | 'second';
  teamId: string | null;
  teamName: string | null;
  productId: string | null;
  productName: string | null;
  score: number;
  timelinessScore: number | null;
  resolved: boolean | null;
  comment: string | null;
  mayContact: boolean | null;
  source: string;
}

export interface SurveySummaryRow {
  teamId: string | null;
  teamName: string | null;
  productId: string | null;
  productName: string | null;
  answers: number;
  score: number;
  timelinessScore: number | null;
  resolvedShare: number | null;
}

export interface ReportCategoryCount {
  quarter: string;
  category: ReportCategory;
  label: string;
  count: number;
}
