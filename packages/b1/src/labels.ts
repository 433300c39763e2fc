import type { Category, Severity } from './types.js';

/** Short Dutch labels of the finding categories, for user interfaces. */
export const CATEGORY_LABELS: Record<Category, string> = {
  'long-sentence': 'lange zin',
  'difficult-word': 'moeilijk woord',
  officialese: 'ambtelijke taal',
  passive: 'lijdende vorm',
  'noun-style': 'naamwoordstijl',
  'long-compound': 'lang woord',
  'split-verb': 'tangconstructie',
  abbreviation: 'afkorting',
  'double-negative': 'dubbele ontkenning',
  'vague-reference': 'vage verwijzing',
  'mixed-address': 'u en je door elkaar',
  'long-paragraph': 'lang stuk tekst',
};
/** Dutch labels of the severities. */
export const SEVERITY_LABELS: Record<Severity, string> = { error: 'fout', warning: 'let op', info: 'tip' };
