// Roles and what they allow. The server checks these on every route; the web app uses the same
// rules only to hide what a user cannot do anyway.

export const ROLES = ['kcc', 'second_line', 'team_lead', 'admin', 'privacy_officer', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  kcc: 'Klantcontactcentrum (eerste lijn)',
  second_line: 'Tweede lijn',
  team_lead: 'Teamleider',
  admin: 'Beheerder',
  privacy_officer: 'Privacyfunctionaris',
  editor: 'Redacteur',
};

export interface Actor {
  id: string;
  roles: readonly Role[];
  teamId: string | null;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}

/** Whether the actor writes and publishes knowledge base articles and keeps the synonyms: editors and administrators. */
export function canEditKnowledge(actor: Actor): boolean {
  return hasRole(actor, 'editor', 'admin');
}

/** Roles that see every team's callback requests and contacts: the one counter must answer for all. */
export function seesAllTeams(actor: Actor): boolean {
  return hasRole(actor, 'kcc', 'admin');
}

export interface CallbackScope {
  teamId: string;
  assigneeId: string | null;
  kind?: string;
}

/**
 * The press inbox is read by the members of the team that holds it (Communicatie) and by
 * administrators; nobody else, not even the contact centre that sees every other team's requests.
 */
export function canReadPress(actor: Actor, pressTeamId: string): boolean {
  return hasRole(actor, 'admin') || (actor.teamId === pressTeamId && hasRole(actor, 'second_line', 'team_lead'));
}

/** Whether the actor may read this callback request (and the customer details on it). */
export function canViewCallback(actor: Actor, request: CallbackScope): boolean {
  if (request.kind === 'press_question') return canReadPress(actor, request.teamId);
  if (seesAllTeams(actor)) return true;
  if (request.assigneeId === actor.id) return true;
  return hasRole(actor, 'second_line', 'team_lead') && actor.teamId === request.teamId;
}

/** Whether the actor may work on it: pick up, log attempts, reply, reassign, complete, cancel. */
export function canWorkOnCallback(actor: Actor, request: CallbackScope): boolean {
  if (request.kind === 'press_question') return canReadPress(actor, request.teamId);
  if (hasRole(actor, 'admin')) return true;
  if (request.assigneeId === actor.id) return true;
  return actor.teamId === request.teamId && hasRole(actor, 'second_line', 'team_lead', 'kcc');
}

/** Whether the actor may look at the callback requests of this team (a list filter). */
export function canViewTeamCallbacks(actor: Actor, teamId: string): boolean {
  if (seesAllTeams(actor)) return true;
  return hasRole(actor, 'second_line', 'team_lead') && actor.teamId === teamId;
}
