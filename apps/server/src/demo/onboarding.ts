// The demo onboarding checklist: the organisation's items and one of team Werk, Inkomen &
// Leerrecht, and a few new employees part of the way through it.
import { amsterdamInstant, addDays, amsterdamDate } from '@helder/domain';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { employees, onboardingCompletions, onboardingItems, teams } from '../db/schema.js';

const ITEMS = [
  { title: 'De doelen van de gemeente', description: 'Lees wat de gemeenteraad wil: inwoners voelen zich gezien, gehoord en begrepen. Bekijk de cijfers.', link: '/cijfers' },
  { title: 'De doelen van uw team', description: 'Lees het SMART-doel voor dienstverlening van uw team en vraag uw teamleider hoe u eraan bijdraagt.', link: '/teamdoelen' },
  { title: 'Schrijven op B1-niveau', description: 'Lees de schrijfwijzer en check een eigen brief met de B1-check.', link: '/b1-check' },
  { title: 'De kennisbank', description: 'Zoek drie vragen op die inwoners vaak stellen over het werk van uw team.', link: '/kennisbank' },
];

export async function seedOnboarding(db: Db, options: { end: Date }): Promise<number> {
  const now = options.end;
  const [wil] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, 'Werk, Inkomen & Leerrecht')).limit(1);
  const rows = await db
    .insert(onboardingItems)
    .values([
      ...ITEMS.map((item, i) => ({ ...item, position: i, createdAt: now, updatedAt: now })),
      ...(wil ? [{ title: 'Introductietraining WIL', description: 'Volg de introductietraining van het team: twee ochtenden over bijstand, schulden en leerplicht.', link: null, teamId: wil.id, position: 10, createdAt: now, updatedAt: now }] : []),
    ])
    .returning({ id: onboardingItems.id, teamId: onboardingItems.teamId });
  // A few new colleagues of the team: one done, one halfway, one just started.
  const newcomers = wil ? await db.select({ id: employees.id }).from(employees).where(eq(employees.teamId, wil.id)).orderBy(asc(employees.name)).limit(3) : [];
  const today = amsterdamDate(now);
  const completions = newcomers.flatMap((e, n) =>
    rows.slice(0, rows.length - n * 2).map((item, i) => ({ employeeId: e.id, itemId: item.id, completedAt: amsterdamInstant(addDays(today, -10 + i), 11) })),
  );
  if (completions.length) await db.insert(onboardingCompletions).values(completions.filter((c) => c.completedAt <= now));
  return rows.length;
}
