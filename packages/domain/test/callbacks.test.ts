import { describe, expect, test } from 'vitest';
import { canViewCallback, canViewTeamCallbacks, canWorkOnCallback, deadlineState, isLate, transition } from '../src/index.js';

const dueAt = new Date('2026-12-29T22:59:59.999Z');

describe('lateness', () => {
  test('open after the deadline is late, open before it is not', () => {
    expect(isLate({ status: 'open', dueAt, completedAt: null }, new Date('2026-12-30T08:00:00Z'))).toBe(true);
    expect(isLate({ status: 'in_progress', dueAt, completedAt: null }, new Date('2026-12-29T15:00:00Z'))).toBe(false);
  });

  test('done counts by the completion time, not by now', () => {
    const onTime = { status: 'done' as const, dueAt, completedAt: new Date('2026-12-29T16:00:00Z') };
    const late = { status: 'done' as const, dueAt, completedAt: new Date('2026-12-30T08:00:00Z') };
    expect(isLate(onTime, new Date('2027-06-01T00:00:00Z'))).toBe(false);
    expect(isLate(late, new Date('2027-06-01T00:00:00Z'))).toBe(true);
  });

  test('cancelled is never late', () => {
    expect(isLate({ status: 'cancelled', dueAt, completedAt: null }, new Date('2027-01-10T00:00:00Z'))).toBe(false);
  });

  test('deadline state: on time, due today, overdue, and the done states', () => {
    const open = { status: 'open' as const, dueAt, completedAt: null };
    expect(deadlineState(open, new Date('2026-12-28T10:00:00Z'))).toBe('on_time');
    expect(deadlineState(open, new Date('2026-12-29T07:00:00Z'))).toBe('due_today');
    expect(deadlineState(open, new Date('2026-12-29T23:30:00Z'))).toBe('overdue');
    expect(deadlineState({ ...open, status: 'done', completedAt: new Date('2026-12-28T10:00:00Z') }, new Date())).toBe('done_on_time');
    expect(deadlineState({ ...open, status: 'done', completedAt: new Date('2027-01-02T10:00:00Z') }, new Date())).toBe('done_late');
    expect(deadlineState({ ...open, status: 'cancelled' }, new Date())).toBe('cancelled');
  });
});

describe('state machine', () => {
  test('picking up a request puts it in progress; handing it on makes it new again', () => {
    expect(transition('open', 'assign', { assigneeIsActor: true })).toEqual({ ok: true, status: 'in_progress' });
    expect(transition('in_progress', 'assign', { assigneeIsActor: false })).toEqual({ ok: true, status: 'open' });
  });

  test('attempts and interim replies put a request in progress', () => {
    expect(transition('open', 'attempt')).toEqual({ ok: true, status: 'in_progress' });
    expect(transition('open', 'interim_reply')).toEqual({ ok: true, status: 'in_progress' });
  });

  test('complete and cancel end it', () => {
    expect(transition('in_progress', 'complete')).toEqual({ ok: true, status: 'done' });
    expect(transition('open', 'cancel')).toEqual({ ok: true, status: 'cancelled' });
  });

  test('a finished request cannot change, with a Dutch reason', () => {
    const done = transition('done', 'attempt');
    expect(done.ok).toBe(false);
    expect(!done.ok && done.message).toContain('al afgehandeld');
    const cancelled = transition('cancelled', 'complete');
    expect(!cancelled.ok && cancelled.message).toContain('geannuleerd');
  });
});

describe('who sees and works on a callback request', () => {
  const burgerzaken = 'team-bz';
  const request = { teamId: burgerzaken, assigneeId: null };
  const secondLine = { id: 'e1', roles: ['second_line'] as const, teamId: burgerzaken };
  const otherTeam = { id: 'e2', roles: ['second_line'] as const, teamId: 'team-wmo' };
  const kcc = { id: 'e3', roles: ['kcc'] as const, teamId: 'team-kcc' };
  const admin = { id: 'e4', roles: ['admin'] as const, teamId: null };

  test('second line sees and works on its own team only', () => {
    expect(canViewCallback(secondLine, request)).toBe(true);
    expect(canWorkOnCallback(secondLine, request)).toBe(true);
    expect(canViewCallback(otherTeam, request)).toBe(false);
    expect(canWorkOnCallback(otherTeam, request)).toBe(false);
    expect(canViewTeamCallbacks(otherTeam, burgerzaken)).toBe(false);
  });

  test('a colleague of another team sees a request assigned to them personally', () => {
    expect(canViewCallback(otherTeam, { ...request, assigneeId: 'e2' })).toBe(true);
    expect(canWorkOnCallback(otherTeam, { ...request, assigneeId: 'e2' })).toBe(true);
  });

  test('the contact centre reads every team but works only on its own', () => {
    expect(canViewCallback(kcc, request)).toBe(true);
    expect(canWorkOnCallback(kcc, request)).toBe(false);
    expect(canWorkOnCallback(kcc, { teamId: 'team-kcc', assigneeId: null })).toBe(true);
  });

  test('an administrator may do everything', () => {
    expect(canViewCallback(admin, request)).toBe(true);
    expect(canWorkOnCallback(admin, request)).toBe(true);
  });
});
