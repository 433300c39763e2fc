// The customer view: what the municipality already knows of one party (open requests, the last
// contacts with their answers), limited to what the employee may open.
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../db/client.js';

/** Who is looking: all teams, or one team and their own assignments. */
export interface ViewScope {
  allTeams: boolean;
  teamId: string | null;
  employeeId: string;
}

export interface OpenRequestRow {
  id: string;
  number: string | number;
  kind: string;
  status: string;
  team_name: string;
  assignee_name: string | null;
  question: string;
  created_at: string | Date;
  due_at: string | Date;
  completed_at: string | Date | null;
}

export interface RecentContactRow {
  id: string;
  number: string | number;
  occurred_at: string | Date;
  channel: string;
  subject: string;
  summary: string | null;
  answer: string | null;
  resolution: string;
  team_name: string | null;
  product_name: string | null;
}

function requestVisible(scope: ViewScope): SQL {
  if (scope.allTeams) return sql`true`;
  return sql`(r.team_id = ${scope.teamId} or r.assignee_id = ${scope.employeeId})`;
}

/** A contact's own team sees it, and so does whoever holds a request made from it (handover with context). */
function contactVisible(scope: ViewScope): SQL {
  if (scope.allTeams) return sql`true`;
  return sql`(k.team_id = ${scope.teamId} or exists (select 1 from callback_requests r2
    where r2.contact_id = k.id and (r2.team_id = ${scope.teamId} or r2.assignee_id = ${scope.employeeId})))`;
}

export async function openRequests(db: DbOrTx, partyId: string, scope: ViewScope, limit = 20): Promise<OpenRequestRow[]> {
  return rowsOf<OpenRequestRow>(await db.execute(sql`
    select r.id, r.number, r.kind, r.status, t.name as team_name, e.name as assignee_name, r.question, r.created_at, r.due_at, r.completed_at
    from customers c
    join callback_requests r on r.customer_id = c.id
    join teams t on t.id = r.team_id
    left join employees e on e.id = r.assignee_id
    where c.party_id = ${partyId} and r.status in ('open', 'in_progress') and ${requestVisible(scope)}
    order by r.due_at, r.id
    limit ${limit}`));
}

export async function recentContacts(db: DbOrTx, partyId: string, scope: ViewScope, limit = 10): Promise<RecentContactRow[]> {
  return rowsOf<RecentContactRow>(await db.execute(sql`
    select k.id, k.number, k.occurred_at, k.channel, k.subject, k.summary, k.answer, k.resolution, t.name as team_name, p.name as product_name
    from customers c
    join contacts k on k.customer_id = c.id
    left join teams t on t.id = k.team_id
    left join products p on p.id = k.product_id
    where c.party_id = ${partyId} and ${contactVisible(scope)}
    order by k.occurred_at desc, k.number desc
    limit ${limit}`));
}

/** Contacts and open requests of the party this employee may not open: counted, never shown (`is not true`: a null team is not theirs). */
export async function hiddenCount(db: DbOrTx, partyId: string, scope: ViewScope): Promise<number> {
  if (scope.allTeams) return 0;
  const [row] = rowsOf<{ n: string | number }>(await db.execute(sql`
    select (select count(*) from customers c join contacts k on k.customer_id = c.id where c.party_id = ${partyId} and ${contactVisible(scope)} is not true)
         + (select count(*) from customers c join callback_requests r on r.customer_id = c.id
              where c.party_id = ${partyId} and r.status in ('open', 'in_progress') and ${requestVisible(scope)} is not true) as n`));
  return Number(row?.n ?? 0);
}

/** The customers (betrokkenen) of a party: for the audit of who was read. */
export async function customerIdsOfParty(db: DbOrTx, partyId: string, limit = 200): Promise<string[]> {
  return rowsOf<{ id: string }>(await db.execute(sql`select id from customers where party_id = ${partyId} order by created_at desc limit ${limit}`)).map((r) => r.id);
}
