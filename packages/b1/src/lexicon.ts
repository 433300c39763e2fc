// Word knowledge: frequency bands, inflection and compound analysis,
// officialese phrases, participles.
import { FREQUENCY_BANDS } from './lexicon/frequency.js';
import { OFFICIALESE } from './lexicon/officialese.js';

/** 1 = very common ... 4 = common enough; 5 = known from written text only; 6 = unknown. */
export type Band = 1 | 2 | 3 | 4 | 5 | 6;

let bands: Map<string, Band> | null = null;

function bandMap(): Map<string, Band> {
  if (bands) return bands;
  bands = new Map();
  FREQUENCY_BANDS.forEach((list, i) => {
    for (const w of list.split(' ')) if (w && !bands!.has(w)) bands!.set(w, (i + 1) as Band);
  });
  return bands;
}

/** Normalises a word for look-ups: NFC, lower case, ĳ ligature to ij, curly apostrophe to straight. */
export function normalizeWord(w: string): string {
  let s = w.toLowerCase();
  if (s.includes('ĳ')) s = s.replace(/ĳ/g, 'ij');
  if (s.includes('’')) s = s.replace(/’/g, "'");
  return s;
}

export function directBand(w: string): Band {
  return bandMap().get(w) ?? 6;
}

const SUFFIXES = ['en', 'e', 's', "'s", 'n', 'r', 'er', 'ere', 'ers', 'st', 'ste', 't', 'te', 'de', 'ten', 'den', 'je', 'jes', 'tje', 'tjes', 'pje', 'pjes', 'etje', 'etjes'];
const VOWEL = /[aeiou]/;

function baseCandidates(base: string): string[] {
  const out = [base];
  const n = base.length;
  if (n >= 3) {
    const last = base[n - 1] as string;
    const prev = base[n - 2] as string;
    // bakk -> bak
    if (last === prev && !VOWEL.test(last)) out.push(base.slice(0, -1));
    // mak -> maak, gev -> geef, reiz -> reis
    if (!VOWEL.test(last) && VOWEL.test(prev) && !VOWEL.test(base[n - 3] ?? 'x')) {
      const dbl = base.slice(0, -1) + prev + last;
      out.push(dbl);
      if (last === 'v') out.push(base.slice(0, -1) + prev + 'f', base.slice(0, -1) + 'f');
      if (last === 'z') out.push(base.slice(0, -1) + prev + 's', base.slice(0, -1) + 's');
    }
    if (last === 'v') out.push(base.slice(0, -1) + 'f');
    if (last === 'z') out.push(base.slice(0, -1) + 's');
  }
  return out;
}

/** Band of a word, also trying inflections (plural, -e, verb endings, diminutives). */
export function inflectedBand(w: string): Band {
  let best = directBand(w);
  if (best <= 2) return best;
  for (const suf of SUFFIXES) {
    if (w.length - suf.length < 3 || !w.endsWith(suf)) continue;
    for (const c of baseCandidates(w.slice(0, -suf.length))) {
      const b = directBand(c);
      if (b < best) best = b;
    }
  }
  // participle: ge-...-d/t
  if (best > 3 && w.startsWith('ge') && (w.endsWith('d') || w.endsWith('t')) && w.length > 5) {
    for (const c of baseCandidates(w.slice(2, -1))) {
      const b = directBand(c);
      if (b < best) best = b;
    }
  }
  return best;
}

export interface WordInfo {
  band: Band;
  /** Parts when the word is read as a compound of known words. */
  parts: string[] | null;
}

const infoCache = new Map<string, WordInfo>();

function known(piece: string, last: boolean): Band {
  const b = last ? inflectedBand(piece) : directBand(piece);
  if (b <= 5) return b;
  // linking s / e / en (tevredenheids-, stads-, boeken-)
  if (piece.endsWith('s') && piece.length > 3) {
    const b2 = directBand(piece.slice(0, -1));
    if (b2 <= 5) return b2;
  }
  return 6;
}

