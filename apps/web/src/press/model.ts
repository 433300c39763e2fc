// The press inbox as the web app shows it. Every shape is the API's own, inferred from its zod
// schemas in @helder/domain, so the screens and the server cannot drift.
import { hasRole, type pressQuestionListSchema, type pressQuestionSchema, type pressQuestionSummarySchema } from '@helder/domain';
import type { z } from 'zod';
import type { Me } from '../api/types';

export type PressQuestion = z.infer<typeof pressQuestionSchema>;
export type PressQuestionSummary = z.infer<typeof pressQuestionSummarySchema>;
export type PressQuestionList = z.infer<typeof pressQuestionListSchema>;

export const pressPath = (id: string) => `/pers/${id}`;

/** The press team's name as configured (PRESS_TEAM); the demo and most municipalities use this one. */
export const PRESS_TEAM_NAME = 'Communicatie';

/** Team Communicatie (second line or team lead) and administrators read the press inbox. */
export function readsPress(me: Me | null, pressTeamId: string | undefined): boolean {
  if (!me) return false;
  if (hasRole(me, 'admin')) return true;
  return !!pressTeamId && me.teamId === pressTeamId && hasRole(me, 'second_line', 'team_lead');
}
