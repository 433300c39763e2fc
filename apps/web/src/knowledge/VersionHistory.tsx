// Every save of an article is a version: who, when and what (created, saved, published, restored,
// archived), newest first. Two versions can be compared word by word; an editor can put an older
// version back, which becomes the newest version (nothing is lost).
import { KNOWLEDGE_VISIBILITY_LABELS } from '@helder/domain';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { SelectField } from '../ui/fields';
import { formatDateTime, formatLongDate } from '../ui/format';
import { Section } from '../ui/page';
import { changed, diffWords } from './diff';
import { htmlToText, type KnowledgeVersion, versionEventLabel, versionShortLabel } from './model';

function DiffText({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  return (
    <p className="helder-diff">
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={index} className="helder-diff__removed">
            <span className="helder-visually-hidden">[weggehaald: </span>
            {part.text}
            <span className="helder-visually-hidden">]</span>
          </del>
        ) : (
          <ins key={index} className="helder-diff__added">
            <span className="helder-visually-hidden">[toegevoegd: </span>
            {part.text}
            <span className="helder-visually-hidden">]</span>
          </ins>
        ),
      )}
    </p>
  );
}

interface Field {
  label: string;
  text: (v: KnowledgeVersion) => string;
}

const FIELDS: Field[] = [
  { label: 'Titel', text: (v) => v.title },
  { label: 'Vraag van de inwoner', text: (v) => v.question ?? '' },
  { label: 'Antwoord', text: (v) => htmlToText(v.answer) },
  { label: 'Trefwoorden', text: (v) => v.keywords.join(', ') },
  { label: 'Zichtbaarheid', text: (v) => KNOWLEDGE_VISIBILITY_LABELS[v.visibility] },
  { label: 'Herzien vóór', text: (v) => (v.reviewBy ? formatLongDate(v.reviewBy) : 'geen datum') },
];

function Comparison({ older, newer }: { older: KnowledgeVersion; newer: KnowledgeVersion }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [older.version, newer.version]);
  const differences = FIELDS.filter((f) => changed(f.text(older), f.text(newer)));
  const otherChanges = [older.productId !== newer.productId ? 'product of dienst' : '', older.teamId !== newer.teamId ? 'team' : ''].filter(Boolean);
  return (
    <section className="helder-panel helder-comparison" aria-labelledby={`compare-${older.version}-${newer.version}`}>
      <Heading level={3} id={`compare-${older.version}-${newer.version}`} ref={ref} tabIndex={-1} className="helder-focus-target">
        Verschil tussen versie {older.version} en versie {newer.version}
      </Heading>
      <Paragraph className="helder-hint">
        <del className="helder-diff__removed">Doorgestreept</del> is weggehaald in versie {newer.version}. <ins className="helder-diff__added">Onderstreept</ins> is nieuw in versie{' '}
        {newer.version}.
      </Paragraph>
      {differences.length === 0 && otherChanges.length === 0 ? <Paragraph>De twee versies zijn gelijk.</Paragraph> : null}
      {differences.map((f) => (
        <div key={f.label} className="helder-comparison__field">
          <Heading level={4}>{f.label}</Heading>
          <DiffText before={f.text(older)} after={f.text(newer)} />
        </div>
      ))}
      {otherChanges.length > 0 ? <Paragraph>Ook anders: {otherChanges.join(' en ')}.</Paragraph> : null}
    </section>
  );
}

export interface VersionHistoryProps {
  versions: KnowledgeVersion[];
  canRestore: boolean;
  onRestore: (version: KnowledgeVersion) => void;
}

export function VersionHistory({ versions, canRestore, onRestore }: VersionHistoryProps) {
  const newest = versions[0];
  const [draft, setDraft] = useState({ older: String(versions[1]?.version ?? ''), newer: String(newest?.version ?? '') });
  const [shown, setShown] = useState<{ older: number; newer: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const byNumber = (n: number) => versions.find((v) => v.version === n);
  const options = versions.map((v) => ({ value: String(v.version), label: `Versie ${v.version}: ${versionShortLabel(v)}` }));

  // A new version (after a save or restore) starts a fresh comparison.
  useEffect(() => {
    setDraft({ older: String(versions[1]?.version ?? ''), newer: String(versions[0]?.version ?? '') });
    setShown(null);
  }, [versions]);

  const compare = (older: number, newer: number) => {
    if (older === newer) {
      setProblem('Kies twee verschillende versies.');
      setShown(null);
      return;
    }
    setProblem(null);
    setShown(older < newer ? { older, newer } : { older: newer, newer: older });
  };

  const shownOlder = shown ? byNumber(shown.older) : undefined;
  const shownNewer = shown ? byNumber(shown.newer) : undefined;

  return (
    <Section title="Geschiedenis">
      <Paragraph className="helder-hint">Elke keer opslaan maakt een nieuwe versie. De nieuwste staat bovenaan.</Paragraph>
      <ol className="helder-history helder-versions" reversed>
        {versions.map((v, index) => (
          <li key={v.version} className="helder-history__item">
            <strong>
              Versie {v.version}: {versionEventLabel(v)}
            </strong>
            <span className="helder-history__when">
              {formatDateTime(v.createdAt)} door {v.authorName ?? 'onbekend'}
            </span>
            <span className="helder-history__detail">
              {v.title} · {v.visibility === 'public' ? 'openbaar' : 'intern'} · {v.isB1 ? 'op B1-niveau' : 'niet op B1-niveau'}
            </span>
            <span className="helder-actions helder-actions--compact">
              {index < versions.length - 1 ? (
                <Button appearance="subtle-button" type="button" onClick={() => compare(versions[index + 1]!.version, v.version)}>
                  Vergelijk met versie {versions[index + 1]!.version}
                </Button>
              ) : null}
              {canRestore && index > 0 ? (
                <Button appearance="secondary-action-button" type="button" onClick={() => onRestore(v)}>
                  Zet deze versie terug<span className="helder-visually-hidden"> (versie {v.version})</span>
                </Button>
              ) : null}
            </span>
          </li>
        ))}
      </ol>

      {versions.length > 1 ? (
        <form
          className="helder-filters helder-compare-form"
          aria-label="Twee versies vergelijken"
          onSubmit={(e) => {
            e.preventDefault();
            compare(Number(draft.older), Number(draft.newer));
          }}
        >
          <SelectField label="Vergelijk versie" required value={draft.older} onChange={(older) => setDraft((d) => ({ ...d, older }))} options={options} error={problem ?? undefined} />
          <SelectField label="met versie" required value={draft.newer} onChange={(newer) => setDraft((d) => ({ ...d, newer }))} options={options} />
          <div className="helder-filters__actions">
            <Button appearance="secondary-action-button" type="submit">
              Vergelijk
            </Button>
          </div>
        </form>
      ) : null}
      {shownOlder && shownNewer ? <Comparison older={shownOlder} newer={shownNewer} /> : null}
    </Section>
  );
}
