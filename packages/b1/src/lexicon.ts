// Word knowledge: frequency bands, inflection and compound analysis,
// officialese phrases, participles.
import { FREQUENCY_BANDS } from './lexicon/frequency.js';
import { OFFICIALESE } from './lexicon/officialese.js';

/** 1 = very common ... 4 = common enough; 5 = known from written text only; 6 = unknown. */
export type Band = 1 | 2 | 3 | 4 | 5 | 6;

let bands: Map<string, Band> | null = null;

const DOMAIN_WORDS =
  'subsidie subsidies loket inloggen uitloggen huishoudelijk huishoudelijke stempas stembureau ' +
  'restafval grofvuil gft huisvuil afvalpas ophaaldag ophaaldagen inloopavond inloopspreekuur spreekuur ' +
  'buurthuis wijkteam jeugdzorg mantelzorg mantelzorger mantelzorgers toeslag toeslagen uitkering ' +
  'gemeentehuis gemeenteraad wethouder bijstand werkdag werkdagen balie pasfoto controleur zorgverzekering ' +
  'huurtoeslag zorgtoeslag kinderopvang inkomen bankrekening parkeervergunning kenteken';

function bandMap(): Map<string, Band> {
  if (bands) return bands;
  bands = new Map();
  FREQUENCY_BANDS.forEach((list, i) => {
    for (const w of list.split(' ')) if (w && !bands!.has(w)) bands!.set(w, (i + 1) as Band);
  });
  // Everyday municipal words that subtitles under-represent (curated for Helder).
  for (const w of DOMAIN_WORDS.split(' ')) {
    const cur = bands.get(w);
    if (cur === undefined || cur > 3) bands.set(w, 3);
  }
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
    // afbreek -> afbrek (afbreek-baar -> afbreken)
    if (prev === base[n - 3] && /[aeou]/.test(prev) && !VOWEL.test(last)) out.push(base.slice(0, -2) + last);
  }
  return out;
}

const DERIVATIONS: [string, string[]][] = [
  ['heid', ['']], ['heden', ['']], ['ing', ['en', '']], ['ingen', ['en', '']], ['lijk', ['', 'en']],
  ['lijke', ['', 'en']], ['baar', ['en', '']], ['bare', ['en', '']], ['schap', ['']], ['isch', ['']],
  ['ische', ['']], ['ig', ['']], ['ige', ['']], ['er', ['en']], ['ers', ['en']], ['atie', ['eren']],
];

const inflCache = new Map<string, Band>();

/** Band of a word, also trying inflections (plural, -e, verb endings, diminutives) and derivations. */
export function inflectedBand(w: string): Band {
  const hit = inflCache.get(w);
  if (hit !== undefined) return hit;
  const b = inflectedBandUncached(w);
  if (inflCache.size > 200_000) inflCache.clear();
  inflCache.set(w, b);
  return b;
}

