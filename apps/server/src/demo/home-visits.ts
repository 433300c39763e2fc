// Demo home visits: a few residents who cannot come to the town hall, some planned this week and
// next, some still to plan. Inserted directly as requests of kind home_visit with their visit.
import { addDays, amsterdamDate, amsterdamInstant, computeDueDate, type ClosingDayCalendar, isWeekend } from '@helder/domain';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { callbackEvents, callbackRequests, customers, employees, homeVisits, products, teams } from '../db/schema.js';
import { Random } from './random.js';

const VISITS = [
  { name: 'Mevrouw De Wit', product: 'Paspoort', reason: 'Mevrouw kan door een gebroken heup niet naar het gemeentehuis. Zij moet een paspoort aanvragen.', street: 'De Rede', number: '12', postcode: '8251 EG', plan: 1 },
  { name: 'Meneer Bakker', product: 'Identiteitskaart', reason: 'Meneer is bedlegerig en heeft een identiteitskaart nodig voor de bank.', street: 'Het Ruim', number: '3', postcode: '8251 AB', plan: 3 },
  { name: 'Mevrouw Kaya', product: 'Huishoudelijke hulp', reason: 'Mevrouw heeft hulp in huis nodig. Wij praten met haar aan de keukentafel.', street: 'Educalaan', number: '40', postcode: '8252 CD', plan: 6 },
  { name: 'Meneer Postma', product: 'Rijbewijs', reason: 'Meneer woont in een zorginstelling en wil zijn rijbewijs inleveren.', street: 'Zuiderzeestraat', number: '8', postcode: '8253 BC', plan: null },
  { name: 'Mevrouw Veenstra', product: 'Paspoort', reason: 'Mevrouw zit in een rolstoel en kan de bus niet nemen.', street: 'De Noord', number: '21', postcode: '8254 DE', plan: null },
];

export async function seedHomeVisits(db: Db, options: { end: Date; calendar: ClosingDayCalendar }): Promise<number> {
  const rng = new Random(1406);
  const productRows = await db.select({ id: products.id, name: products.name, teamId: products.teamId }).from(products).where(inArray(products.name, VISITS.map((v) => v.product)));
  const today = amsterdamDate(options.end);
  let count = 0;
  for (const v of VISITS) {
    const product = productRows.find((p) => p.name === v.product);
    if (!product) continue;
    const [team] = await db.select({ id: teams.id, days: teams.deadlineWorkingDays }).from(teams).where(eq(teams.id, product.teamId)).limit(1);
    const staff = await db.select({ id: employees.id }).from(employees).where(eq(employees.teamId, product.teamId));
    if (!team || staff.length === 0) continue;
    const id = rng.uuid();
    const customerId = rng.uuid();
    const createdAt = new Date(options.end.getTime() - rng.int(2, 48) * 3600_000);
    const due = computeDueDate(amsterdamDate(createdAt), team.days, options.calendar);
    let plannedDay = v.plan === null ? null : addDays(today, v.plan);
    while (plannedDay && isWeekend(plannedDay)) plannedDay = addDays(plannedDay, 1);
    const plannedAt = plannedDay ? amsterdamInstant(plannedDay, rng.pick([9, 10, 11, 14, 15]), 0) : null;
    const visitor = rng.pick(staff).id;
    await db.insert(customers).values({ id: customerId, kind: 'resident', name: v.name, phone: '0321 ' + String(rng.int(100000, 999999)), createdAt });
    await db.insert(callbackRequests).values({
      id, teamId: team.id, assigneeId: plannedAt ? visitor : null, customerId, question: v.reason, replyBy: 'phone',
      status: plannedAt ? 'in_progress' : 'open', workingDays: team.days, dueAt: due.dueAt, dueExplanation: due.explanation,
      createdAt, updatedAt: createdAt, kind: 'home_visit',
    });
    // A weekday the resident would like, for the ones still to plan.
    let preferred = addDays(today, 4);
    while (isWeekend(preferred)) preferred = addDays(preferred, 1);
    await db.insert(homeVisits).values({ requestId: id, productId: product.id, address: { street: v.street, houseNumber: v.number, postcode: v.postcode, city: 'Dronten' }, preferredDates: plannedDay ? [plannedDay] : [preferred], plannedAt, plannedBy: plannedAt ? visitor : null });
    await db.insert(callbackEvents).values([
      { callbackRequestId: id, at: createdAt, actorId: null, type: 'created', data: { teamId: team.id, assigneeId: null, dueAt: due.dueAt.toISOString(), workingDays: team.days } },
      ...(plannedAt ? [{ callbackRequestId: id, at: new Date(createdAt.getTime() + 3600_000), actorId: visitor, type: 'planned', data: { plannedAt: plannedAt.toISOString(), employeeId: visitor, mailed: false } }] : []),
    ]);
    count += 1;
  }
  return count;
}
