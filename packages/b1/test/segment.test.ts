import { describe, expect, test } from 'vitest';
import { sentencesOf, splitBlocks, tokenize, analyze } from '../src/index.js';

const sents = (t: string): string[] => sentencesOf(t).map((s) => s.text.replace(/\s+/g, ' '));

describe('sentence segmentation: Dutch abbreviations', () => {
  test.each([
    ['Wij spraken u d.d. 12 maart over uw aanvraag. Daarna belden wij.', 2],
    ['Uw brief van 3 april jl. hebben wij ontvangen. Dank u wel.', 2],
    ['Er zijn o.a. fietsen gestolen. De politie zoekt de dader.', 2],
    ['Neem bijv. uw paspoort mee. Of uw rijbewijs.', 2],
    ['Bel ons z.s.m. terug. Dan helpen wij u.', 2],
    ['Dat staat in art. 4 van de wet. Lees het na.', 2],
    ['Het gaat om besluit nr. 453346 van de raad. Het is openbaar.', 2],
    ['Dit geldt i.v.m. de drukte. Kom op tijd.', 2],
    ['De brief is voor dhr. Jansen en mevr. De Vries. Zij wonen samen.', 2],
    ['Vraag het aan J. de Vries. Hij weet het.', 2],
  ])('%s', (text, n) => {
    expect(sents(text)).toHaveLength(n);
  });
  test('an abbreviation that may end a sentence ends it before a capital', () => {
    expect(sents('Neem fietsen, stoelen enz. mee. Wij zorgen voor koffie.')).toHaveLength(2);
    expect(sents('Wij verkopen boeken, cd’s enz. De winkel is open.')).toEqual(['Wij verkopen boeken, cd’s enz.', 'De winkel is open.']);
  });
});

describe('numbers, dates, amounts, e-mail and web addresses', () => {
  test('numbers with points and commas stay one token and do not end a sentence', () => {
    const t = 'U betaalt € 1.250,50 per jaar. Dat is 3,5% meer dan in 2023.';
    expect(sents(t)).toEqual(['U betaalt € 1.250,50 per jaar.', 'Dat is 3,5% meer dan in 2023.']);
    const words = tokenize(t, 0, t.length).map((x) => t.slice(x.s, x.e));
    expect(words).toContain('1.250,50');
    expect(words).toContain('3,5');
  });
  test('dates and times', () => {
    const t = 'Kom op 12-03-2024 om 14:30 uur. Of op 1.3.2024.';
    const words = tokenize(t, 0, t.length).map((x) => t.slice(x.s, x.e));
    expect(words).toContain('12-03-2024');
    expect(words).toContain('14:30');
    expect(sents(t)).toHaveLength(2);
  });
  test('a sentence may end with a year', () => {
    expect(sents('Het plan start in 2026. Daarna bouwen we.')).toHaveLength(2);
  });
  test('e-mail addresses and URLs are one token and do not split sentences', () => {
    const t = 'Mail naar info@dronten.nl of kijk op www.dronten.nl/afval. Bel ook gerust.';
    const toks = tokenize(t, 0, t.length).map((x) => t.slice(x.s, x.e));
    expect(toks).toContain('info@dronten.nl');
    expect(toks).toContain('www.dronten.nl/afval');
    expect(sents(t)).toEqual(['Mail naar info@dronten.nl of kijk op www.dronten.nl/afval.', 'Bel ook gerust.']);
    const u = 'Zie https://www.dronten.nl/paspoort?x=1 voor meer. Dank.';
    expect(tokenize(u, 0, u.length).map((x) => u.slice(x.s, x.e))).toContain('https://www.dronten.nl/paspoort?x=1');
  });
  test('words with apostrophes and hyphens stay whole', () => {
    const t = "Zet de auto's bij het e-mailadres van zo'n club.";
    const toks = tokenize(t, 0, t.length).map((x) => t.slice(x.s, x.e));
    expect(toks).toEqual(expect.arrayContaining(["auto's", 'e-mailadres', "zo'n"]));
  });
});

