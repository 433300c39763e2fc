import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, createAnalyzer, levelFor, THRESHOLDS } from '../src/index.js';

const calDir = join(import.meta.dirname, '..', 'calibration');
interface Entry { file: string; level: 'A2' | 'B1' | 'B2' | 'C1' }
const manifest = JSON.parse(readFileSync(join(calDir, 'manifest.json'), 'utf8')) as { texts: Entry[] };
const easy = (l: string): boolean => l === 'A2' || l === 'B1';
const results = manifest.texts.map((t) => ({ ...t, a: analyze(readFileSync(join(calDir, t.file), 'utf8')) }));

describe('calibration set', () => {
  test('has at least 40 texts, every file listed in the manifest', () => {
    const files = readdirSync(calDir).filter((f) => f.endsWith('.txt')).sort();
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(manifest.texts.map((t) => t.file).sort()).toEqual(files);
  });
  test('separates texts at most B1 from harder texts (at least 95% right)', () => {
    const right = results.filter((r) => easy(r.level) === r.a.isB1).length;
    expect(right / results.length).toBeGreaterThanOrEqual(0.95);
  });
  test('every plain version scores easier than its official version', () => {
    const byPair = new Map<string, { b1?: number; c1?: number }>();
    for (const r of results) {
      const p = byPair.get(r.file.slice(0, 2)) ?? {};
      if (r.level === 'B1') p.b1 = r.a.signals.difficulty;
      if (r.level === 'C1') p.c1 = r.a.signals.difficulty;
      byPair.set(r.file.slice(0, 2), p);
    }
    const pairs = [...byPair.values()].filter((p) => p.b1 !== undefined && p.c1 !== undefined);
    expect(pairs.length).toBeGreaterThanOrEqual(20);
    for (const p of pairs) expect(p.b1 as number).toBeLessThan(p.c1 as number);
  });
  test('official versions come out as B2 or C1, never B1', () => {
    for (const r of results.filter((x) => x.level === 'C1')) expect(['B2', 'C1']).toContain(r.a.level);
  });
  test('exact level is right for at least 75% of the texts', () => {
    const exact = results.filter((r) => r.level === r.a.level).length;
    expect(exact / results.length).toBeGreaterThanOrEqual(0.75);
  });
});

describe('seed documents (policy texts)', () => {
  // shared/ lies beside the repository (also in CI); HELDER_SEEDS may point elsewhere.
  const seeds = process.env.HELDER_SEEDS ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
  test('are not B1', () => {
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(2);
    for (const f of files) {
      const a = analyze(readFileSync(join(seeds, f), 'utf8'));
      expect(a.isB1).toBe(false);
      expect(a.findings.length).toBeGreaterThan(50);
    }
  });
});

describe('level model', () => {
  test('thresholds map the difficulty score to levels in order', () => {
    expect(levelFor(0)).toBe('A2');
    expect(levelFor(THRESHOLDS.A2)).toBe('B1');
    expect(levelFor(THRESHOLDS.B1)).toBe('B2');
    expect(levelFor(THRESHOLDS.B2)).toBe('C1');
  });
  test('a plain text is B1 or easier, an official one is not', () => {
    expect(analyze('Wij halen uw afval op maandag op. Zet de container voor half acht buiten.').isB1).toBe(true);
    const official =
      'Middels dit schrijven delen wij u mede dat met ingang van 1 maart aanstaande het inzamelschema voor huishoudelijk afval zal worden gewijzigd, teneinde de efficiëntie van de inzamelroutes te optimaliseren. Derhalve verzoeken wij u de container uiterlijk om 7.30 uur aan te bieden.';
    expect(analyze(official).isB1).toBe(false);
  });
  test('one officialese word does not make a short text C1', () => {
    expect(analyze('Indien u vragen heeft, kunt u bellen.').level).not.toBe('C1');
  });
  test('a text of one line without a full stop still counts', () => {
    const a = analyze('Indien u belt helpen wij u');
    expect(a.counts.words).toBe(6);
    expect(a.counts.sentences).toBe(1);
    expect(a.findings.map((f) => f.category)).toEqual(['officialese']);
  });
  test('empty text gives zero counts and no findings', () => {
    const a = analyze('');
    expect(a.counts).toEqual({ sentences: 0, words: 0, paragraphs: 0 });
    expect(a.findings).toEqual([]);
    expect(a.isB1).toBe(true);
  });
});

describe('stability', () => {
  const text = readFileSync(join(calDir, '03-woz-c1.txt'), 'utf8');
  test('the same text gives the same result', () => {
    expect(analyze(text)).toEqual(analyze(text));
  });
  test('a small edit changes only the findings it touches', () => {
    const before = analyze(text);
    const at = text.indexOf('Derhalve');
    const edited = `${text.slice(0, at)}Dus${text.slice(at + 'Derhalve'.length)}`;
    const after = analyze(edited);
    const delta = 'Dus'.length - 'Derhalve'.length;
    const shift = <F extends { start: number; end: number }>(f: F): F => (f.start > at ? { ...f, start: f.start + delta, end: f.end + delta } : f);
    const key = (f: { category: string; start: number; end: number }) => `${f.category}:${f.start}:${f.end}`;
    // findings outside the edited sentence are unchanged (after shifting their offsets)
    const sentence = before.sentences.find((s) => s.start <= at && at < s.end)!;
    const outside = before.findings.filter((f) => f.end <= sentence.start || f.start >= sentence.end).map(shift).map(key);
    const afterKeys = new Set(after.findings.map(key));
    for (const k of outside) expect(afterKeys.has(k)).toBe(true);
    // the officialese finding for 'Derhalve' is gone
    expect(after.findings.some((f) => f.category === 'officialese' && edited.slice(f.start, f.end) === 'Dus')).toBe(false);
    expect(before.findings.length - after.findings.length).toBe(1);
  });
});

describe('incremental analyzer for the editor', () => {
  test('gives the same result as analyze() after edits', () => {
    const ed = createAnalyzer();
    let text = readFileSync(join(calDir, '05-wegwerk-c1.txt'), 'utf8');
    expect(ed.analyze(text)).toEqual(analyze(text));
    for (const [from, to] of [['Hierbij', 'Wij'], ['kosteloos', 'gratis'], ['Hoogachtend', 'Groet']] as const) {
      text = text.replace(from, to);
      expect(ed.analyze(text)).toEqual(analyze(text));
    }
    ed.clear();
    expect(ed.analyze(text)).toEqual(analyze(text));
  });
  test('works with HTML input and keeps offsets in the HTML', () => {
    const ed = createAnalyzer({ format: 'html' });
    const html = '<p>Indien u vragen heeft, belt u ons.</p>';
    const a = ed.analyze(html);
    const f = a.findings.find((x) => x.category === 'officialese')!;
    expect(html.slice(f.start, f.end)).toBe('Indien');
  });
});