function inflectedBandUncached(w: string): Band {
  let best = directBand(w);
  if (best <= 2) return best;
  for (const suf of SUFFIXES) {
    if (w.length - suf.length < 3 || !w.endsWith(suf)) continue;
    for (const c of baseCandidates(w.slice(0, -suf.length))) {
      const b = directBand(c);
      if (b < best) best = b;
    }
  }
  // derivations: -heid, -ing, -lijk(e), -baar, -schap, -isch(e), -ig(e)
  if (best > 3) {
    for (const [suf, adds] of DERIVATIONS) {
      if (w.length - suf.length < 3 || !w.endsWith(suf)) continue;
      const stem = w.slice(0, -suf.length);
      for (const add of adds) {
        for (const c of baseCandidates(stem)) {
          const b = directBand(c + add);
          if (b < best) best = b;
        }
      }
    }
  }
  // negative prefix: ongeldig, onbekend
  if (best > 3 && w.startsWith('on') && w.length > 6 && !w.startsWith('ont') && !w.startsWith('onder')) {
    const b = inflectedBand(w.slice(2));
    if (b + 1 < best) best = Math.min(5, b + 1) as Band;
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

// Pieces that are no words of their own inside a compound.
const NOT_A_PART = new Set(['ver', 'ont', 'her', 'be', 'ge', 'er', 'te', 'ten', 'ter', 'den', 'der', 'des', 'een', 'ere', 'sen', 'ers', 'ing', 'heid', 'lijk', 'les', 'ene', 'ens', 'eer', 'aar', 'ste', 'tie']);

function known(piece: string): Band {
  if (NOT_A_PART.has(piece)) return 6;
  let b = inflectedBand(piece);
  // linking s (tevredenheids-, stads-)
  if (b > 5 && piece.endsWith('s') && piece.length > 4) b = inflectedBand(piece.slice(0, -1));
  // short pieces only when they are very common words
  if (piece.length === 3 && b > 2) return 6;
  if (piece.length === 4 && b > 4) return 6;
  return b;
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
      const b = known(piece);
      if (b > 5) continue;
      const c = (cost[i] as number) + (piece.length <= 3 ? 1.5 : 1);
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
    'ingetrokken uitgesteld gestart gestopt gehaald geplaatst geopend gesloten gepland bezorgd ' +
    'verkocht gekocht verloren gestolen gedronken gezocht bezocht meegenomen doorgegeven ' +
    'vergeleken begrepen gewogen geschoven verschoven aangesloten afgesloten uitgenodigd')
    .split(' '),
);

// Verbs that form the perfect with 'zijn': 'is gekomen' is active, not passive.
export const ZIJN_VERBS = new Set(
  ('gekomen gegaan geweest gebeurd geworden gebleven begonnen gestopt gestorven verhuisd ' +
    'veranderd gevallen geboren gegroeid gestegen gedaald verdwenen verschenen aangekomen ' +
    'vertrokken teruggekomen opgegroeid ontstaan gelukt mislukt meegevallen tegengevallen ' +
    'overleden geslaagd gezakt opgehouden ingegaan afgelopen gereisd gevlogen gelopen gebleken ' +
    'toegenomen afgenomen verlopen vervallen ingestort weggegaan binnengekomen uitgekomen ' +
    'opgestaan gereden geland gevolgd gewend gestegen gekrompen getrouwd gescheiden ontsnapt ' +
    'ingetrokken verdwaald gestart geëindigd afgestudeerd')
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

/** Does a verb with this stem exist ('betaal' -> betalen, 'leef' -> leven, 'stop' -> stoppen)? */
function verbExists(stem: string): boolean {
  if (stem.length < 2) return false;
  const cands = [stem + 'en'];
  const n = stem.length;
  const last = stem[n - 1] as string;
  const prev = stem[n - 2] as string;
  const prev2 = stem[n - 3] ?? '';
  const soft = (c: string): string => (c === 'f' ? 'v' : c === 's' ? 'z' : c);
  if (prev === prev2 && /[aeou]/.test(prev)) cands.push(stem.slice(0, -2) + soft(last) + 'en', stem.slice(0, -2) + last + 'en');
  if (last === 'f' || last === 's') cands.push(stem.slice(0, -1) + soft(last) + 'en');
  if (!/[aeiou]/.test(last) && /[aeiou]/.test(prev) && !/[aeiou]/.test(prev2)) cands.push(stem + last + 'en');
  if (stem.endsWith('eer')) cands.push(stem + 'en');
  for (const c of cands) if (directBand(c) <= 5) return true;
  return false;
}

/** Is this (lower-case) word a past participle? Errs on the side of 'no'. */
export function isParticiple(w: string): boolean {
  if (w.length < 5) return false;
  if (NOT_PARTICIPLE.has(w)) return false;
  if (STRONG.has(w)) return true;
  if (w.endsWith('heid') || w.endsWith('teit') || w.endsWith('ment') || w.endsWith('ent') || w.endsWith('aat')) return false;
  const sep = SEPARABLE.exec(w);
  if (sep) {
    // 'ge...en' also matches nouns and infinitives; require a strong ending
    if (w.endsWith('en')) return STRONG_EN.test(w);
    const particle = sep[1] ?? '';
    const stem = w.slice(particle.length + 2, -1);
    if (verbExists(stem) || verbExists(particle + stem)) return true;
  }
  const insep = INSEPARABLE.exec(w);
  if (insep) return verbExists(w.slice(0, -1)) || verbExists(w.slice((insep[1] as string).length, -1));
  return false;
}

// Common strong participle endings (-ven, -ken, -gen, -den, -ten, -pen, -zen, -nen, -len, -ten)
const STRONG_EN = /ge(sch)?\w*(even|aten|ezen|eken|oken|agen|egen|ogen|oten|oden|onden|ongen|omen|onnen|even|reven|leden|uren|oren|aan|ien|allen|angen|ouden|aden|ijd|eten|eden)$/;
