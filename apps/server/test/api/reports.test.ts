// The council's quarterly progress report on a small hand-made data set with known answers.
import { inflateSync } from 'node:zlib';
import { amsterdamInstant, KPI_DEFINITIONS } from '@helder/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { teamGoals, teams } from '../../src/db/schema.js';
import { PdfBusyError, PdfPrinter } from '../../src/reports/pdf.js';
import { insertCallback, insertContact } from '../support/kpi-fixtures.js';
import { createTestApp, DEMO, PASSWORD, type TestApp } from '../support/app.js';
import { expectDutch, expectError } from '../support/http.js';

let t: TestApp;
// 15 July 2026: the second quarter is complete, the third is running, the fourth has not started.
const clock = new FixedClock(new Date('2026-07-15T10:00:00Z'));
let burgerzaken: string;
let belastingen: string;
const ODD_NAME = '<b>Team & "Co"</b>';



async function report(query: string, as: string | null = DEMO.teamLead) {
  return t.call(as, 'GET', `/api/reports/progress?${query}`);
}

/** The report's HTML with every tag removed and the whitespace collapsed: the text a reader sees. */
const visibleText = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  t = await createTestApp({ clock });
  burgerzaken = t.team('Burgerzaken').id;
  belastingen = t.team('Belastingen').id;
  await t.database.db.insert(teams).values({ name: ODD_NAME });
  const [stopped] = await t.database.db.insert(teams).values({ name: 'Oud team', active: false }).returning({ id: teams.id });
  await t.database.db.insert(teams).values({ name: 'Opgeheven team', active: false });
  // Team plans: Burgerzaken's goal existed in 2026-Q2; Belastingen's was written after it.
  const smart = { specific: 's', measurable: 'm', acceptable: 'a', realistic: 'r', timeBound: 't', deadline: '2026-12-31' };
  await t.database.db.insert(teamGoals).values([
    { teamId: burgerzaken, title: 'Op tijd terugbellen', kpiId: 'callbacks.late_share', higherIsBetter: false, target: 0.15, createdAt: new Date('2026-05-01T10:00:00Z'), ...smart },
    { teamId: belastingen, title: 'Later geschreven', kpiId: 'callbacks.late_share', higherIsBetter: false, target: 0.1, createdAt: new Date('2026-07-10T10:00:00Z'), ...smart },
  ]);

  // 2026-Q2: 5 requests count (1 cancelled does not), 3 of them late: 60%.
  await insertCallback(t.database.db, burgerzaken, '2026-04-14', 'done', amsterdamInstant('2026-04-13', 9)); // on time
  await insertCallback(t.database.db, burgerzaken, '2026-05-11', 'done', 'at_deadline'); // exactly at the deadline: on time
  await insertCallback(t.database.db, burgerzaken, '2026-05-12', 'done', amsterdamInstant('2026-05-13', 9)); // late
  await insertCallback(t.database.db, burgerzaken, '2026-06-10', 'open', null); // still open after its deadline: late
  await insertCallback(t.database.db, burgerzaken, '2026-05-20', 'cancelled', amsterdamInstant('2026-05-19', 9)); // left out
  await insertCallback(t.database.db, belastingen, '2026-06-15', 'done', amsterdamInstant('2026-06-17', 9)); // late
  // The three quarters before, for the trend: 2025-Q3 1 of 2, 2025-Q4 1 of 1, 2026-Q1 1 of 2 late.
  await insertCallback(t.database.db, burgerzaken, '2025-08-12', 'done', amsterdamInstant('2025-08-14', 9));
  await insertCallback(t.database.db, burgerzaken, '2025-08-13', 'done', amsterdamInstant('2025-08-12', 9));
  await insertCallback(t.database.db, burgerzaken, '2025-11-05', 'done', amsterdamInstant('2025-11-07', 9));
  await insertCallback(t.database.db, burgerzaken, '2026-02-10', 'done', amsterdamInstant('2026-02-09', 9));
  await insertCallback(t.database.db, burgerzaken, '2026-03-10', 'done', amsterdamInstant('2026-03-12', 9));

  // 2026-Q2 contacts: phone and contact form count, e-mail does not; 3 of 4 in the first line.
  await insertContact(t.database.db, '2026-05-04', 'phone', 'first_line', burgerzaken);
  await insertContact(t.database.db, '2026-05-06', 'contact_form', 'handed_over', burgerzaken);
  await insertContact(t.database.db, '2026-05-07', 'phone', 'first_line', belastingen);
  await insertContact(t.database.db, '2026-05-08', 'email', 'handed_over', belastingen);
  await insertContact(t.database.db, '2026-06-02', 'phone', 'first_line', stopped!.id);
});
afterAll(() => t?.close());

