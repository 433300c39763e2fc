import { type Actor, ROLES } from '@helder/domain';
import { z } from 'zod';
import type { EmployeeRow, ProductRow, TeamRow } from './repository.js';

export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  deadlineWorkingDays: z.number().int(),
  active: z.boolean(),
});

export const productSchema = z.object({
  id: z.string(),
  name: z.string(),
  teamId: z.string(),
  description: z.string().nullable(),
  active: z.boolean(),
});

export const employeeSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  teamId: z.string().nullable(),
  active: z.boolean(),
  hasPassword: z.boolean().optional().describe('Only for administrators (and for the employee themselves): who can be attacked by password guessing'),
  lastLoginAt: z.string().nullable().optional().describe('Only for administrators (and for the employee themselves)'),
});

export const presentTeam = (t: TeamRow): z.infer<typeof teamSchema> => ({
  id: t.id,
  name: t.name,
  description: t.description,
  deadlineWorkingDays: t.deadlineWorkingDays,
  active: t.active,
});

export const presentProduct = (p: ProductRow): z.infer<typeof productSchema> => ({
  id: p.id,
  name: p.name,
  teamId: p.teamId,
  description: p.description,
  active: p.active,
});

/** Who looks: when a colleague last logged in tells about their working day, so only administrators see it. */
export type EmployeeViewer = Pick<Actor, 'id' | 'roles'>;

export const presentEmployee = (e: EmployeeRow, viewer: EmployeeViewer): z.infer<typeof employeeSchema> => ({
  id: e.id,
  name: e.name,
  email: e.email,
  roles: e.roles as z.infer<typeof employeeSchema>['roles'],
  teamId: e.teamId,
  active: e.active,
  ...(viewer.roles.includes('admin') || viewer.id === e.id ? { hasPassword: e.passwordHash !== null, lastLoginAt: e.lastLoginAt?.toISOString() ?? null } : {}),
});
