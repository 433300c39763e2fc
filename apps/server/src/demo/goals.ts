// The demo team plans: one SMART service goal for every team, written in the first months of the
// demo history (so the KPI teams.service_goal_share rises to 100%), most measured by a KPI of the
// measurement plan, one with a measure of its own and monthly values. Inserted directly with the
// dates they had.
import { addDays, amsterdamDate, amsterdamInstant } from '@helder/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { employees, teamGoals, teamGoalValues, teams } from '../db/schema.js';

const MONTHS = 18;

interface Plan {
  title: string;
  kpiId: string | null;
  measureName?: string;
  higherIsBetter?: boolean;
  target: number;
  specific: string;
  measurable: string;
}

const PLANS: Record<string, Plan> = {
  Klantcontactcentrum: { title: 'Direct antwoord aan de telefoon', kpiId: 'contacts.first_line_share', target: 0.9, specific: 'Wij beantwoorden 9 van de 10 vragen meteen zelf, zonder door te verbinden.', measurable: 'Het deel dat het KCC direct beantwoordt, uit het meetplan.' },
  Burgerzaken: { title: 'Op tijd terugbellen', kpiId: 'callbacks.late_share', target: 0.15, specific: 'Wij bellen inwoners terug binnen de termijn die wij beloven.', measurable: 'Het deel van de terugbelverzoeken dat te laat is, uit het meetplan.' },
  Belastingen: { title: 'Op tijd terugbellen', kpiId: 'callbacks.late_share', target: 0.15, specific: 'Wij bellen inwoners met vragen over de aanslag op tijd terug.', measurable: 'Het deel van de terugbelverzoeken dat te laat is, uit het meetplan.' },
  'Werk, Inkomen & Leerrecht': { title: 'Brieven op B1-niveau', kpiId: 'communication.b1_share', target: 0.8, specific: 'Onze brieven zijn zo geschreven dat iedereen ze begrijpt.', measurable: 'Het deel van de verstuurde teksten op B1-niveau, uit het register.' },
  Wmo: { title: 'Tevreden na het keukentafelgesprek', kpiId: 'experience.contact_score', target: 7.5, specific: 'Inwoners voelen zich gehoord in het gesprek over hulp.', measurable: 'Het cijfer dat inwoners geven na contact, uit het meetplan.' },
  Jeugd: { title: 'Op tijd terugbellen', kpiId: 'callbacks.late_share', target: 0.15, specific: 'Ouders horen op tijd van ons.', measurable: 'Het deel van de terugbelverzoeken dat te laat is, uit het meetplan.' },
  Vergunningen: { title: 'Duidelijke besluiten', kpiId: 'communication.b1_share', target: 0.8, specific: 'Een besluit over een vergunning is in gewone taal geschreven.', measurable: 'Het deel van de verstuurde teksten op B1-niveau, uit het register.' },
  'Openbare Ruimte': { title: 'Meldingen snel opgepakt', kpiId: null, measureName: 'Werkdagen tot een melding openbare ruimte is opgepakt', higherIsBetter: false, target: 3, specific: 'Een melding over een kapotte lantaarnpaal of losse tegel pakken wij snel op.', measurable: 'Het gemiddelde aantal werkdagen tot oppakken, elke maand uit het meldingensysteem.' },
  'Economie en Ondernemersloket': { title: 'Ondernemers op tijd antwoord', kpiId: 'callbacks.late_share', target: 0.15, specific: 'Ondernemers krijgen op tijd antwoord van het loket.', measurable: 'Het deel van de terugbelverzoeken dat te laat is, uit het meetplan.' },
  Communicatie: { title: 'Persvragen binnen twee werkdagen', kpiId: 'press.answered_in_time_share', target: 0.95, specific: 'Journalisten krijgen binnen twee werkdagen antwoord of een procesantwoord.', measurable: 'Het deel van de persvragen dat op tijd antwoord kreeg, uit het meetplan.' },
};

export async function seedGoals(db: Db, options: { end: Date }): Promise<number> {
  const start = addDays(amsterdamDate(options.end), -MONTHS * 30);
  const teamRows = await db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.active, true)).orderBy(teams.name);
  let count = 0;
  for (const [i, team] of teamRows.entries()) {
    const plan = PLANS[team.name];
    if (!plan) continue;
    const [lead] = await db.select({ id: employees.id }).from(employees).where(and(eq(employees.teamId, team.id), eq(employees.active, true))).orderBy(sql`'team_lead' = any(${employees.roles}) desc`, employees.name).limit(1);
    // The teams wrote their plans one after the other over the first five months.
    const createdAt = amsterdamInstant(addDays(start, 7 + i * 15), 10);
    const deadline = `${options.end.getUTCFullYear()}-12-31`;
    const [goal] = await db
      .insert(teamGoals)
      .values({
        teamId: team.id,
        title: plan.title,
        kpiId: plan.kpiId,
        measureName: plan.measureName ?? null,
        higherIsBetter: plan.higherIsBetter ?? !plan.kpiId?.endsWith('late_share'),
        target: plan.target,
        deadline,
        specific: plan.specific,
        measurable: plan.measurable,
        acceptable: 'Het team koos dit doel zelf, op de teamdag.',
        realistic: 'Het team heeft er tijd en middelen voor in het rooster en het werkplan.',
        timeBound: `Gehaald op 31 december ${deadline.slice(0, 4)}; elke maand bespreekt het team de voortgang.`,
        ownerId: lead?.id ?? null,
        createdBy: lead?.id ?? null,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: teamGoals.id });
    count += 1;
    if (!plan.kpiId) {
      // Monthly values of the own measure, from 6 working days down to about 3.
      const values = [];
      for (let m = 1; m <= MONTHS; m += 1) {
        const month = new Date(Date.UTC(createdAt.getUTCFullYear(), createdAt.getUTCMonth() + m, 1));
        if (month > options.end) break;
        values.push({ goalId: goal!.id, period: month.toISOString().slice(0, 7), value: Math.round((6 - (3.2 * m) / MONTHS) * 10) / 10, enteredBy: lead?.id ?? null, enteredAt: month });
      }
      if (values.length) await db.insert(teamGoalValues).values(values);
    }
  }
  return count;
}