describe('GET /api/reports/progress (HTML)', () => {
  let html: string;
  let text: string;
  beforeAll(async () => {
    const response = await report('quarter=2026-Q2');
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    html = response.body;
    text = visibleText(html);
  });

  it('is a complete Dutch document with the quarter and the municipality in its title and h1', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    const title = 'Voortgangsrapportage dienstverlening, 2e kwartaal 2026, gemeente Dronten';
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(text).toContain('Periode: 1 april 2026 tot en met 30 juni 2026. De cijfers gaan tot en met 30 juni 2026.');
  });

  it('gives each KPI its figure as on the dashboard, the target, the verdict and a plain text', () => {
    const late = section(html, 'kpi-callbacks-late-share');
    expect(late).toContain('<span class="value">60%</span> <span>(3 van 5)</span>');
    expect(late).toContain('<dt>Doel</dt><dd>hoogstens 30% uiterlijk 31 december 2024; hoogstens 15% uiterlijk 31 december 2025</dd>');
    expect(late).toContain('<span class="status status--off_track"><span aria-hidden="true">■</span> Niet op koers</span>');
    expect(late).toContain(
      'In het tweede kwartaal van 2026 werd 60% van de terugbelverzoeken niet op tijd afgehandeld. In het eerste kwartaal van 2026 was dat 50%. Het doel is hoogstens 15%. Dat halen we nog niet.',
    );
    const firstLine = section(html, 'kpi-contacts-first-line-share');
    expect(firstLine).toContain('<span class="value">75%</span>');
    expect(firstLine).toContain('Het doel is minstens 90%, uiterlijk op 31 december 2027.');
    expect(firstLine).toContain('Risico');
  });

  it('says so for a KPI without data, and never shows a number for it', () => {
    const score = section(html, 'kpi-experience-contact-score');
    expect(score).toContain('<span class="value">Nog geen gegevens</span>');
    expect(score).toContain('Hiervoor zijn nog geen gegevens.');
    expect(score).not.toContain('<svg');
    expect(score).not.toContain('per team');
    // Measured, but no press questions in the quarter: nothing to count, and no number.
    const press = section(html, 'kpi-press-answered-in-time-share');
    expect(press).toContain('<p class="text">In het tweede kwartaal van 2026 waren er geen gevallen om te tellen. Hiervoor zijn nog geen gegevens.</p>');
    expect(press).toContain('<span class="value">Nog geen gegevens</span>');
    expect(press).not.toContain('<svg');
  });

  it('draws the trend of four quarters as an accessible SVG chart, with the same numbers in a table', () => {
    const late = section(html, 'kpi-callbacks-late-share');
    const svg = late.match(/<svg [^>]*>/)![0];
    expect(svg).toContain('role="img"');
    expect(svg).toContain(
      'aria-label="Lijngrafiek van Terugbelverzoeken buiten de termijn per maand, van juli 2025 tot en met juni 2026: augustus 2025 50%, november 2025 100%, februari 2026 0%, maart 2026 100%, april 2026 0%, mei 2026 50%, juni 2026 100%. In de andere maanden waren er geen gevallen. Het doel is hoogstens 15% uiterlijk 31 december 2025."',
    );
    expect(late).toContain('<caption>Terugbelverzoeken buiten de termijn per maand, juli 2025 tot en met juni 2026</caption>');
    expect(late).toContain('<tr><th scope="row">juni 2026</th><td class="num">100%</td><td class="num">2</td><td class="num">2</td></tr>');
    expect(late).toContain('<tr><th scope="row">april 2026</th><td class="num">0%</td><td class="num">0</td><td class="num">1</td></tr>');
    expect(late.match(/<tr><th scope="row">[a-z]+ 20\d\d<\/th>/g)).toHaveLength(12);
  });

  it('gives the per-team figures, hides those on fewer than five cases (the report is public), includes a stopped team that had cases, and escapes every name', () => {
    const late = section(html, 'kpi-callbacks-late-share');
    const few = '<td class="num">Te weinig gevallen</td><td class="num">–</td><td class="num">minder dan 5</td>';
    expect(late).toContain(`<tr><th scope="row">Burgerzaken</th>${few}</tr>`);
    expect(late).toContain(`<tr><th scope="row">Belastingen</th>${few}</tr>`);
    expect(late).toContain('<th scope="row">&lt;b&gt;Team &amp; &quot;Co&quot;&lt;/b&gt;</th><td class="num">Geen gevallen</td>');
    expect(html).not.toContain(ODD_NAME);
    const firstLine = section(html, 'kpi-contacts-first-line-share');
    expect(firstLine).toContain(`<th scope="row">Oud team (niet meer actief)</th>${few}`);
    expect(html).not.toContain('Opgeheven team');
  });

  it('has tables with captions and scoped headers, and an appendix with every definition', () => {
    expect(html.match(/<table[ >]/g)!.length).toBe(html.match(/<table( class="keep")?><caption>/g)!.length);
    expect(html).not.toMatch(/<th(?! scope="(row|col)")[ >]/);
    expect(html).toContain('<h2 id="bijlage">Bijlage: zo meten we</h2>');
    const appendix = html.slice(html.indexOf('id="bijlage"'));
    expect(appendix.match(/<h3>/g)).toHaveLength(KPI_DEFINITIONS.length);
    expect(appendix).toContain('<dt>Versie</dt><dd>Versie 1, geldt vanaf 1 januari 2023</dd>');
    expect(appendix).toContain('<dt>Teller</dt><dd>Verzoeken die na hun termijn zijn afgehandeld, of na hun termijn nog openstaan.</dd>');
    expect(appendix).toContain('<dt>Noemer</dt><dd>Verzoeken waarvan de termijn in de periode valt.</dd>');
    expect(appendix).toContain('<dt>Niet meegeteld</dt><dd>Ingetrokken verzoeken.');
  });

  it('lists the team plans as they stood at the end of the quarter', () => {
    const goals = section(html, 'teamdoelen');
    expect(goals).toContain('<tr><th scope="row">Burgerzaken</th><td>Op tijd terugbellen</td><td>Terugbelverzoeken buiten de termijn</td><td>hoogstens 15% op 31 december 2026</td></tr>');
    expect(goals).not.toContain('Later geschreven');
    expect(goals).toMatch(/<p>Nog geen doel: [^<]*Belastingen/);
    expect(goals).not.toContain('Oud team');
  });

  it('is self-contained: no scripts, no external resources', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(|@import/i);
    // Only the SVG namespace of the charts (callbacks, first line, knowledge base, teams with a goal): nothing is fetched.
    expect(new Set(html.match(/https?:\/\/[^"]*/g) ?? [])).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(html.match(/https?:\/\/[^"]*/g)).toHaveLength(4);
    expect(html).toContain('@page');
  });

  it('is the same, byte for byte, for the same data and quarter, also when asked later', async () => {
    const again = await report('quarter=2026-Q2', DEMO.kcc);
    expect(again.body).toBe(html);
    // Half a year later (with a new session: the old one has expired by then), a closed quarter
    // still reads the same: its verdict is judged on its last day, not on the day it is asked for.
    clock.set('2027-01-20T10:00:00Z');
    try {
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.admin, password: PASSWORD } });
      const cookie = `helder_session=${login.cookies.find((c) => c.name === 'helder_session')!.value}`;
      const later = await t.app.inject({ method: 'GET', url: '/api/reports/progress?quarter=2026-Q2', headers: { cookie } });
      expect(later.body).toBe(html);
    } finally {
      clock.set('2026-07-15T10:00:00Z');
    }
  });

  it('states the data date of a quarter that is still running', async () => {
    const response = await report('quarter=2026-Q3&format=html');
    expect(response.statusCode).toBe(200);
    expect(visibleText(response.body)).toContain('Dit kwartaal loopt nog. De cijfers gaan tot en met 15 juli 2026.');
    expect(response.body).toContain('Voortgangsrapportage dienstverlening, 3e kwartaal 2026, gemeente Dronten');
  });
});

