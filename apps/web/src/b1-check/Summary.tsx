// The outcome at a glance: the level, the scores and the (at most) three things to fix first, each
// a link to its first finding in the list. It changes with every keystroke; a screen reader hears a
// short version (the level and the number of findings) after a pause in typing, not every change.
import type { Analysis } from '@helder/b1';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { memo } from 'react';
import { B1Level } from '../ui/b1';
import { itemId } from './Findings';
import { formatDecimal, formatWhole, prioritiesOf } from './model';

const plural = (n: number, one: string, more: string) => `${formatWhole(n)} ${n === 1 ? one : more}`;

export const Summary = memo(function Summary({ analysis, announcement, goToItem }: { analysis: Analysis; announcement: string; goToItem: (index: number) => void }) {
  const empty = analysis.counts.words === 0;
  const priorities = empty ? [] : prioritiesOf(analysis.findings);
  const { scores, counts } = analysis;
  return (
    <section className="helder-b1-summary" aria-labelledby="b1-summary-title">
      <Heading level={2} id="b1-summary-title">
        Uitslag
      </Heading>
      {/* The live region: filled after a pause in typing (see B1CheckPage). */}
      <p className="helder-visually-hidden" role="status">
        {announcement}
      </p>
      {empty ? (
        <Paragraph>Typ of plak hieronder een tekst. Dan ziet u hier het niveau, en wat u eerst kunt verbeteren.</Paragraph>
      ) : (
        <div className="helder-b1-summary__body">
          <div className="helder-b1-summary__level">
            <p className="utrecht-paragraph">
              <B1Level b1={analysis} />
            </p>
            <dl className="helder-b1-scores">
              <div>
                <dt>Flesch-Douma</dt>
                <dd>
                  {formatDecimal(scores.fleschDouma)} <span className="helder-muted">(hoger is makkelijker)</span>
                </dd>
              </div>
              <div>
                <dt>Brouwer</dt>
                <dd>
                  {formatDecimal(scores.brouwer)} <span className="helder-muted">(hoger is makkelijker)</span>
                </dd>
              </div>
              <div>
                <dt>Woorden per zin</dt>
                <dd>{formatDecimal(scores.wordsPerSentence)}</dd>
              </div>
              <div>
                <dt>Lettergrepen per woord</dt>
                <dd>{formatDecimal(scores.syllablesPerWord)}</dd>
              </div>
              <div>
                <dt>Tekst</dt>
                <dd>
                  {plural(counts.sentences, 'zin', 'zinnen')}, {plural(counts.words, 'woord', 'woorden')}, {plural(counts.paragraphs, 'alinea', "alinea's")}
                </dd>
              </div>
            </dl>
          </div>
          <div className="helder-b1-summary__first">
            <Heading level={3}>Verbeter eerst</Heading>
            {priorities.length === 0 ? (
              <Paragraph>Helder vond niets om te verbeteren. Lees de tekst zelf nog een keer.</Paragraph>
            ) : (
              <ol className="helder-b1-priorities">
                {priorities.map((p) => (
                  <li key={p.category}>
                    <a
                      className="utrecht-link"
                      href={`#${itemId(p.first)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        goToItem(p.first);
                      }}
                    >
                      {p.advice}
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      )}
    </section>
  );
});
