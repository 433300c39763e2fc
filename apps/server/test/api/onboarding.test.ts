// Onboarding (issue 14, R5.2): administrators keep the checklist (items for everyone and for one
// team); an employee sees the organisation's items and their own team's, confirms each once; a
// team lead sees how far their team is, not another team; a switched-off item leaves the lists.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';

const clock = new FixedClock(new Date('2027-03-17T10:00:00+01:00'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t?.close());

interface Checklist {
  items: { id: string; title: string; teamName: string | null; completedAt: string | null }[];
  done: number;
  total: number;
}
const checklist = async (as: string) => (await t.call(as, 'GET', '/api/onboarding')).json() as Checklist;

describe('the checklist', () => {
  test('an administrator adds items; each employee sees the organisation\'s and their own team\'s', async () => {
    const add = (body: Record<string, unknown>) => t.call(DEMO.admin, 'POST', '/api/onboarding/items', body);
    expect((await add({ title: 'Lees de doelen van de gemeente', description: 'Lees de visie op dienstverlening.', link: '/cijfers' })).statusCode).toBe(201);
    expect((await add({ title: 'Schrijven op B1', description: 'Doe de B1-check met een eigen brief.', link: '/b1-check', position: 2 })).statusCode).toBe(201);
    const wil = await add({ title: 'Introductietraining WIL', description: 'Volg de training van het team.', teamId: t.team('Werk, Inkomen & Leerrecht').id });
    expect(wil.statusCode, wil.body).toBe(201);
    const burgerzaken = await add({ title: 'Meelopen aan de balie', description: 'Loop een dag mee aan de balie.', teamId: t.team('Burgerzaken').id });
    expect(burgerzaken.statusCode).toBe(201);

    const mine = await checklist(DEMO.secondLine);
    expect(mine.items.map((i) => i.title)).toEqual(['Lees de doelen van de gemeente', 'Schrijven op B1', 'Meelopen aan de balie']);
    expect(mine).toMatchObject({ done: 0, total: 3 });
    expect((await checklist(DEMO.kcc)).items.map((i) => i.title)).not.toContain('Meelopen aan de balie');
  });

  test('confirming an item counts once; an item of another team is 404', async () => {
    const mine = await checklist(DEMO.secondLine);
    const first = mine.items[0]!;
    const done = await t.call(DEMO.secondLine, 'POST', `/api/onboarding/items/${first.id}/complete`);
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as Checklist).done).toBe(1);
    clock.advance(3600_000);
    const again = (await t.call(DEMO.secondLine, 'POST', `/api/onboarding/items/${first.id}/complete`)).json() as Checklist;
    expect(again.done).toBe(1);
    expect(again.items[0]!.completedAt).toBe(new Date('2027-03-17T09:00:00Z').toISOString());
    const items = (await t.call(DEMO.admin, 'GET', '/api/onboarding/items')).json() as { id: string; title: string }[];
    const wil = items.find((i) => i.title === 'Introductietraining WIL')!;
    expect((await t.call(DEMO.secondLine, 'POST', `/api/onboarding/items/${wil.id}/complete`)).statusCode).toBe(404);
  });

  test('a team lead sees how far their own team is, not another team; an administrator any', async () => {
    const progress = await t.call(DEMO.teamLead, 'GET', '/api/onboarding/team');
    expect(progress.statusCode).toBe(200);
    const rows = progress.json() as { name: string; done: number; total: number; finished: boolean }[];
    expect(rows.find((r) => r.name === 'Mehmet Yilmaz')).toMatchObject({ done: 1, total: 3, finished: false });
    expect((await t.call(DEMO.teamLead, 'GET', `/api/onboarding/team?teamId=${t.team('Belastingen').id}`)).statusCode).toBe(403);
    expect((await t.call(DEMO.admin, 'GET', `/api/onboarding/team?teamId=${t.team('Belastingen').id}`)).statusCode).toBe(200);
    expect((await t.call(DEMO.secondLine, 'GET', '/api/onboarding/team')).statusCode).toBe(403);
  });

  test('a switched-off item leaves the checklists; bad input is a Dutch 400; only administrators keep the list', async () => {
    const items = (await t.call(DEMO.admin, 'GET', '/api/onboarding/items')).json() as { id: string; title: string }[];
    const b1 = items.find((i) => i.title === 'Schrijven op B1')!;
    const off = await t.call(DEMO.admin, 'PATCH', `/api/onboarding/items/${b1.id}`, { active: false });
    expect(off.statusCode, off.body).toBe(200);
    expect((await checklist(DEMO.secondLine)).items.map((i) => i.title)).not.toContain('Schrijven op B1');
    const bad = await t.call(DEMO.admin, 'POST', '/api/onboarding/items', { title: '', description: 'x', link: 'javascript:alert(1)' });
    expect(bad.statusCode).toBe(400);
    expect((bad.json().error.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(['link', 'title']);
    expect((await t.call(DEMO.teamLead, 'POST', '/api/onboarding/items', { title: 'x', description: 'y' })).statusCode).toBe(403);
  });
});
