// Loads the demo municipality into an empty database: teams, products, accounts for every role,
// the municipal closing days and the generated history.
import { closingDayCalendar } from '@helder/domain';
import { count, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/passwords.js';
import type { Db } from '../db/client.js';
import { callbackEvents, callbackRequests, closingDays, contacts, customers, employees, products, surveyResponses, teams } from '../db/schema.js';
import { type HistoryOrganisation, generateHistory } from './history.js';
import { seedCommunications } from './communications.js';
import { seedGoals } from './goals.js';
import { seedHomeVisits } from './home-visits.js';
import { seedKnowledge } from './knowledge.js';
import { seedOnboarding } from './onboarding.js';
import { seedPress } from './press.js';
import { DEMO_ACCOUNTS, DEMO_CLOSING_DAYS, DEMO_PASSWORD, DEMO_TEAMS, FIRST_NAMES, LAST_NAMES } from './organisation.js';
import { Random } from './random.js';

export interface SeedOptions {
  seed?: number;
  end?: Date;
  months?: number;
  /** Number of contacts in the history; 0 loads only the organisation. */
  contacts?: number | undefined;
  /** Target number of callback requests in the history. */
  callbacks?: number | undefined;
  log?: (message: string) => void;
}

export const DEFAULT_DEMO_CONTACTS = 60_000;

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ value: count() }).from(teams);
  return (row?.value ?? 0) === 0;
}

function emailFor(name: string, taken: Set<string>): string {
  const base = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z ]/g, '').trim().replace(/\s+/g, '.');
  let email = `${base}@dronten.demo`;
  for (let i = 2; taken.has(email); i += 1) email = `${base}${i}@dronten.demo`;
  taken.add(email);
  return email;
}

/** Teams, products, employees and closing days. Returns what the history generator needs. */
export async function seedOrganisation(db: Db, rng: Random): Promise<HistoryOrganisation> {
  // One hash for all demo accounts: they share the documented demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const teamRows = await db
    .insert(teams)
    .values(DEMO_TEAMS.map((t) => ({ name: t.name, description: t.description, deadlineWorkingDays: t.deadlineWorkingDays })))
    .returning();
  const teamId = (name: string) => teamRows.find((t) => t.name === name)!.id;

  const productRows = await db
    .insert(products)
    .values(DEMO_TEAMS.flatMap((t) => t.products.map((name) => ({ name, teamId: teamId(t.name) }))))
    .returning();

  const taken = new Set(DEMO_ACCOUNTS.map((a) => a.email));
  const staff = DEMO_TEAMS.flatMap((t) => {
    const size = t.name === 'Klantcontactcentrum' ? 8 : rng.int(3, 6);
    return Array.from({ length: size }, () => {
      const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
      const roles = t.name === 'Klantcontactcentrum' ? ['kcc'] : ['second_line'];
      return { name, email: emailFor(name, taken), roles, teamId: teamId(t.name), passwordHash };
    });
  });
  const accounts = DEMO_ACCOUNTS.map((a) => ({
    name: a.name,
    email: a.email,
    roles: a.roles,
    teamId: a.team ? teamId(a.team) : null,
    passwordHash,
  }));
  const employeeRows = await db.insert(employees).values([...accounts, ...staff]).returning();

  await db.insert(closingDays).values(DEMO_CLOSING_DAYS).onConflictDoNothing();

  const kccTeamId = teamId('Klantcontactcentrum');
  return {
    kccTeamId,
    kccEmployeeIds: employeeRows.filter((e) => e.teamId === kccTeamId).map((e) => e.id),
    reportsTeamId: teamId('Communicatie'),
    calendar: closingDayCalendar(DEMO_CLOSING_DAYS.map((d) => ({ ...d, kind: 'municipal' as const }))),
    teams: DEMO_TEAMS.map((t) => ({
      id: teamId(t.name),
      name: t.name,
      deadlineWorkingDays: t.deadlineWorkingDays,
      weight: t.weight,
      lateness: t.lateness,
      products: productRows.filter((p) => p.teamId === teamId(t.name)).map((p) => ({ id: p.id, name: p.name })),
      employeeIds: employeeRows.filter((e) => e.teamId === teamId(t.name)).map((e) => e.id),
    })),
  };
}

