// The yearly survey results (R4.4) and the survey-based KPIs (R0.2, R4.2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function kpi(id: string, query: string) {
  const response = await t.call(DEMO.teamLead, 'GET', `/api/kpis?${query}`);
  return (response.json() as Array<{ id: string; value: number | null; numerator: number; denominator: number; status: string }>).find((k) => k.id === id)!;
}

describe('yearly survey results', () => {
  let id = '';
  it('an administrator records the 0-measurement; it becomes the overall satisfaction of its period', async () => {
    const response = await t.call(DEMO.admin, 'POST', '/api/survey-results', { measuredOn: '2023-10-15', score: 6.71, sampleSize: 812, source: 'Onderzoeksbureau, 0-meting' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ question: 'overall', score: 6.71, sampleSize: 812, createdBy: 'Jeroen Bakker' });
    id = response.json().id;
    const overall = await kpi('satisfaction.overall', 'from=2023-01-01&to=2023-12-31');
    expect(overall.value).toBeCloseTo(6.71, 5);
    expect(overall.status).toBe('at_risk');
    expect((await kpi('satisfaction.overall', 'from=2024-01-01&to=2024-12-31')).value).toBeNull();
  });

  it('weighs two measurements in one period by their samples', async () => {
    await t.call(DEMO.admin, 'POST', '/api/survey-results', { measuredOn: '2023-12-01', score: 7.5, sampleSize: 188, source: 'Extra meting' });
    const overall = await kpi('satisfaction.overall', 'from=2023-01-01&to=2023-12-31');
    expect(overall.value).toBeCloseTo((6.71 * 812 + 7.5 * 188) / 1000, 5);
  });

  it('lists the results for every employee, newest first', async () => {
    const response = await t.call(DEMO.kcc, 'GET', '/api/survey-results');
    expect(response.statusCode).toBe(200);
    expect(response.json().map((r: { measuredOn: string }) => r.measuredOn)).toEqual(['2023-12-01', '2023-10-15']);
  });

  it('refuses a wrong mark, sample or date with Dutch messages', async () => {
    const response = await t.call(DEMO.admin, 'POST', '/api/survey-results', { measuredOn: '2023-02-30', score: 10.5, sampleSize: 0, source: '' });
    expect(response.statusCode).toBe(400);
    const messages = response.json().error.fields.map((f: { field: string; message: string }) => `${f.field}: ${f.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^measuredOn: Dit is geen geldige datum/),
      'score: Het cijfer is hoogstens 10.',
      'sampleSize: Er deed minstens 1 persoon mee.',
      'source: Vul de bron in, zoals het onderzoeksbureau.',
    ]));
    const decimals = await t.call(DEMO.admin, 'POST', '/api/survey-results', { measuredOn: '2023-02-01', score: 6.715, sampleSize: 10, source: 'Bureau' });
    expect(decimals.json().error.fields[0].message).toBe('Gebruik hoogstens twee cijfers achter de komma.');
  });

  it('only administrators record and remove; a removal is gone from the figures', async () => {
    expect((await t.call(DEMO.teamLead, 'POST', '/api/survey-results', { measuredOn: '2023-10-15', score: 7, sampleSize: 5, source: 'X' })).statusCode).toBe(403);
    expect((await t.call(DEMO.teamLead, 'DELETE', `/api/survey-results/${id}`)).statusCode).toBe(403);
    expect((await t.call(DEMO.admin, 'DELETE', `/api/survey-results/${id}`)).statusCode).toBe(204);
    expect((await t.call(DEMO.admin, 'DELETE', `/api/survey-results/${id}`)).statusCode).toBe(404);
    expect((await kpi('satisfaction.overall', 'from=2023-01-01&to=2023-12-31')).value).toBeCloseTo(7.5, 5);
  });
});

describe('experience.top_products_score', () => {
  it('averages the marks for the three products of each team with the most contacts', async () => {
    const contacts = ['reference,occurred_at,channel,team,product,resolution'];
    const counts: Record<string, number> = { Paspoort: 5, Identiteitskaart: 4, Rijbewijs: 3, Geboorteaangifte: 1 };
    let n = 0;
    for (const [product, count] of Object.entries(counts)) {
      for (let i = 0; i < count; i += 1) contacts.push(`C-${(n += 1)},2024-02-0${1 + (i % 5)}T10:00:00,phone,Burgerzaken,${product},first_line`);
    }
    const cookie = await t.login(DEMO.admin);
    const post = (kind: string, csv: string) => t.app.inject({ method: 'POST', url: `/api/import/${kind}`, payload: csv, headers: { 'content-type': 'text/csv', cookie } });
    expect((await post('contacts', contacts.join('\n'))).statusCode).toBe(200);
    const answers = [
      'reference,answered_at,channel,team,product,line,score,timeliness_score',
      'S-1,2024-02-10T10:00:00,phone,Burgerzaken,Paspoort,first,8,',
      'S-2,2024-02-10T10:00:00,phone,Burgerzaken,Rijbewijs,first,6,',
      'S-3,2024-02-10T10:00:00,phone,Burgerzaken,Geboorteaangifte,first,2,', // not among the three most used
    ].join('\n');
    expect((await post('survey-responses', answers)).statusCode).toBe(200);
    const top = await kpi('experience.top_products_score', 'from=2024-02-01&to=2024-02-29');
    expect([top.numerator, top.denominator]).toEqual([14, 2]);
    expect(top.value).toBeCloseTo(7);
    const all = await kpi('experience.contact_score', 'from=2024-02-01&to=2024-02-29');
    expect(all.value).toBeCloseTo(16 / 3);
  });
});
