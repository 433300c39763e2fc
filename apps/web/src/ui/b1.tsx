// Shared pieces of every B1 view (the knowledge base's check and the B1-check page): the level in
// words and a symbol, and the Dutch label of a finding's category. Only labels come from
// @helder/b1 here, so importing this does not pull the analyser's word lists into a page.
import type { Category } from '@helder/b1';
import { CATEGORY_LABELS } from '@helder/b1';

export interface B1LevelInfo {
  level: string;
  isB1: boolean;
}

/** "Niveau B1: goed te lezen" or "Niveau B2: moeilijker dan B1". */
export function levelText(b1: B1LevelInfo): string {
  return b1.isB1 ? `Niveau ${b1.level}: goed te lezen` : `Niveau ${b1.level}: moeilijker dan B1`;
}

export function B1Level({ b1 }: { b1: B1LevelInfo }) {
  return (
    <span className={`helder-b1-level helder-b1-level--${b1.isB1 ? 'ok' : 'hard'}`}>
      <span aria-hidden="true">{b1.isB1 ? '✓' : '▲'}</span> {levelText(b1)}
    </span>
  );
}

/** "Lange zin", "Ambtelijke taal": the category's label with a capital. */
export function categoryLabel(category: string): string {
  const label = CATEGORY_LABELS[category as Category] ?? category;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
