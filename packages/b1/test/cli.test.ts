import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'helder-b1.mjs');
const cal = join(import.meta.dirname, '..', 'calibration');
const plain = join(cal, '03-woz-b1.txt');
const official = join(cal, '03-woz-c1.txt');
const tmp = mkdtempSync(join(tmpdir(), 'helder-b1-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('helder-b1 CLI', () => {
  test('a B1 text: exit 0 and human output with level, scores and findings with line:column', () => {
    const r = run([plain]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Niveau: ');
    expect(r.out).toContain('Flesch-Douma');
    expect(r.out).toContain('Brouwer');
  });
  test('an official text: exit 1 and findings with line and column', () => {
    const r = run([official]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/moeilijker dan B1/);
    expect(r.out).toMatch(/\n {2}7:220 {2}let op, ambtelijke taal: 'Derhalve'/);
  });
  test('--json prints one Analysis; several files give an array', () => {
    const one = run(['--json', plain]);
    const a = JSON.parse(one.out);
    expect(a.isB1).toBe(true);
    expect(a.scores).toHaveProperty('fleschDouma');
    expect(a.counts).toHaveProperty('words');
    const two = run(['--json', plain, official]);
    expect(two.code).toBe(1);
    const arr = JSON.parse(two.out);
    expect(Array.isArray(arr)).toBe(true);
    expect(arr.map((x: { isB1: boolean }) => x.isB1)).toEqual([true, false]);
  });
  test('reads standard input with -', () => {
    const r = run(['--json', '-'], 'Wij halen uw afval op maandag op.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).counts.words).toBe(7);
  });
  test('--format html strips tags, and the extension picks the format', () => {
    const f = join(tmp, 'brief.html');
    writeFileSync(f, '<p>Indien u vragen heeft, bel ons.</p>');
    const r = run(['--json', f]);
    const a = JSON.parse(r.out);
    expect(a.counts.words).toBe(6);
    const forced = run(['--json', '--format', 'text', f]);
    // as plain text the tags stay part of the sentence
    const s0 = JSON.parse(forced.out).sentences[0];
    expect(s0.start).toBe(0);
    expect(s0.end).toBe('<p>Indien u vragen heeft, bel ons.</p>'.length);
    expect(a.sentences[0].start).toBe(3);
  });
  test.each([
    [['nope-does-not-exist.txt'], /Bestand niet gevonden/],
    [[join(tmp, 'empty.txt')], /leeg/],
    [[join(tmp, 'binary.bin')], /geen tekstbestand/],
    [['--format', 'pdf', plain], /Onbekende vorm/],
    [['--bogus', plain], /Onbekende optie/],
    [[], /minstens één bestand/],
  ])('usage and read errors exit 2 with a clear message: %j', (args, msg) => {
    writeFileSync(join(tmp, 'empty.txt'), '');
    writeFileSync(join(tmp, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00]));
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg as RegExp);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });
  test('--help exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Gebruik:');
  });
});