/** Reads a word as a compound of known words; returns the parts and the band of the hardest part. */
function splitCompound(w: string): WordInfo | null {
  const n = w.length;
  if (n < 7) return null;
  // best[i]: fewest parts covering w[0..i), with the hardest band as tie-break.
  const parts: (number | null)[] = new Array(n + 1).fill(null);
  const cost: number[] = new Array(n + 1).fill(Infinity);
  const worst: number[] = new Array(n + 1).fill(9);
  cost[0] = 0;
  worst[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue;
    for (let j = i + 3; j <= n; j++) {
      if (j === n && i === 0) continue; // the whole word is not a split
      const piece = w.slice(i, j);
      if (piece.includes('-')) continue;
      const b = known(piece, j === n);
      if (b > 5) continue;
      const c = (cost[i] as number) + 1;
      const wb = Math.max(worst[i] as number, b);
      if (c < (cost[j] as number) || (c === cost[j] && wb < (worst[j] as number))) {
        cost[j] = c;
        worst[j] = wb;
        parts[j] = i;
      }
    }
  }
  if (cost[n] === Infinity) return null;
  const out: string[] = [];
  let j = n;
  while (j > 0) {
    const i = parts[j] as number;
    out.unshift(w.slice(i, j));
    j = i;
  }
  return { band: worst[n] as Band, parts: out };
}

/** Frequency knowledge about a word (normalised, lower case). Cached. */
export function wordInfo(w: string): WordInfo {
  const hit = infoCache.get(w);
  if (hit) return hit;
  let info: WordInfo;
  const b = inflectedBand(w);
  if (b <= 4) info = { band: b, parts: null };
  else if (w.includes('-')) {
    // hyphenated compound: judge the parts
    let worstBand: Band = 1;
    const ps = w.split('-').filter(Boolean);
    for (const p of ps) {
      const pb = p.length <= 3 ? 1 : wordInfo(p).band;
      if (pb > worstBand) worstBand = pb as Band;
    }
    info = { band: worstBand, parts: ps };
  } else {
    const split = splitCompound(w);
    info = split && split.band < b ? split : { band: b, parts: split?.parts ?? null };
  }
  if (infoCache.size > 200_000) infoCache.clear();
  infoCache.set(w, info);
  return info;
}

// ---------------------------------------------------------------- officialese

export interface Phrase {
  words: string[];
  alternative: string;
}

let phraseIndex: Map<string, Phrase[]> | null = null;

/** Officialese phrases by their first word, longest first. */
export function officialeseIndex(): Map<string, Phrase[]> {
  if (phraseIndex) return phraseIndex;
  phraseIndex = new Map();
  for (const line of OFFICIALESE.split('\n')) {
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const words = line.slice(0, eq).split(' ');
    const p: Phrase = { words, alternative: line.slice(eq + 1) };
    const key = words[0] as string;
    const list = phraseIndex.get(key);
    if (list) list.push(p);
    else phraseIndex.set(key, [p]);
  }
  for (const list of phraseIndex.values()) list.sort((a, b) => b.words.length - a.words.length);
  return phraseIndex;
}

/** Number of officialese entries shipped. */
export function officialeseCount(): number {
  let n = 0;
  for (const list of officialeseIndex().values()) n += list.length;
  return n;
}

// ---------------------------------------------------------------- verbs

export const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden']);
export const ZIJN = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren', 'geweest']);
export const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']);
export const MODALS = new Set([
  'zal', 'zult', 'zullen', 'zou', 'zouden', 'kan', 'kun', 'kunt', 'kunnen', 'kon', 'konden',
  'moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen', 'mocht', 'mochten', 'wil', 'wilt',
  'willen', 'wilde', 'wilden', 'ga', 'gaat', 'gaan', 'ging', 'gingen',
]);

// Strong and irregular participles that the regular pattern misses or must accept.
const STRONG = new Set(
  ('gedaan gegeven genomen geschreven gezonden gezien gelezen gesloten gevonden gekozen gebracht ' +
    'gedacht gekregen gehouden gelaten geroepen gevraagd gestuurd geweten gewezen gedragen ' +
    'geholpen gestorven begonnen besloten verboden vergeten verkregen verschenen verzonden ' +
    'ontvangen ontslagen ontnomen ontworpen onderzocht ondertekend onderhouden ondernomen ' +
    'overleden overwogen overgenomen bevonden bedongen beschreven besproken bewezen ' +
    'verstrekt verleend vastgesteld aangenomen aangevraagd aangeboden aangewezen afgewezen ' +
    'toegewezen toegekend toegestaan uitgegeven uitgevoerd ingediend ingevuld ingeschreven ' +
    'opgenomen opgesteld opgelost opgeheven opgeroepen afgegeven afgesloten afgesproken ' +
    'gebleken geboren gestegen gedaald verdwenen vertrokken gebleven gekomen gegaan geworden ' +
    'gevallen gelopen gereden gevlogen bedreven verweten verheven herzien voorzien voorgelegd ' +
    'vernomen benoemd beloofd betaald bepaald bereikt beoordeeld behandeld bekeken beantwoord ' +
    'verwerkt verstuurd verlengd verwijderd verzocht verwacht vervangen verbeterd verhoogd ' +
    'verlaagd vergoed verzameld gebruikt gemaakt geregeld getoetst gecontroleerd geïnformeerd ' +
    'ingetrokken uitgesteld gestart gestopt gehaald geplaatst geopend gesloten gepland bezorgd')
    .split(' '),
);

