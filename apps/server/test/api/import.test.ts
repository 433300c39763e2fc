// Importing history as CSV: every row checked, all or nothing, once per reference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  // Mid-2027, so the Christmas 2026 example below is history.
  t = await createTestApp({ clock: new FixedClock(new Date('2027-06-01T10:00:00Z')) });
});
afterAll(() => t.close());

async function importAs(kind: string, csv: string, as: string | null = DEMO.admin, contentType = 'text/csv') {
  const cookie = as ? await t.login(as) : undefined;
  return t.app.inject({ method: 'POST', url: `/api/import/${kind}`, payload: csv, headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) } });
}


async function kpi(id: string, query: string) {
  const response = await t.call(DEMO.admin, 'GET', `/api/kpis?${query}`);
  return (response.json() as Array<{ id: string; value: number | null; numerator: number; denominator: number }>).find((k) => k.id === id)!;
}

describe('POST /api/import/contacts', () => {
  const csv = [
    'reference,occurred_at,channel,team,product,resolution',
    'OUD-1,2024-03-04T09:15:00,phone,Burgerzaken,Paspoort,first_line',
    'OUD-2,2024-03-04T10:00:00+01:00,phone,burgerzaken,,handed_over',
    'OUD-3,2024-03-05,contact_form,Burgerzaken,Paspoort,first_line',
  ].join('\r\n');

  it('imports every row and feeds the KPIs', async () => {
    const response = await importAs('contacts', csv);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ kind: 'contacts', rows: 3, imported: 3, alreadyThere: 0 });
    const share = await kpi('contacts.first_line_share', 'from=2024-03-01&to=2024-03-31');
    expect([share.numerator, share.denominator]).toEqual([2, 3]);
  });

  it('imports the same file twice only once', async () => {
    const again = await importAs('contacts', csv);
    expect(again.json()).toEqual({ kind: 'contacts', rows: 3, imported: 0, alreadyThere: 3 });
    const share = await kpi('contacts.first_line_share', 'from=2024-03-01&to=2024-03-31');
    expect(share.denominator).toBe(3);
  });

  it('reads semicolons, quotes and a byte order mark', async () => {
    const semicolons = '\uFEFFreference;occurred_at;channel;team;product;resolution\n"OUD;4";2024-03-06T11:00:00;counter;Burgerzaken;"Paspoort";first_line\n';
    const response = await importAs('contacts', semicolons);
    expect(response.json()).toMatchObject({ rows: 1, imported: 1 });
  });

  it('imports nothing when one row is wrong, and names every row and column in Dutch', async () => {
    const bad = [
      'reference,occurred_at,channel,team,product,resolution',
      'NIEUW-1,2024-04-01T09:00:00,phone,Burgerzaken,,first_line',
      'NIEUW-2,1 april 2024,fax,Onbekend team,,opgelost',
      'NIEUW-1,2024-04-02T09:00:00,phone,Burgerzaken,Bestaat niet,first_line',
    ].join('\n');
    const response = await importAs('contacts', bad);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('import_invalid');
    expect(body.error.message).toMatch(/Er is niets geïmporteerd/);
    const fields = body.error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(['3.occurred_at', '3.channel', '3.team', '3.resolution', '4.reference', '4.product']);
    expect(body.error.fields[1].message).toBe('Regel 3, kolom channel: "fax" kan niet. Kies uit: phone, email, counter, contact_form, chat, social_media, letter, home_visit.');
    const share = await kpi('contacts.first_line_share', 'from=2024-04-01&to=2024-04-30');
    expect(share.denominator).toBe(0);
  });

  it('refuses moments before 2000 and moments that have not happened yet', async () => {
    const csv = ['reference,occurred_at,channel,team,product,resolution', 'T-1,1999-12-31T23:00:00,phone,,,first_line', 'T-2,9999-12-31T23:59:59+14:00,phone,,,first_line'].join('\n');
    const response = await importAs('contacts', csv);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { message: string }) => f.message)).toEqual([
      'Regel 2, kolom occurred_at: 1999-12-31T23:00:00 ligt vóór het jaar 2000. Controleer de datum.',
      'Regel 3, kolom occurred_at: 9999-12-31T23:59:59+14:00 ligt in de toekomst. Controleer de datum.',
    ]);
  });

  it('explains a missing column, an empty file and a broken quote', async () => {
    const missing = await importAs('contacts', 'reference,occurred_at\nX,2024-01-01');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/Deze ontbreken: channel, team, product, resolution/);
    expect((await importAs('contacts', '')).statusCode).toBe(400);
    const quote = await importAs('contacts', 'reference,occurred_at,channel,team,product,resolution\n"X,2024-01-01,phone,,,first_line\n');
    expect(quote.json().error.message).toMatch(/aanhalingsteken/);
    const nul = await importAs('contacts', 'reference,occurred_at,channel,team,product,resolution\nX\u0000,2024-01-01,phone,,,first_line\n');
    expect(nul.statusCode).toBe(400);
  });

  it('is for administrators only', async () => {
    expect((await importAs('contacts', csv, DEMO.teamLead)).statusCode).toBe(403);
    expect((await importAs('contacts', csv, null)).statusCode).toBe(401);
  });

  it('refuses an unknown kind and JSON', async () => {
    expect((await importAs('employees', csv)).statusCode).toBe(400);
    const json = await importAs('contacts', JSON.stringify({ a: 1 }), DEMO.admin, 'application/json');
    expect(json.statusCode).toBe(400);
  });
});