/** The `<section>` of one KPI (up to the next one). */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section aria-labelledby="${id}">`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}


describe('GET /api/reports/progress?format=pdf', () => {
  let pdf: Buffer;
  let text: string;
  beforeAll(async () => {
    const response = await report('quarter=2026-Q2&format=pdf');
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="voortgangsrapportage-2026-Q2.pdf"');
    pdf = response.rawPayload;
    text = pdfText(pdf);
  });

  it('is an A4 PDF, tagged, with bookmarks and the report title', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Title (Voortgangsrapportage dienstverlening, 2e kwartaal 2026, gemeente Dronten)');
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.9\d* 842\.8\d*\]/);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Outlines');
  });

  it('holds the headings, figures and texts of the HTML report', () => {
    // Compared without whitespace: the PDF breaks lines and splits runs where the HTML does not.
    const flat = (s: string) => s.replace(/\s+/g, '');
    for (const expected of [
      'Voortgangsrapportage dienstverlening, 2e kwartaal 2026, gemeente Dronten',
      'Samenvatting',
      'Verbinding: we volgen de logica van de inwoner',
      'Vakmanschap: we zijn duidelijk over wat wel en niet kan',
      'Terugbelverzoeken buiten de termijn',
      'Uitkomst 60% (3 van 5)',
      'In het tweede kwartaal van 2026 werd 60% van de terugbelverzoeken niet op tijd afgehandeld.',
      'Het doel is hoogstens 15%. Dat halen we nog niet.',
      'Hiervoor zijn nog geen gegevens.',
      'Bijlage: zo meten we',
      'Niet meegeteld Ingetrokken verzoeken.',
      'Pagina 1 van',
    ]) {
      expect(flat(text), expected).toContain(flat(expected));
    }
  });

  it('prints requests that arrive together one after the other, all of them', async () => {
    const responses = await Promise.all([1, 2, 3].map(() => report('quarter=2026-Q1&format=pdf')));
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(flatText(responses[2]!.rawPayload)).toContain('1ekwartaal2026');
  });

  it('refuses more than its queue holds, and says so', async () => {
    const printer = new PdfPrinter({ maxWaiting: 1 });
    try {
      const jobs = [1, 2, 3].map(() => printer.print('<!doctype html><html lang="nl"><title>T</title><p>Hallo</p></html>', { title: 'T' }));
      const results = await Promise.allSettled(jobs);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
      expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(PdfBusyError);
    } finally {
      await printer.close();
    }
  });

  it('answers 503 with a Dutch message when chromium cannot be started', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    let broken: TestApp | undefined;
    try {
      broken = await createTestApp({ clock });
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
    try {
      const response = await broken.call(DEMO.admin, 'GET', '/api/reports/progress?quarter=2026-Q2&format=pdf');
      expectError(response, 503, 'pdf_unavailable');
      expectDutch(response.json().error.message);
      // The HTML does not need the browser.
      expect((await broken.call(DEMO.admin, 'GET', '/api/reports/progress?quarter=2026-Q2')).statusCode).toBe(200);
    } finally {
      await broken.close();
    }
  });
});

describe('GET /api/reports/progress input and access', () => {
  it.each([
    ['quarter=2026-Q5', /Dit kwartaal klopt niet/],
    ['quarter=abc', /Dit kwartaal klopt niet/],
    ['quarter=1999-Q4', /jaar van 2000 tot en met 2100/],
    ['quarter=2101-Q1', /jaar van 2000 tot en met 2100/],
    ['', /Kies een kwartaal/],
    ['quarter=2026-Q2&format=docx', /Kies html of pdf/],
  ])('answers 400 with a plain Dutch message for %s', async (query, message) => {
    const response = await report(query);
    expectError(response, 400, 'validation_failed');
    expectDutch(response.json().error.message);
    expect(response.json().error.message).toMatch(message);
    expect(response.json().error.fields[0].field).toBe(query.includes('format') ? 'format' : 'quarter');
  });

  it('answers 400 for a quarter that has not started yet, also as PDF', async () => {
    for (const query of ['quarter=2026-Q4', 'quarter=2026-Q4&format=pdf', 'quarter=2031-Q1']) {
      const response = await report(query);
      expectError(response, 400, 'quarter_not_started');
      expect(response.json().error.message).toBe('Dit kwartaal is nog niet begonnen. Kies een kwartaal dat al is begonnen.');
    }
  });

  it('needs a login, and is open to every staff role', async () => {
    expectError(await report('quarter=2026-Q2', null), 401, 'unauthenticated');
    for (const as of [DEMO.kcc, DEMO.secondLine, DEMO.teamLead, DEMO.admin]) {
      expect((await report('quarter=2026-Q2', as)).statusCode, as).toBe(200);
    }
  });
});

const flatText = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, '');

/**
 * The text of a PDF that Chromium (Skia) printed, without a PDF library: Skia writes plain objects
 * (no object streams), Flate-compressed content streams, and Type0 fonts with 2-byte glyph codes
 * and a ToUnicode CMap. Text runs end with a newline; a test compares with whitespace collapsed.
 * Anything this does not understand stays out of the text, so a test fails rather than passes.
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  const header = /(\d+) 0 obj\b/g;
  for (let m = header.exec(raw); m; m = header.exec(raw)) {
    const start = header.lastIndex;
    const end = raw.indexOf('endobj', start);
    const streamAt = raw.indexOf('stream', start);
    if (streamAt !== -1 && streamAt < end) {
      const dict = raw.slice(start, streamAt);
      const length = /\/Length (\d+)( \d+ R)?/.exec(dict);
      if (!length || length[2]) throw new Error(`object ${m[1]}: no direct /Length`);
      const dataStart = streamAt + 6 + (raw[streamAt + 6] === '\r' ? 2 : 1);
      const data = pdf.subarray(dataStart, dataStart + Number(length[1]));
      objects.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(data) : data });
      header.lastIndex = dataStart + Number(length[1]);
    } else {
      objects.set(Number(m[1]), { dict: raw.slice(start, end), stream: null });
      header.lastIndex = end;
    }
  }
  const object = (n: number) => {
    const found = objects.get(n);
    if (!found) throw new Error(`no object ${n}`);
    return found;
  };
  const refs = (text: string) => [...text.matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1]));
  /** An entry that is either inline `<<...>>` or a reference to an object holding it. */
  const entry = (dict: string, key: string) => {
    const ref = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
    if (ref) return object(Number(ref[1])).dict;
    const at = new RegExp(`/${key}\\s*<<`).exec(dict);
    if (!at) return '';
    // Dictionaries nest (/Resources holds /Font and /ExtGState): match the brackets.
    const open = at.index + at[0].length;
    let depth = 1;
    for (let i = open; i < dict.length - 1; i += 1) {
      if (dict.startsWith('<<', i)) {
        depth += 1;
        i += 1;
      } else if (dict.startsWith('>>', i)) {
        depth -= 1;
        if (depth === 0) return dict.slice(open, i);
        i += 1;
      }
    }
    throw new Error(`unbalanced /${key}`);
  };

  const utf16 = (hex: string) => {
    let text = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) text += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return text;
  };
  const cmaps = new Map<number, Map<number, string>>();
  const cmapOf = (fontRef: number) => {
    let map = cmaps.get(fontRef);
    if (map) return map;
    map = new Map();
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(object(fontRef).dict);
    const cmap = toUnicode ? object(Number(toUnicode[1])).stream!.toString('latin1') : '';
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code!, 16), utf16(text!));
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo, hi, target] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
        const from = parseInt(lo!, 16);
        const to = parseInt(hi!, 16);
        if (target!.startsWith('[')) {
          [...target!.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((t, i) => map!.set(from + i, utf16(t[1]!)));
        } else {
          const base = utf16(target!.slice(1, -1));
          for (let code = from; code <= to; code += 1) {
            map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - from));
          }
        }
      }
    }
    cmaps.set(fontRef, map);
    return map;
  };

  // Pages in reading order: the page tree from the catalog.
  const pages: number[] = [];
  const walk = (n: number) => {
    const { dict } = object(n);
    if (/\/Type\s*\/Pages\b/.test(dict)) for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(dict)![1]!)) walk(kid);
    else pages.push(n);
  };
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict))!;
  walk(Number(/\/Pages (\d+) 0 R/.exec(catalog.dict)![1]));

  const out: string[] = [];
  for (const page of pages) {
    const { dict } = object(page);
    const fonts = new Map([...entry(entry(dict, 'Resources'), 'Font').matchAll(/\/([^\s/<>[\]()]+)\s+(\d+) 0 R/g)].map((f) => [f[1]!, Number(f[2])]));
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict);
    const content = (contents ? refs(contents[1]!) : []).map((n) => object(n).stream!.toString('latin1')).join('\n');
    let cmap = new Map<number, string>();
    // Tf picks the font; Tj and TJ show glyphs; ET, Tm and a Td that moves down end a run of text.
    const ops = /\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\bET\b|\bTm\b|[-\d.]+\s+([-\d.]+)\s+Td\b/g;
    for (const op of content.matchAll(ops)) {
      const [all, font, hex, array, dy] = op;
      if (font !== undefined) {
        const ref = fonts.get(font);
        if (ref === undefined) throw new Error(`page ${page}: unknown font ${font}`);
        cmap = cmapOf(ref);
      } else if (hex !== undefined || array !== undefined) {
        const strings = hex !== undefined ? [hex] : [...array!.matchAll(/<([0-9A-Fa-f]*)>/g)].map((s) => s[1]!);
        for (const s of strings) for (let i = 0; i + 4 <= s.length; i += 4) out.push(cmap.get(parseInt(s.slice(i, i + 4), 16)) ?? '\uFFFD');
      } else if (all === 'ET' || all === 'Tm' || (dy !== undefined && Number(dy) !== 0)) {
        out.push('\n');
      }
    }
    out.push('\f');
  }
  return out.join('');
}
