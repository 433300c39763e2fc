import { describe, expect, test } from 'vitest';
import { analyze, type Category } from '../src/index.js';

/** The text each finding of a category covers. */
function hits(text: string, cat: Category): string[] {
  return analyze(text)
    .findings.filter((f) => f.category === cat)
    .map((f) => text.slice(f.start, f.end));
}

describe('long sentences', () => {
  const w = (n: number): string => `${Array.from({ length: n - 1 }, () => 'woord').join(' ')} einde.`;
  test('15 words is fine, 16 is flagged, over 20 is flagged strongly', () => {
    expect(hits(w(15), 'long-sentence')).toHaveLength(0);
    const f16 = analyze(w(16)).findings.filter((f) => f.category === 'long-sentence');
    expect(f16).toHaveLength(1);
    expect(f16[0]?.severity).toBe('warning');
    const f21 = analyze(w(21)).findings.filter((f) => f.category === 'long-sentence');
    expect(f21[0]?.severity).toBe('error');
    expect(f21[0]?.message).toContain('21 woorden');
  });
  test('the finding covers the sentence', () => {
    const long = `Woord ${w(16)}`;
    const t = `Korte zin. ${long}`;
    expect(hits(t, 'long-sentence')).toEqual([long]);
  });
});

describe('officialese', () => {
  test('single words with a plainer alternative', () => {
    const a = analyze('Indien u vragen heeft, belt u ons derhalve.');
    const f = a.findings.filter((x) => x.category === 'officialese');
    expect(f.map((x) => x.suggestion)).toEqual(['als', 'dus']);
  });
  test('multi-word phrases are matched as a whole', () => {
    expect(hits('Dit geldt ten behoeve van alle inwoners.', 'officialese')).toEqual(['ten behoeve van']);
    expect(hits('Wij schrijven u met betrekking tot uw aanvraag.', 'officialese')).toEqual(['met betrekking tot']);
    expect(hits('Wij doen dit teneinde de wijk schoon te houden.', 'officialese')).toEqual(['teneinde']);
  });
  test('plain words are not flagged', () => {
    expect(hits('Als u vragen hebt, bel ons dan. Dus kom gerust langs.', 'officialese')).toEqual([]);
    expect(hits('Om te weten of u recht hebt op hulp, vragen wij uw inkomen.', 'officialese')).toEqual([]);
    expect(hits('Er zijn twee soorten, te weten: papier en glas.', 'officialese')).toEqual(['te weten']);
  });
});

describe('passive voice', () => {
  test('worden + participle, also split and in subclause order', () => {
    expect(hits('Uw aanvraag wordt binnen acht weken behandeld.', 'passive')).toEqual(['wordt binnen acht weken behandeld']);
    expect(hits('Wij weten dat de brief verstuurd wordt.', 'passive')).toEqual(['verstuurd wordt']);
    expect(hits('De container werd gisteren geleegd.', 'passive')).toHaveLength(1);
  });
  test('zijn + participle, also irregular participles', () => {
    expect(hits('Het besluit is genomen door de raad.', 'passive')).toEqual(['is genomen']);
    expect(hits('De brieven zijn gisteren verzonden.', 'passive')).toEqual(['zijn gisteren verzonden']);
    expect(hits('Uw paspoort is aangevraagd.', 'passive')).toEqual(['is aangevraagd']);
    expect(hits('Het huis is verkocht.', 'passive')).toEqual(['is verkocht']);
    expect(hits('De brieven zijn verstuurd.', 'passive')).toEqual(['zijn verstuurd']);
  });
  test('active sentences and perfect tense with zijn-verbs are not passive', () => {
    expect(hits('Wij behandelen uw aanvraag binnen acht weken.', 'passive')).toEqual([]);
    expect(hits('Hij is gisteren naar huis gegaan.', 'passive')).toEqual([]);
    expect(hits('Zij zijn in 2010 getrouwd.', 'passive')).toEqual([]);
    expect(hits('Ik ben geboren in Dronten.', 'passive')).toEqual([]);
    expect(hits('Zijn auto is kapot.', 'passive')).toEqual([]);
    expect(hits('Er is iets veranderd in de regels.', 'passive')).toEqual([]);
    expect(hits('Wij hebben de brief gisteren verstuurd.', 'passive')).toEqual([]);
    expect(hits('Dit is het gebied van de gemeente.', 'passive')).toEqual([]);
    expect(hits('De balie is op maandag gesloten.', 'passive')).toEqual([]);
    expect(hits('U wordt ziek van het lawaai.', 'passive')).toEqual([]);
  });
});