describe('POST /api/import/callback-requests', () => {
  it('computes a missing deadline with the team term and the closing days, and feeds the late share', async () => {
    const csv = [
      'reference,created_at,team,due_at,completed_at,status',
      // Thursday 24 December 2026, 2 working days: due at the end of Tuesday 29 December.
      'TB-OUD-1,2026-12-24T10:00:00,Burgerzaken,,2026-12-29T16:00:00,done',
      'TB-OUD-2,2026-12-24T11:00:00,Burgerzaken,,2026-12-30T09:00:00,done',
      'TB-OUD-3,2026-12-24T12:00:00,Burgerzaken,2026-12-28T23:59:59,,cancelled',
    ].join('\n');
    const response = await importAs('callback-requests', csv);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 3 });
    const late = await kpi('callbacks.late_share', 'from=2026-12-29&to=2026-12-29');
    expect([late.numerator, late.denominator]).toEqual([1, 2]);
  });

  it('checks status against completed_at', async () => {
    const csv = ['reference,created_at,team,due_at,completed_at,status', 'TB-X,2026-01-05T10:00:00,Burgerzaken,,,done', 'TB-Y,2026-01-05T10:00:00,Burgerzaken,,2026-01-06T10:00:00,open'].join('\n');
    const response = await importAs('callback-requests', csv);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['2.completed_at', '3.completed_at']);
  });
});

describe('POST /api/import/survey-responses', () => {
  it('imports scores and feeds the experience KPIs', async () => {
    const csv = [
      'reference,answered_at,channel,team,product,line,score,timeliness_score',
      'E-1,2025-05-01T10:00:00,phone,Burgerzaken,Paspoort,first,8,7',
      'E-2,2025-05-02T10:00:00,email,Burgerzaken,,second,6,',
      'E-3,2025-05-03T10:00:00,counter,,,first,10,9',
    ].join('\n');
    const response = await importAs('survey-responses', csv);
    expect(response.statusCode, response.body).toBe(200);
    const score = await kpi('experience.contact_score', 'from=2025-05-01&to=2025-05-31');
    expect(score.value).toBeCloseTo(8);
    expect([score.numerator, score.denominator]).toEqual([24, 3]);
    const timeliness = await kpi('experience.timeliness_score', 'from=2025-05-01&to=2025-05-31');
    expect(timeliness.value).toBeCloseTo(8);
    expect(timeliness.denominator).toBe(2);
  });

  it('refuses scores outside 1 to 10', async () => {
    const csv = ['reference,answered_at,channel,team,product,line,score,timeliness_score', 'E-9,2025-05-01T10:00:00,phone,,,first,11,0'].join('\n');
    const response = await importAs('survey-responses', csv);
    expect(response.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['2.score', '2.timeliness_score']);
  });
});
