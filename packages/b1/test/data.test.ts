import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { analyze, officialeseCount, wordInfo } from '../src/index.js';
import { OFFICIALESE } from '../src/lexicon/officialese.js';

const src = join(import.meta.dirname, '..', 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe('shipped data', () => {
  test('officialese list has at least 300 entries with the required ones', () => {
    expect(officialeseCount()).toBeGreaterThanOrEqual(300);
    const map = new Map(OFFICIALESE.split('\n').map((l) => l.split('=') as [string, string]));
    expect(map.get('derhalve')).toBe('dus');
    expect(map.get('indien')).toBe('als');
    expect(map.get('teneinde')).toBe('om');
    expect(map.get('middels')).toContain('met');
    expect(map.get('conform')).toBe('volgens');
    expect(map.get('inzake')).toBe('over');
    expect(map.get('ten behoeve van')).toBe('voor');
    expect(map.get('trachten')).toBe('proberen');
    expect(map.get('aangaande')).toBe('over');
    expect([...map.keys()].filter((k) => k.includes(' ')).length).toBeGreaterThanOrEqual(50);
  });
  test('frequency bands know common words and not rare ones', () => {
    expect(wordInfo('huis').band).toBe(1);
    expect(wordInfo('gemeente').band).toBeLessThanOrEqual(4);
    expect(wordInfo('xylofoonzwam').band).toBe(6);
  });
  test('the ĳ ligature is normalised', () => {
    const a = analyze('Wĳ halen uw afval op vrĳdag op.');
    const b = analyze('Wij halen uw afval op vrijdag op.');
    expect(a.scores).toEqual(b.scores);
    expect(a.findings).toEqual(b.findings);
  });
  test('the library has no node: imports (it must run in the browser); only the CLI has', () => {
    for (const f of walk(src)) {
      if (f.endsWith('cli.ts')) continue;
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"]node:|require\(/);
    }
  });
  test('the whole source is well under 1 MB gzipped', () => {
    const total = walk(src).reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
    expect(total).toBeLessThan(300_000);
  });
});
