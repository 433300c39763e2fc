// Words of the knowledge base as search sees them: lower case, accents off, the ĳ ligature as i+j,
// letters and digits only. The same function prepares the articles and the query, so both sides
// always agree (PostgreSQL's own parser keeps accents and splits on other characters).

const MAX_QUERY_WORDS = 8;
const MAX_WORD_LENGTH = 40;

export function normaliseSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a query, in order, each once: at most eight, each at most 40 characters. */
export function knowledgeQueryWords(query: string): string[] {
  const words = normaliseSearchText(query)
    .split(' ')
    .filter((w) => w.length > 0 && w.length <= MAX_WORD_LENGTH);
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

/** A word and its two parts: `paspoortaanvraag` is `paspoort` + `aanvraag`. */
export interface CompoundSplit {
  word: string;
  left: string;
  right: string;
}

// Linking sounds between the parts of a Dutch compound (tussenklanken): stadhuis, dorpsstraat,
// pannenkoek, ziektekosten. The left part is tried with and without them.
const LINKS = ['s', 'en', 'e'];
const MIN_PART = 3;

/**
 * Every way to read a word as two parts of at least three letters, with the linking sounds taken
 * off the left part. The search keeps the splits whose parts both occur in the articles.
 */
export function compoundSplits(word: string): CompoundSplit[] {
  const splits: CompoundSplit[] = [];
  if (word.length < MIN_PART * 2 || /\d/.test(word)) return splits;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i += 1) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    splits.push({ word, left, right });
    for (const link of LINKS) {
      if (left.endsWith(link) && left.length - link.length >= MIN_PART) splits.push({ word, left: left.slice(0, -link.length), right });
    }
  }
  return splits;
}
