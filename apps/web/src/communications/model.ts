// The register of outgoing communication as the web app shows it. Every shape is the API's own,
// inferred from its zod schemas in @helder/domain, so the screens and the server cannot drift.
import { type communicationB1ShareSchema, type communicationListSchema, type communicationSchema, type communicationSummarySchema, hasRole } from '@helder/domain';
import type { z } from 'zod';
import type { Me } from '../api/types';

export type Communication = z.infer<typeof communicationSchema>;
export type CommunicationSummary = z.infer<typeof communicationSummarySchema>;
export type CommunicationList = z.infer<typeof communicationListSchema>;
export type CommunicationB1Share = z.infer<typeof communicationB1ShareSchema>;

export const communicationPath = (id: string) => `/communicatie/${id}`;

/** The contact centre reviews texts for many recipients; never the author's own. */
export function mayReview(me: Me | null, item: Pick<Communication, 'ownerId'>): boolean {
  return !!me && hasRole(me, 'kcc') && item.ownerId !== me.id;
}

/** The author (or an administrator) writes new versions, asks for review and marks the text sent. */
export function isAuthor(me: Me | null, item: Pick<Communication, 'ownerId'>): boolean {
  return !!me && (item.ownerId === me.id || hasRole(me, 'admin'));
}

export const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