// Verbs that form the perfect with 'zijn': 'is gekomen' is active, not passive.
export const ZIJN_VERBS = new Set(
  ('gekomen gegaan geweest gebeurd geworden gebleven begonnen gestopt gestorven verhuisd ' +
    'veranderd gevallen geboren gegroeid gestegen gedaald verdwenen verschenen aangekomen ' +
    'vertrokken teruggekomen opgegroeid ontstaan gelukt mislukt meegevallen tegengevallen ' +
    'overleden geslaagd gezakt opgehouden ingegaan afgelopen gereisd gevlogen gelopen gebleken ' +
    'toegenomen afgenomen verlopen vervallen ingestort weggegaan binnengekomen uitgekomen ' +
    'opgestaan gereden geland gevolgd gewend gestegen gekrompen')
    .split(' '),
);

// Adjectives that look like participles.
const NOT_PARTICIPLE = new Set(
  ('gezond gewoon geschikt gelijk gerust gewend gemiddeld geliefd gemeen gewild geheim ' +
    'gebied gebit gedicht gelid gemak gerecht gesprek gevecht gewicht gezicht gezin gelijk ' +
    'geduld gevoel gehoor geld getal gebouw gedrag gebed geneesmiddel gericht bericht bestand ' +
    'bezit verband verbod verschil verslag verzet verkeerd bereid bekend belangrijk geweld ' +
    'verlangen gebruiken betalen beginnen beslissen vergeten gebeuren bestaan verstand ' +
    'gemeente gevangen gebroken gesloten geopend gewoonweg gerecht verbruik bedrijf beleid ' +
    'bewust besluit beheer behoud gebrek gedeelte geheel gehele geval gevaar gevolg gedeeld ' +
    'bezwaard bezorgd verliefd verrast ontevreden tevreden verplicht')
    .split(' '),
);
// 'gesloten', 'geopend', 'bezorgd', 'verrast' and 'verplicht' are also adjectives; they stay out of the strong list
for (const w of ['gesloten', 'geopend', 'bezorgd', 'verplicht']) STRONG.delete(w);

const SEPARABLE = /^(aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|vast|voor|weg|samen|binnen|buiten|neer|rond|tegen|thuis|vrij|los|dicht|open|kennis|plaats|klaar|goed|stil|teweeg|tot|achter|mede|bekend|vrij)?ge[a-zà-ÿ]{2,}(d|t|en)$/;
const INSEPARABLE = /^(be|ver|ont|her|er|mis|onder|over|door|ge)[a-zà-ÿ]{3,}(d|t)$/;

/** Is this (lower-case) word a past participle? Errs on the side of 'no'. */
export function isParticiple(w: string): boolean {
  if (w.length < 5) return false;
  if (NOT_PARTICIPLE.has(w)) return false;
  if (STRONG.has(w)) return true;
  if (w.endsWith('heid') || w.endsWith('teit') || w.endsWith('ment') || w.endsWith('ent') || w.endsWith('aat')) return false;
  if (SEPARABLE.test(w)) {
    // 'ge...en' also matches nouns and infinitives; require a known strong form for -en
    if (w.endsWith('en')) return /^(\w*?)ge(\w+)en$/.test(w) && STRONG_EN.test(w);
    return true;
  }
  if (INSEPARABLE.test(w)) return true;
  return false;
}

// Common strong participle endings (-ven, -ken, -gen, -den, -ten, -pen, -zen, -nen, -len, -ten)
const STRONG_EN = /ge(sch)?\w*(even|aten|ezen|eken|oken|agen|egen|ogen|oten|oden|onden|ongen|omen|onnen|even|reven|leden|uren|oren|aan|ien|allen|angen|ouden|aden|ijd|eten|eden)$/;