/** Postgres allows 65,535 parameters per statement: keep each insert well below. */
function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<{ contacts: number; callbacks: number; articles: number; articleUses: number }> {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 20231213;
  const rng = new Random(seed);
  const org = await seedOrganisation(db, rng);
  const total = options.contacts ?? DEFAULT_DEMO_CONTACTS;
  const end = options.end ?? new Date();
  let contactCount = 0;
  let callbackCount = 0;
  if (total > 0) {
    const started = Date.now();
    const history = generateHistory(org, { seed: seed + 1, end, months: options.months ?? 18, contacts: total, callbacks: options.callbacks });
    for (const batch of history) {
      await db.transaction(async (tx) => {
        for (const rows of chunks(batch.customers, 1000)) await tx.insert(customers).values(rows);
        for (const rows of chunks(batch.contacts, 1000)) await tx.insert(contacts).values(rows);
        for (const rows of chunks(batch.callbacks, 1000)) await tx.insert(callbackRequests).values(rows);
        for (const rows of chunks(batch.events, 1000)) await tx.insert(callbackEvents).values(rows);
        for (const rows of chunks(batch.surveys, 1000)) await tx.insert(surveyResponses).values(rows);
      });
      contactCount += batch.contacts.length;
      callbackCount += batch.callbacks.length;
      if (contactCount % 50_000 < batch.contacts.length) {
        log(`demo history: ${contactCount} contacts, ${callbackCount} callback requests (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    }
    // Every contact with an e-mail address or phone number finds its party (residents who get in
    // touch again share one), the way an existing database is linked (migration 0018); then the
    // parties get a Dronten address, so a search by postcode finds someone in the demo.
    // The press inbox's journalists (of kind institution) and the residents of the home visits are
    // customers too: linked the same way.
    const pressQuestions = await seedPress(db, { end, calendar: org.calendar });
    log(`demo press inbox: ${pressQuestions} press questions`);
    const visits = await seedHomeVisits(db, { end, calendar: org.calendar });
    log(`demo home visits: ${visits}`);
    await db.execute(sql`select helder_link_customers(null)`);
    await db.execute(sql`update parties p set visit_address = a.address, address_key = a.key, updated_at = p.created_at
      from (
        select id,
          jsonb_build_object('street', (array['De Rede', 'Educalaan', 'Het Ruim', 'Zuiderzeestraat', 'De Noord', 'Wisentweg', 'Oosterwolde', 'Biddinghuizerweg'])[1 + number % 8],
            'houseNumber', 1 + (number * 7) % 140, 'postcode', (8251 + number % 5)::text || ' ' || (array['AB', 'BC', 'CD', 'DE', 'EG', 'GH', 'JK', 'LM'])[1 + (number / 5) % 8], 'city', 'Dronten') as address,
          (8251 + number % 5)::text || (array['AB', 'BC', 'CD', 'DE', 'EG', 'GH', 'JK', 'LM'])[1 + (number / 5) % 8] || ' ' || (1 + (number * 7) % 140)::text as key
        from parties where kind = 'resident' and number % 3 <> 0) a
      where p.id = a.id`);
  }
  // The knowledge base (about 75 articles through the service, a second or two), and a share of the
  // history's recent contacts linked to its answers.
  const startedKnowledge = Date.now();
  const knowledge = await seedKnowledge(db, { end, linkContacts: total > 0 });
  log(`demo knowledge base: ${knowledge.articles} articles, ${knowledge.uses} uses in contacts (${Math.round((Date.now() - startedKnowledge) / 100) / 10} s)`);
  const startedRegister = Date.now();
  const texts = await seedCommunications(db, { end });
  log(`demo register of outgoing communication: ${texts} texts (${Math.round((Date.now() - startedRegister) / 100) / 10} s)`);
  const goals = await seedGoals(db, { end });
  log(`demo team plans: ${goals} service goals`);
  const checklist = await seedOnboarding(db, { end });
  log(`demo onboarding: ${checklist} checklist items`);
  if (total > 0) {
    // Fresh planner statistics: without them the first queries on a bulk-loaded table can pick a
    // plan that reads the whole table (seen on PostgreSQL before autovacuum had run).
    await db.execute(sql`analyze`);
  }
  return { contacts: contactCount, callbacks: callbackCount, articles: knowledge.articles, articleUses: knowledge.uses };
}
