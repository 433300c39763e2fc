// Dutch syllable counting by vowel nuclei.
//
// Each vowel group is split into nuclei: known digraphs and trigraphs
// (aa, ee, oo, uu, ie, oe, eu, ei, ij, ui, ou, au, aai, ooi, oei, eeu, ieu, eau)
// count once; other vowel sequences count per vowel (i-de-aal, ra-di-o,
// ja-nu-a-ri); a vowel with a diaeresis (ë, ï, ü, ö) starts a new nucleus
// (i-dee-ën, ge-ïn-te-res-seerd). A small list of loanwords and endings
// (museum) corrects the rule.

const VOWELS = new Set('aeiouyáéíóúàèìòùâêîôûäëïöü');
const DIAERESIS = new Set('äëïöü');
const NUCLEI3 = new Set(['aai', 'ooi', 'oei', 'eeu', 'ieu', 'eau']);
const NUCLEI2 = new Set(['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ij', 'ui', 'ou', 'au', 'ai', 'ey', 'oy', 'ay']);

// Loanwords whose spelling the rule miscounts (counts as pronounced in Dutch).
const EXCEPTIONS: Record<string, number> = {
  team: 1, teams: 1, website: 2, websites: 2, service: 2, online: 2, offline: 2, update: 2,
  updates: 2, deadline: 2, deadlines: 2, site: 1, sites: 1, care: 1, game: 1, games: 1,
  live: 1, date: 1, file: 1, files: 1, time: 1, home: 1, shop: 1, cookie: 2, cookies: 2,
  people: 2, manager: 3, managers: 3, coach: 1, coaches: 2, mail: 1, mails: 1, mailen: 2, gemaild: 2,
  email: 2, emails: 2, design: 2, office: 2, helpdesk: 2, software: 2, hardware: 2, app: 1,
  apps: 1, chat: 1, chatten: 2, smartphone: 2, laptop: 2, whatsapp: 2, facebook: 3, youtube: 2,
  iphone: 2, pagina: 3, leasen: 2, lease: 1, timing: 2, feedback: 2, workshop: 2, meeting: 2,
  weekend: 2, weekends: 2, baby: 2, babys: 2, hobby: 2, hobbys: 2, sorry: 2, okay: 2,
  museum: 3, musea: 3, ideeën: 3, cafeetje: 3, cafe: 2, café: 2, jeans: 1, bureau: 2, bureaus: 2,
  cadeau: 2, cadeaus: 2, niveau: 2, niveaus: 2, plateau: 2, tableau: 2,
};

const cache = new Map<string, number>();

function countPart(w: string): number {
  let n = 0;
  let i = 0;
  const len = w.length;
  while (i < len) {
    const c = w[i] as string;
    if (c === 'y' && i + 1 < len && VOWELS.has(w[i + 1] as string) && i === 0) {
      // word-initial y before a vowel is a consonant (yoga)
      i += 1;
      continue;
    }
    if (!VOWELS.has(c)) {
      i += 1;
      continue;
    }
    // A vowel: find the nucleus that starts here.
    n += 1;
    if (DIAERESIS.has(c)) {
      i += 1;
      continue;
    }
    const three = w.slice(i, i + 3);
    if (three.length === 3 && NUCLEI3.has(three)) {
      i += 3;
      continue;
    }
    const two = w.slice(i, i + 2);
    if (two.length === 2 && NUCLEI2.has(two)) {
      i += 2;
      continue;
    }
    i += 1;
  }
  // 'eum' at the end (museum, lyceum, jubileum) is two syllables.
  if (/[^aeiou]eum$/.test(w) || /[^aeiou]eums$/.test(w)) n += 1;
  return n;
}

/** Number of syllables of one Dutch word (at least 1 for any word with letters). */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/ĳ/g, 'ij');
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  let n: number;
  const exc = EXCEPTIONS[w];
  if (exc !== undefined) n = exc;
  else {
    n = 0;
    for (const part of w.split(/[-'’]/)) {
      if (!part) continue;
      const e = EXCEPTIONS[part];
      n += e !== undefined ? e : countPart(part);
    }
    if (n === 0) n = 1;
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(w, n);
  return n;
}
