// The findings in words: at the cursor ("Op deze plek in de tekst") and all of them in a list whose
// items lead to their place in the text. A plainer word goes into the text with one click (or Enter).
import type { Finding } from '@helder/b1';
import { SEVERITY_LABELS } from '@helder/b1';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { memo } from 'react';
import { categoryLabel } from '../ui/b1';
import { excerptOf, type Replacement, replacementsOf } from './model';

export const itemId = (index: number) => `b1-finding-${index}`;
export const LIST_TITLE_ID = 'b1-findings-title';

export interface FindingActions {
  /** Put `replacement` in the text in place of finding `index`. */
  apply: (index: number, replacement: Replacement, from: 'list' | 'here') => void;
  /** Select finding `index` in the text area (and scroll to it). */
  show: (index: number) => void;
  /** Move the focus to finding `index` in the list. */
  goToItem: (index: number) => void;
}

/** True when every alternative of the suggestion is a button that says all of it. */
const allAsButtons = (suggestion: string, replacements: Replacement[]) =>
  suggestion.split(' / ').every((part) => replacements.some((r) => r.label === part.trim() && r.text.toLowerCase() === r.label.toLowerCase()));

function Body({ finding, words, index, actions, from }: { finding: Finding; words: string; index: number; actions: FindingActions; from: 'list' | 'here' }) {
  const replacements = replacementsOf(finding, words);
  const excerpt = excerptOf(words);
  return (
    <>
      <span className="helder-b1-finding__head">
        {categoryLabel(finding.category)} <span className="helder-muted">({SEVERITY_LABELS[finding.severity]})</span>
      </span>
      {excerpt ? <q className="helder-b1-finding__excerpt">{excerpt}</q> : null}
      <span className="helder-b1-finding__message">{finding.message}</span>
      {finding.suggestion && replacements.length === 0 ? <span className="helder-b1-finding__suggestion">Tip: {finding.suggestion}</span> : null}
      {/* Alternatives that need more than one click ("als er geen ... is") or say more than the button ("van (datum)"). */}
      {finding.suggestion && replacements.length > 0 && !allAsButtons(finding.suggestion, replacements) ? (
        <span className="helder-b1-finding__suggestion">Beter: {finding.suggestion}</span>
      ) : null}
      <span className="helder-b1-check__actions">
        {replacements.map((r) => (
          <Button key={r.text} appearance="secondary-action-button" className="helder-b1-check__replace" onClick={() => actions.apply(index, r, from)}>
            Vervang door ‘{r.text}’
          </Button>
        ))}
        {from === 'list' ? (
          <a
            className="utrecht-link helder-b1-check__goto"
            href="#b1-text"
            onClick={(e) => {
              e.preventDefault();
              actions.show(index);
            }}
          >
            Toon in de tekst<span className="helder-visually-hidden">: {excerpt}</span>
          </a>
        ) : (
          <a
            className="utrecht-link helder-b1-check__goto"
            href={`#${itemId(index)}`}
            onClick={(e) => {
              e.preventDefault();
              actions.goToItem(index);
            }}
          >
            Naar de lijst met punten
          </a>
        )}
      </span>
    </>
  );
}

// One item re-renders only when what it shows changes; its place (offsets) is read when it is used.
const Item = memo(
  function Item({ finding, words, index, actions }: { finding: Finding; words: string; index: number; actions: FindingActions }) {
    return (
      <li id={itemId(index)} tabIndex={-1} className={`helder-b1-finding helder-b1-finding--${finding.severity}`}>
        <Body finding={finding} words={words} index={index} actions={actions} from="list" />
      </li>
    );
  },
  (a, b) =>
    a.index === b.index &&
    a.words === b.words &&
    a.actions === b.actions &&
    a.finding.category === b.finding.category &&
    a.finding.severity === b.finding.severity &&
    a.finding.message === b.finding.message &&
    a.finding.suggestion === b.finding.suggestion,
);

/** Every finding, in the order of the text. */
export const FindingList = memo(function FindingList({ text, findings, actions }: { text: string; findings: readonly Finding[]; actions: FindingActions }) {
  const n = findings.length;
  return (
    <section className="helder-b1-check__list" aria-labelledby={LIST_TITLE_ID}>
      <Heading level={2} id={LIST_TITLE_ID} tabIndex={-1}>
        {n === 0 ? 'Punten om naar te kijken' : `Alle punten (${n})`}
      </Heading>
      {n === 0 ? (
        <Paragraph>{text.trim() ? 'Helder vond geen moeilijke zinnen of woorden.' : 'Nog geen tekst.'}</Paragraph>
      ) : (
        <ol className="helder-b1-findings">
          {findings.map((f, i) => (
            <Item key={i} index={i} finding={f} words={text.slice(f.start, f.end)} actions={actions} />
          ))}
        </ol>
      )}
    </section>
  );
});

/** The findings at the cursor; Tab from the text area comes here first. */
export function HerePanel({ text, findings, indexes, actions }: { text: string; findings: readonly Finding[]; indexes: number[]; actions: FindingActions }) {
  return (
    <section className="helder-b1-here" aria-labelledby="b1-here-title">
      <Heading level={2} id="b1-here-title">
        Op deze plek in de tekst
      </Heading>
      {indexes.length === 0 ? (
        <Paragraph className="helder-hint">Zet de cursor in een gemarkeerd stuk tekst. Dan ziet u hier wat er beter kan.</Paragraph>
      ) : (
        <ul className="helder-b1-findings">
          {indexes.map((i) => {
            const f = findings[i]!;
            return (
              <li key={`${i}-${f.category}`} className={`helder-b1-finding helder-b1-finding--${f.severity}`}>
                <Body finding={f} words={text.slice(f.start, f.end)} index={i} actions={actions} from="here" />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
