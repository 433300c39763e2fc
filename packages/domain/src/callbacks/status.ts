// The life of a callback request (terugbel- of terugmailverzoek) as an explicit state machine.
import { amsterdamDate } from '../calendar/amsterdam.js';

export const CALLBACK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

export const OPEN_STATUSES: readonly CallbackStatus[] = ['open', 'in_progress'];

export const CALLBACK_STATUS_LABELS: Record<CallbackStatus, string> = {
  open: 'Nieuw',
  in_progress: 'In behandeling',
  done: 'Afgehandeld',
  cancelled: 'Geannuleerd',
};

/** `work`: a step of a kind's own (a note, a drafted answer, a planned visit) that starts the request. */
export const CALLBACK_ACTIONS = ['assign', 'attempt', 'interim_reply', 'work', 'complete', 'cancel'] as const;
export type CallbackAction = (typeof CALLBACK_ACTIONS)[number];

export function isOpenStatus(status: CallbackStatus): boolean {
  return status === 'open' || status === 'in_progress';
}

export type TransitionResult = { ok: true; status: CallbackStatus } | { ok: false; message: string };

/**
 * The status after an action. Working on a request (an attempt, an interim reply, picking it up)
 * puts it in progress; handing it to someone else puts it back to new until they start.
 */
export function transition(
  status: CallbackStatus,
  action: CallbackAction,
  context: { assigneeIsActor?: boolean } = {},
): TransitionResult {
  if (!isOpenStatus(status)) {
    return {
      ok: false,
      message:
        status === 'done'
          ? 'Dit verzoek is al afgehandeld. U kunt het niet meer wijzigen.'
          : 'Dit verzoek is geannuleerd. U kunt het niet meer wijzigen.',
    };
  }
  switch (action) {
    case 'assign':
      return { ok: true, status: context.assigneeIsActor ? 'in_progress' : 'open' };
    case 'attempt':
    case 'interim_reply':
    case 'work':
      return { ok: true, status: 'in_progress' };
    case 'complete':
      return { ok: true, status: 'done' };
    case 'cancel':
      return { ok: true, status: 'cancelled' };
  }
}

export interface DeadlineFacts {
  status: CallbackStatus;
  dueAt: Date;
  completedAt: Date | null;
}

/** Late: completed after the deadline, or still open after it. Cancelled requests are never late. */
export function isLate(request: DeadlineFacts, now: Date): boolean {
  if (request.status === 'cancelled') return false;
  if (request.status === 'done') return request.completedAt !== null && request.completedAt > request.dueAt;
  return now > request.dueAt;
}

export type DeadlineState = 'on_time' | 'due_today' | 'overdue' | 'done_on_time' | 'done_late' | 'cancelled';

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  on_time: 'Op tijd',
  due_today: 'Vandaag uiterlijk',
  overdue: 'Te laat',
  done_on_time: 'Op tijd afgehandeld',
  done_late: 'Te laat afgehandeld',
  cancelled: 'Geannuleerd',
};

/** The state shown with a colour and a text in every list. */
export function deadlineState(request: DeadlineFacts, now: Date): DeadlineState {
  if (request.status === 'cancelled') return 'cancelled';
  if (request.status === 'done') return isLate(request, now) ? 'done_late' : 'done_on_time';
  if (now > request.dueAt) return 'overdue';
  return amsterdamDate(now) === amsterdamDate(request.dueAt) ? 'due_today' : 'on_time';
}

export const CALLBACK_EVENT_TYPES = [
  'created',
  'assigned',
  'attempt',
  'interim_reply',
  'completed',
  'cancelled',
] as const;
export type CallbackEventType = (typeof CALLBACK_EVENT_TYPES)[number];

export const CALLBACK_EVENT_LABELS: Record<CallbackEventType, string> = {
  created: 'Aangemaakt',
  assigned: 'Toegewezen',
  attempt: 'Niet bereikt',
  interim_reply: 'Procesantwoord gestuurd',
  completed: 'Afgehandeld',
  cancelled: 'Geannuleerd',
};

export const REPLY_CHANNELS = ['phone', 'email'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];
export const REPLY_CHANNEL_LABELS: Record<ReplyChannel, string> = {
  phone: 'Terugbellen',
  email: 'Terugmailen',
};