describe('blocks: lists and headings', () => {
  test('a list item is not glued to the next item or sentence', () => {
    const t = 'Neem mee:\n- uw paspoort\n- een pasfoto\n- uw bankpas\nDaarna betaalt u aan de balie.';
    expect(sents(t)).toEqual(['Neem mee:', 'uw paspoort', 'een pasfoto', 'uw bankpas', 'Daarna betaalt u aan de balie.']);
    const kinds = splitBlocks(t).map((b) => b.kind);
    // 'Neem mee:' is a short introducing line
    expect(kinds).toEqual(['line', 'list-item', 'list-item', 'list-item', 'paragraph']);
  });
  test('numbered lists and bullets', () => {
    const t = '1. Log in met DigiD\n2. Vul het formulier in\n• Betaal met iDEAL';
    expect(sents(t)).toEqual(['Log in met DigiD', 'Vul het formulier in', 'Betaal met iDEAL']);
  });
  test('a list item may wrap over two lines', () => {
    const t = '1. Dat de inwoners het\ngevoel hebben dat wij luisteren.\n2. Dat het vertrouwen herstelt.';
    expect(sents(t)).toEqual(['Dat de inwoners het gevoel hebben dat wij luisteren.', 'Dat het vertrouwen herstelt.']);
  });
  test('a heading is not glued to the next sentence', () => {
    const t = 'Paspoort aanvragen\nMaak eerst een afspraak. Dat kan online.';
    expect(sents(t)).toEqual(['Paspoort aanvragen', 'Maak eerst een afspraak.', 'Dat kan online.']);
    expect(splitBlocks(t)[0]?.kind).toBe('heading');
  });
  test('wrapped lines of one paragraph are one paragraph, also across a blank line inside a sentence', () => {
    const t = 'Naar aanleiding van deze motie is de notitie\n\nopgesteld. Zij ligt ter inzage.';
    expect(sents(t)).toEqual(['Naar aanleiding van deze motie is de notitie opgesteld.', 'Zij ligt ter inzage.']);
  });
  test('salutations are short lines, not sentences that lower the average', () => {
    const a = analyze('Beste mevrouw,\n\nWij hebben uw brief ontvangen. Dank u wel.\n\nMet vriendelijke groet,\n\nTeam Belastingen');
    expect(a.counts.sentences).toBe(2);
    expect(a.counts.words).toBe(8);
    expect(a.sentences.map((s) => s.block)).toEqual(['line', 'paragraph', 'paragraph', 'line', 'heading']);
  });
  test('paragraphs are counted; a list counts as one paragraph', () => {
    const a = analyze('Eerste alinea met een zin.\n\nTweede alinea.\n- een\n- twee\n\nDerde alinea.');
    expect(a.counts.paragraphs).toBe(4);
  });
  test('question and exclamation marks end sentences', () => {
    expect(sents('Hebt u vragen? Bel ons! Wij helpen graag.')).toHaveLength(3);
  });
  test('sentence offsets point into the text', () => {
    const t = '  Eerste zin. Tweede zin.';
    const s = sentencesOf(t);
    expect(s.map((x) => t.slice(x.start, x.end))).toEqual(['Eerste zin.', 'Tweede zin.']);
  });
});

describe('robustness', () => {
  test('random input never throws and all offsets stay inside the input', () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const parts = ['a', 'e', 'ĳ', 'ë', '.', ' ', ' ', '\n', '\n\n', '\r\n', '-', '* ', '1. ', '<p>', '</p>', '&amp;', '(', ')', 'Wij', 'u', 'je', 'wordt', 'gemaakt', 'd.d.', 'jl.', 'WOZ', '€', '12,50', 'www.x.nl', 'a@b.nl', '"', '’', '…', '?', '#', ':'];
    for (let i = 0; i < 400; i++) {
      let t = '';
      const n = Math.floor(rnd() * 50);
      for (let k = 0; k < n; k++) t += parts[Math.floor(rnd() * parts.length)];
      for (const format of ['text', 'html', 'md'] as const) {
        const a = analyze(t, { format });
        for (const r of [...a.findings, ...a.sentences]) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeGreaterThanOrEqual(r.start);
          expect(r.end).toBeLessThanOrEqual(t.length);
        }
      }
    }
  });
  test('Windows line endings', () => {
    const t = 'Indien u belt.\r\n\r\nDerhalve komen wij.\r\n';
    const a = analyze(t);
    expect(a.findings.map((f) => t.slice(f.start, f.end))).toEqual(['Indien', 'Derhalve']);
    expect(a.counts).toEqual({ sentences: 2, words: 6, paragraphs: 2 });
  });
});