describe('difficult or uncommon words', () => {
  test('rare words are flagged', () => {
    expect(hits('De taxateur kwam langs.', 'difficult-word')).toEqual(['taxateur']);
  });
  test('common words, inflections and compounds of common words are not', () => {
    expect(hits('Wij brengen de kinderen morgen naar school.', 'difficult-word')).toEqual([]);
    expect(hits('De fietsenstalling bij het gemeentehuis is open.', 'difficult-word')).toEqual([]);
    expect(hits('Uw oude paspoort is ongeldig. Gebruik afbreekbaar plastic.', 'difficult-word')).toEqual([]);
    expect(hits('Vraag subsidie aan bij het loket of log in met DigiD.', 'difficult-word')).toEqual([]);
  });
  test('names in the middle of a sentence are not judged', () => {
    expect(hits('Wij spraken met Hoogstraten en Zwartkruis.', 'difficult-word')).toEqual([]);
  });
});

describe('noun style', () => {
  test('nominalisation with van gets a verb alternative', () => {
    const f = analyze('De verlenging van uw paspoort duurt een week.').findings.filter((x) => x.category === 'noun-style');
    expect(f).toHaveLength(1);
    expect(f[0]?.suggestion).toContain('verlengen');
    expect(hits('Na de behandeling van uw aanvraag krijgt u bericht.', 'noun-style')).toEqual(['de behandeling van']);
    expect(hits('Het aanvragen van een paspoort kan online.', 'noun-style')).toEqual(['Het aanvragen van']);
  });
  test('verbs and ordinary nouns are not flagged', () => {
    expect(hits('U kunt uw paspoort verlengen.', 'noun-style')).toEqual([]);
    expect(hits('De woning van uw buren is verkocht.', 'noun-style')).toEqual([]);
    expect(hits('Het vertrouwen van inwoners is belangrijk.', 'noun-style')).toEqual([]);
  });
});

describe('long compound words', () => {
  test('very long compounds are flagged with their parts', () => {
    const f = analyze('Dit staat in het inwonerstevredenheidsonderzoek.').findings.filter((x) => x.category === 'long-compound');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('inwoners + tevredenheids + onderzoek');
  });
  test('ordinary compounds are not', () => {
    expect(hits('De fietsenstalling is open.', 'long-compound')).toEqual([]);
    expect(hits('Vraag een parkeervergunning aan.', 'long-compound')).toEqual([]);
  });
});

describe('split verb constructions (tangconstructies)', () => {
  test('auxiliary far from the final verb', () => {
    const t = 'Wij zullen de aanvraag die u in maart met alle bijlagen aan ons stuurde zo snel mogelijk behandelen.';
    expect(hits(t, 'split-verb')).toEqual(['zullen de aanvraag die u in maart met alle bijlagen aan ons stuurde zo snel mogelijk behandelen']);
    const t2 = 'Wij hebben uw aanvraag voor een parkeervergunning in het centrum van de stad gisteren ontvangen.';
    expect(hits(t2, 'split-verb')).toEqual(['hebben uw aanvraag voor een parkeervergunning in het centrum van de stad gisteren ontvangen']);
  });
  test('close verb parts are fine', () => {
    expect(hits('Wij hebben uw aanvraag ontvangen.', 'split-verb')).toEqual([]);
  });
});

