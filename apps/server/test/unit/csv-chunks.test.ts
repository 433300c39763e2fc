// Parsing a file a piece at a time gives exactly what the domain parser gives for the whole file.
import { CsvError, parseCsv } from '@helder/domain';
import { describe, expect, it } from 'vitest';
import { parseCsvYielding } from '../../src/imports/csv-chunks.js';

const samples: Record<string, string> = {
  'commas and LF': 'reference,team\nA,1\nB,2\nC,3\nD,4\nE,5\n',
  'semicolons and CRLF': 'reference;team\r\nA;1\r\nB;2\r\nC;3\r\nD;4\r\n',
  'a byte order mark': '\uFEFFreference;team\nA;1\nB;2\nC;3\n',
  'quoted line breaks and quotes': 'reference,note\n"A","een\nregel"\n"B","zegt ""hoi""\r\nen\nmeer"\nC,"x,y"\nD,a"b\nE,"",\n"F\n",z',
  'empty lines and no final line end': 'reference,team\n\nA,1\n\n\nB,2\n  \nC,3',
  'a quote inside a field': 'reference,team\nA"B,1\n"C""D",2\nE,3\n"F"G,4\n',
  'empty lines before the header': '\n\n\nreference,team\nA,1\nB,2\nC,3\n',
  'a quoted header with a line break': '"refer\nence",team\nA,1\nB,2\nC,3\n',
};

describe('parseCsvYielding', () => {
  for (const [name, csv] of Object.entries(samples)) {
    it(`reads ${name} as parseCsv does, in pieces of every size`, async () => {
      const whole = parseCsv(csv);
      for (const size of [1, 2, 3, 1000]) expect(await parseCsvYielding(csv, size), `size ${size}`).toEqual(whole);
    });
  }

  it('names the line of a quote that is never closed, as parseCsv does', async () => {
    const csv = 'reference,team\nA,1\nB,2\n"C,3\nD,4\n';
    const error = await parseCsvYielding(csv, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvError);
    expect((error as CsvError).message).toBe((() => { try { parseCsv(csv); } catch (e) { return (e as Error).message; } return ''; })());
  });

  it('refuses an empty file as parseCsv does', async () => {
    await expect(parseCsvYielding('\n\n\n', 1)).rejects.toThrow('Het bestand is leeg.');
  });

  it('keeps the line numbers of a large file', async () => {
    const lines = ['reference,team'];
    for (let i = 0; i < 5_000; i += 1) lines.push(i % 7 === 0 ? `"R\n${i}",x` : `R${i},x`);
    const csv = lines.join('\n');
    expect(await parseCsvYielding(csv, 333)).toEqual(parseCsv(csv));
  });
});
