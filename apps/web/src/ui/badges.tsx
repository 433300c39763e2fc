import type { DeadlineState, RequestKind } from '@helder/domain';

const SYMBOL: Record<DeadlineState, string> = {
  on_time: '●',
  due_today: '▲',
  overdue: '■',
  done_on_time: '✓',
  done_late: '✓',
  cancelled: '–',
};

/** The deadline state with a colour, a shape and a word: never colour alone (WCAG 1.4.1). */
export function DeadlineBadge({ state, label }: { state: DeadlineState; label: string }) {
  return (
    <span className={`helder-badge helder-badge--${state}`}>
      <span aria-hidden="true" className="helder-badge__symbol">{SYMBOL[state]}</span> {label}
    </span>
  );
}

export function CountBadge({ value, tone = 'neutral' }: { value: number; tone?: 'neutral' | 'warning' | 'danger' }) {
  return <span className={`helder-count helder-count--${tone}`}>{value}</span>;
}

/** What kind of request this is, in words; the colour only helps to tell them apart at a glance. */
export function KindBadge({ kind, label }: { kind: RequestKind; label: string }) {
  return <span className={`helder-tag helder-tag--${kind}`}>{label}</span>;
}