describe('abbreviations without explanation', () => {
  test('dotted and short abbreviations are flagged with the full form', () => {
    const a = analyze('Bel ons z.s.m. over art. 4.');
    const f = a.findings.filter((x) => x.category === 'abbreviation');
    expect(f.map((x) => x.suggestion)).toEqual(['zo snel mogelijk', 'artikel']);
  });
  test('an acronym is flagged at its first use only, unless explained', () => {
    expect(hits('De WOZ stijgt. De WOZ is de waarde van uw huis.', 'abbreviation')).toEqual(['WOZ']);
    expect(hits('De waarde van uw huis (WOZ) stijgt. De WOZ is hoger.', 'abbreviation')).toEqual([]);
    expect(hits('Het KCC (klantcontactcentrum) helpt u. Bel het KCC.', 'abbreviation')).toEqual([]);
  });
  test('well-known abbreviations and initials are not flagged', () => {
    expect(hits('De EU betaalt mee. Vraag het aan J. de Vries.', 'abbreviation')).toEqual([]);
  });
});

describe('double negatives', () => {
  test('two negations in one clause', () => {
    expect(hits('Het is niet onmogelijk dat u moet betalen.', 'double-negative')).toEqual(['niet onmogelijk']);
    expect(hits('Niemand heeft geen recht op hulp.', 'double-negative')).toEqual(['Niemand heeft geen']);
  });
  test('one negation is fine', () => {
    expect(hits('U hoeft niet te betalen.', 'double-negative')).toEqual([]);
    expect(hits('Dit geldt niet alleen voor u, maar ook voor uw buren.', 'double-negative')).toEqual([]);
  });
});

describe('vague references', () => {
  test('words that point back without saying what', () => {
    expect(hits('Het bovenstaande geldt voor iedereen.', 'vague-reference')).toEqual(['bovenstaande']);
    expect(hits('U moet betalen. Dit betekent dat u geld kwijt bent.', 'vague-reference')).toEqual(['Dit']);
  });
  test('concrete references are fine', () => {
    expect(hits('Deze regel geldt voor iedereen.', 'vague-reference')).toEqual([]);
  });
  test('names of built-in object properties are ordinary words', () => {
    expect(hits('De constructor van het gebouw komt morgen.', 'vague-reference')).toEqual([]);
    expect(hits('Wij gebruiken toString en valueOf niet.', 'vague-reference')).toEqual([]);
  });
});

describe('inconsistent address of the reader', () => {
  test('u and je mixed: the minority form is flagged', () => {
    const t = 'U kunt ons bellen. U krijgt dan hulp. Heb je vragen? Mail ons.';
    expect(hits(t, 'mixed-address')).toEqual(['je']);
  });
  test('only u, or only je, is fine', () => {
    expect(hits('U kunt ons bellen. Uw aanvraag is binnen.', 'mixed-address')).toEqual([]);
    expect(hits('Je kunt ons bellen. Jouw aanvraag is binnen.', 'mixed-address')).toEqual([]);
  });
});

describe('long paragraphs', () => {
  test('a paragraph over 100 words is flagged, a short one is not', () => {
    const long = Array.from({ length: 12 }, () => 'Wij maken de straat in mei helemaal nieuw voor u.').join(' ');
    expect(hits(long, 'long-paragraph')).toHaveLength(1);
    expect(hits('Wij maken de straat nieuw.', 'long-paragraph')).toEqual([]);
  });
});

describe('findings are well-formed', () => {
  test('offsets, Dutch messages and JSON round trip', () => {
    const t = 'Indien u derhalve een aanvraag indient, wordt deze door de gemeente binnen acht weken behandeld. Heb je vragen?';
    const a = analyze(t);
    expect(a.findings.length).toBeGreaterThan(3);
    for (const f of a.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(t.length);
      expect(f.message.length).toBeGreaterThan(10);
      expect(['info', 'warning', 'error']).toContain(f.severity);
    }
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
  test('ignored categories are left out of the findings', () => {
    const a = analyze('Indien u belt, helpen wij.', { ignore: ['officialese'] });
    expect(a.findings.filter((f) => f.category === 'officialese')).toEqual([]);
  });
});
