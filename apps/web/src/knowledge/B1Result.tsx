// The B1 check of an answer: the level in words and a symbol, and every finding with the words it
// is about, why, and a plainer alternative where there is one.
import type { Category } from '@helder/b1';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '@helder/b1';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { KnowledgeB1 } from './model';

export type B1View = Pick<KnowledgeB1, 'level' | 'isB1' | 'findings'>;

/** "Niveau B1: goed te lezen" or "Niveau B2: moeilijker dan B1". */
export function levelText(b1: Pick<KnowledgeB1, 'level' | 'isB1'>): string {
  return b1.isB1 ? `Niveau ${b1.level}: goed te lezen` : `Niveau ${b1.level}: moeilijker dan B1`;
}

export function B1Level({ b1 }: { b1: Pick<KnowledgeB1, 'level' | 'isB1'> }) {
  return (
    <span className={`helder-b1-level helder-b1-level--${b1.isB1 ? 'ok' : 'hard'}`}>
      <span aria-hidden="true">{b1.isB1 ? '✓' : '▲'}</span> {levelText(b1)}
    </span>
  );
}

const categoryLabel = (category: string) => {
  const label = CATEGORY_LABELS[category as Category] ?? category;
  return label.charAt(0).toUpperCase() + label.slice(1);
};

export function B1Findings({ findings, headingLevel = 3, max = 30 }: { findings: B1View['findings']; headingLevel?: 2 | 3 | 4; max?: number }) {
  if (findings.length === 0) return <Paragraph>Wij vonden geen moeilijke zinnen of woorden.</Paragraph>;
  const shown = findings.slice(0, max);
  return (
    <>
      <Heading level={headingLevel} className="helder-b1-findings__title">
        {findings.length === 1 ? '1 punt om naar te kijken' : `${findings.length} punten om naar te kijken`}
      </Heading>
      <ul className="helder-b1-findings">
        {shown.map((f, index) => (
          <li key={`${f.category}-${index}`} className={`helder-b1-finding helder-b1-finding--${f.severity}`}>
            <span className="helder-b1-finding__head">
              {categoryLabel(f.category)} <span className="helder-muted">({SEVERITY_LABELS[f.severity]})</span>
            </span>
            {f.excerpt ? <q className="helder-b1-finding__excerpt">{f.excerpt}</q> : null}
            <span className="helder-b1-finding__message">{f.message}</span>
            {f.suggestion ? <span className="helder-b1-finding__suggestion">Beter: {f.suggestion}</span> : null}
          </li>
        ))}
      </ul>
      {findings.length > max ? <Paragraph className="helder-hint">En nog {findings.length - max} {findings.length - max === 1 ? "punt" : "punten"}. U ziet ze allemaal bij de B1-controle.</Paragraph> : null}
    </>
  );
}
