// The B1 check while the editor types: the same analyser the server runs on save (@helder/b1), in
// the browser, a moment after the last key. Only the level is announced (a polite status); the
// findings are there to read.
import { type Analysis, createAnalyzer } from '@helder/b1';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { B1Level } from '../ui/b1';
import { B1Findings, type B1View } from './B1Result';

const DEBOUNCE_MS = 300;
const MAX_EXCERPT = 140;

/** The text of a piece of HTML: tags out, entities decoded. */
function textOf(html: string): string {
  const doc = new DOMParser().parseFromString(html.replace(/<[^>]*>/g, ' '), 'text/html');
  const text = (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT - 1)}…` : text;
}

/** The analysis in the shape the server stores (excerpts instead of offsets). */
export function toB1View(html: string, analysis: Analysis): B1View {
  return {
    level: analysis.level,
    isB1: analysis.isB1,
    findings: analysis.findings.map((f) => ({
      category: f.category,
      message: f.message,
      excerpt: textOf(html.slice(f.start, f.end)),
      suggestion: f.suggestion ?? null,
      severity: f.severity,
    })),
  };
}

/** The B1 view of `html`, updated a moment after it stops changing; null while there is no text. */
export function useLiveB1(html: string): B1View | null {
  const analyzer = useMemo(() => createAnalyzer({ format: 'html' }), []);
  const [view, setView] = useState<B1View | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      const analysis = analyzer.analyze(html);
      setView(analysis.counts.words === 0 ? null : toB1View(html, analysis));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [html, analyzer]);
  return view;
}

export function LiveB1Check({ view, isPublic }: { view: B1View | null; isPublic: boolean }) {
  const headingId = useId();
  return (
    <aside className="helder-b1-panel" aria-labelledby={headingId} tabIndex={0}>
      <Heading level={2} id={headingId}>
        B1-controle
      </Heading>
      <p className="utrecht-paragraph helder-b1-panel__level" role="status">
        {view ? <B1Level b1={view} /> : 'Typ het antwoord. Dan ziet u hier of de tekst op B1-niveau is.'}
      </p>
      {view ? (
        <>
          {!view.isB1 && isPublic ? (
            <Paragraph className="helder-hint">
              U kunt opslaan. Publiceren van een openbaar antwoord dat niet op B1-niveau is, vraagt om een bevestiging.
            </Paragraph>
          ) : null}
          <B1Findings findings={view.findings} headingLevel={3} />
        </>
      ) : null}
    </aside>
  );
}
