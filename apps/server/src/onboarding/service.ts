// Onboarding (R5.2). Every employee has a checklist: the organisation's items and their team's.
// They confirm each item once; team leads see how far their team is; administrators keep the list
// (an item is switched off, never deleted, so who did what stays known).
import { hasRole, type OnboardingItemInput } from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { forbidden, invalid, notFound } from '../http/errors.js';
import { findTeam } from '../organisation/repository.js';
import * as repo from './repository.js';

type ItemRow = Awaited<ReturnType<typeof repo.checklist>>[number];

function present(row: ItemRow) {
  return {
    id: row.item.id,
    title: row.item.title,
    description: row.item.description,
    link: row.item.link,
    teamId: row.item.teamId,
    teamName: row.teamName,
    position: row.item.position,
    active: row.item.active,
    completedAt: row.completedAt ? new Date(row.completedAt).toISOString() : null,
  };
}

export class OnboardingService {
  constructor(private readonly db: Db, private readonly clock: Clock, private readonly audit: AuditService) {}

  async checklist(ctx: RequestContext) {
    const items = (await repo.checklist(this.db, ctx.actor.id, ctx.actor.teamId)).map(present);
    return { items, done: items.filter((i) => i.completedAt).length, total: items.length };
  }

  async complete(ctx: RequestContext, itemId: string) {
    const rows = await repo.checklist(this.db, ctx.actor.id, ctx.actor.teamId);
    if (!rows.some((r) => r.item.id === itemId)) throw notFound('Dit onderdeel staat niet op uw lijst.');
    await repo.complete(this.db, ctx.actor.id, itemId, this.clock.now());
    return this.checklist(ctx);
  }

  /** How far each colleague of the team is: a team lead sees their own team, an administrator any. */
  async team(ctx: RequestContext, teamId: string | undefined) {
    const id = teamId ?? ctx.actor.teamId;
    if (!id) throw invalid('teamId', 'Kies een team.');
    if (!hasRole(ctx.actor, 'admin') && id !== ctx.actor.teamId) throw forbidden('U ziet alleen hoe ver uw eigen team is.');
    if (!(await findTeam(this.db, id))) throw notFound('Dit team bestaat niet.');
    const rows = await repo.teamProgress(this.db, id);
    return rows.map((r) => ({
      employeeId: r.employeeId,
      name: r.name,
      done: r.done,
      total: r.total,
      finished: r.total > 0 && r.done >= r.total,
      lastCompletedAt: r.lastCompletedAt ? new Date(r.lastCompletedAt).toISOString() : null,
    }));
  }

  async items() {
    return (await repo.listItems(this.db)).map(present);
  }

  async createItem(ctx: RequestContext, input: OnboardingItemInput) {
    if (input.teamId && !(await findTeam(this.db, input.teamId))) throw invalid('teamId', 'Dit team bestaat niet.');
    const now = this.clock.now();
    const id = await repo.insertItem(this.db, {
      title: input.title,
      description: input.description,
      link: input.link || null,
      teamId: input.teamId ?? null,
      position: input.position ?? 0,
      createdAt: now,
      updatedAt: now,
    });
    await this.audit.record(ctx, { action: 'create', entityType: 'onboarding_item', entityId: id, detail: { title: input.title, teamId: input.teamId ?? null } });
    return (await this.items()).find((i) => i.id === id)!;
  }

  async updateItem(ctx: RequestContext, id: string, input: Partial<OnboardingItemInput> & { active?: boolean | undefined }) {
    if (!(await repo.findItem(this.db, id))) throw notFound('Dit onderdeel bestaat niet.');
    if (input.teamId && !(await findTeam(this.db, input.teamId))) throw invalid('teamId', 'Dit team bestaat niet.');
    const values = Object.fromEntries(Object.entries({ ...input, link: input.link === '' ? null : input.link }).filter(([, v]) => v !== undefined));
    await repo.updateItem(this.db, id, { ...values, updatedAt: this.clock.now() });
    await this.audit.record(ctx, { action: 'update', entityType: 'onboarding_item', entityId: id, detail: values });
    return (await this.items()).find((i) => i.id === id)!;
  }
}
