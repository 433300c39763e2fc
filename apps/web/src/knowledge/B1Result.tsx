// The B1 check of an answer: the level in words and a symbol, and every finding with the words it
// is about, why, and a plainer alternative where there is one. The level badge and the category
// labels are shared with the B1-check page (ui/b1.tsx).
import { SEVERITY_LABELS } from '@helder/b1';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { categoryLabel } from '../ui/b1';
import type { KnowledgeB1 } from './model';

export type B1View = Pick<KnowledgeB1, 'level' | 'isB1' | 'findings'>;

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
