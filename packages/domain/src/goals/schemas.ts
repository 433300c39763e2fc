// Team SMART goals (R5.1): every team writes at least one service goal in its team plan, with the
// five SMART parts, a measure (a KPI of the measurement plan for that team, or a measure of its
// own with values entered per month), a target, a deadline and an owner. One definition for the
// server's validation and OpenAPI document and for the web app's types.
import { z } from 'zod';
import { KPI_DEFINITIONS } from '../kpis/definitions.js';
import { idSchema, localDateSchema } from '../validation/common.js';

const KPI_IDS = KPI_DEFINITIONS.map((d) => d.id) as [string, ...string[]];

function part(empty: string) {
  return z.string({ error: empty }).trim().min(1, { error: empty }).max(1000, { error: 'Schrijf dit in hoogstens 1000 tekens.' });
}

export const teamGoalInputSchema = z
  .object({
    title: z.string({ error: 'Geef het doel een naam.' }).trim().min(1, { error: 'Geef het doel een naam.' }).max(200, { error: 'Een naam is hoogstens 200 tekens.' }),
    /** A KPI of the measurement plan; without it the goal has a measure of its own (`measureName`). */
    kpiId: z.enum(KPI_IDS, { error: 'Kies een meetpunt uit het meetplan.' }).optional(),
    measureName: z.string().trim().max(200, { error: 'Een naam is hoogstens 200 tekens.' }).optional(),
    /** For a measure of its own: whether a higher value is better (default true). */
    higherIsBetter: z.boolean({ error: 'Geef aan of hoger beter is.' }).optional(),
    target: z.number({ error: 'Vul het doel in als een getal.' }).finite({ error: 'Vul het doel in als een getal.' }),
    deadline: localDateSchema,
    specific: part('Schrijf op wat het team precies wil bereiken (specifiek).'),
    measurable: part('Schrijf op hoe u meet of het doel is gehaald (meetbaar).'),
    acceptable: part('Schrijf op waarom het team achter dit doel staat (acceptabel).'),
    realistic: part('Schrijf op waarom het doel haalbaar is (realistisch).'),
    timeBound: part('Schrijf op wanneer het doel gehaald moet zijn (tijdgebonden).'),
    ownerId: idSchema.optional(),
  })
  .superRefine((goal, ctx) => {
    if (!goal.kpiId && !goal.measureName) {
      ctx.addIssue({ code: 'custom', path: ['measureName'], message: 'Kies een meetpunt uit het meetplan, of geef uw eigen meetpunt een naam.' });
    }
    // Shares are entered as fractions (0.85), like the measurement plan.
    const kpi = KPI_DEFINITIONS.find((d) => d.id === goal.kpiId);
    if (kpi?.unit === 'share' && (goal.target < 0 || goal.target > 1)) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'Dit meetpunt is een deel: vul een getal van 0 tot en met 1 in (0,85 is 85%).' });
    }
  });
export type TeamGoalInput = z.infer<typeof teamGoalInputSchema>;

export const teamGoalValueInputSchema = z.object({
  period: z.string({ error: 'Kies een maand.' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Kies een maand als JJJJ-MM, bijvoorbeeld 2026-03.' }),
  value: z.number({ error: 'Vul de waarde in als een getal.' }).finite({ error: 'Vul de waarde in als een getal.' }),
});

const statusSchema = z.enum(['on_track', 'at_risk', 'off_track', 'no_data', 'no_target']);

export const teamGoalSchema = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  title: z.string(),
  kpiId: z.string().nullable(),
  measureName: z.string(),
  unit: z.enum(['share', 'score', 'number']),
  higherIsBetter: z.boolean(),
  target: z.number(),
  deadline: z.string(),
  specific: z.string(),
  measurable: z.string(),
  acceptable: z.string(),
  realistic: z.string(),
  timeBound: z.string(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The measure's value now: the KPI for this team over the last three months, or the last value entered. */
  current: z.number().nullable(),
  status: statusSchema,
  statusLabel: z.string(),
  values: z.array(z.object({ period: z.string(), value: z.number() })),
  createdAt: z.string(),
});
export type TeamGoal = z.infer<typeof teamGoalSchema>;

export const teamGoalsOverviewSchema = z.array(
  z.object({ teamId: z.string(), teamName: z.string(), goals: z.array(teamGoalSchema) }),
);
