// B1-check: any employee pastes or types a text (or brings it in from a file) and sees at once
// whether it is at B1 level, with every finding marked in the text, explained, and where the
// analyser gives plainer words, a button that puts them in. The analysis runs in the browser on
// every change, without waiting: @helder/b1's incremental analyser redoes only the paragraph that
// changed (about 0.4 ms for a 2,000-word text), so the page keeps up with typing. This page is
// loaded on demand (App.tsx), so only its visitors download the analyser's word lists.
import { type Analysis, createAnalyzer, type Finding } from '@helder/b1';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { levelText } from '../ui/b1';
import { PageTitle } from '../ui/page';
import { FileDrop } from './FileDrop';
import { type FindingActions, FindingList, HerePanel, itemId, LIST_TITLE_ID } from './Findings';
import { MarkedTextArea, scrollToOffset } from './MarkedTextArea';
import { announcementOf, applyReplacement, findingsAt, MARK_KIND, type Replacement } from './model';
import { Summary } from './Summary';

/** Name of the performance mark set each time the analysis of a new text is on the screen. */
export const ANALYSED_MARK = 'helder:b1-analysed';
/** How long typing must pause before a screen reader hears the new level. */
const ANNOUNCE_AFTER_MS = 1000;
const TEXT_ID = 'b1-text';

/** The last change Helder made to the text, which "Ongedaan maken" takes back while the text is still as it left it. */
interface Change {
  message: string;
  before: string;
  after: string;
}

type PendingFocus = { to: 'item'; index: number } | { to: 'text'; caret: number } | null;

export function B1CheckPage() {
  const navigate = useNavigate();
  const analyzer = useMemo(() => createAnalyzer(), []);
  const [text, setText] = useState('');
  // The cursor or selection in the text area; `typed` when it moved by typing.
  const [selection, setSelection] = useState<{ start: number; end: number; typed?: boolean } | null>(null);
  const [change, setChange] = useState<Change | null>(null);
  const [notice, setNotice] = useState('');
  // How long the analyser itself took (for the measurement below).
  const analyseMs = useRef(0);
  const analysis: Analysis = useMemo(() => {
    const started = performance.now();
    const result = analyzer.analyze(text);
    analyseMs.current = performance.now() - started;
    return result;
  }, [analyzer, text]);
  const findings = analysis.findings;

  const rootRef = useRef<HTMLDivElement>(null);
  const textAreaRef = useRef<HTMLTextAreaElement>(null);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<PendingFocus>(null);

  // The findings at the cursor. The most precise one is outlined in the text: the finding just
  // selected from the list, or a word or phrase at the cursor; not while typing (the word being
  // typed is often "unknown" until it is complete).
  const here = useMemo(() => (selection ? findingsAt(findings, selection.start, selection.end) : []), [findings, selection]);
  const active = useMemo((): Finding | null => {
    if (!selection || selection.typed) return null;
    for (const i of here) {
      const f = findings[i]!;
      const kind = MARK_KIND[f.category];
      if ((f.start === selection.start && f.end === selection.end) || kind === 'term' || kind === 'phrase') return f;
    }
    return null;
  }, [here, findings, selection]);

  // For measuring (the browser test): the moment the analysis of this text is in the page (React
  // has committed the marks, the summary and the list), and how long the analyser took of that.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    root.dataset.analysedLength = String(text.length);
    root.dataset.analysedAt = String(performance.now());
    root.dataset.analyseMs = analyseMs.current.toFixed(2);
    performance.clearMarks(ANALYSED_MARK);
    performance.mark(ANALYSED_MARK, { detail: { length: text.length } });
  }, [analysis, text]);

  // After a change Helder made, the focus goes where the work goes on.
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    if (pending.to === 'text') {
      const area = textAreaRef.current;
      area?.focus();
      area?.setSelectionRange(pending.caret, pending.caret);
      return;
    }
    // The next finding now has the place of the one just fixed.
    const next = Math.min(pending.index, findings.length - 1);
    document.getElementById(next >= 0 ? itemId(next) : LIST_TITLE_ID)?.focus();
  }, [findings]);

  // A screen reader hears the level and the number of findings after a pause in typing.
  const announcement = announcementOf(analysis, levelText(analysis));
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(announcement), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [announcement]);

  // The handlers read the newest state through a ref, so they stay the same object and the list
  // items need not re-render for them.
  const latest = useRef({ text, findings });
  latest.current = { text, findings };

  const goToItem = useCallback((index: number) => {
    document.getElementById(itemId(index))?.focus();
  }, []);

  const actions: FindingActions = useMemo(
    () => ({
      apply(index: number, replacement: Replacement, from: 'list' | 'here') {
        const { text: before, findings: current } = latest.current;
        const f = current[index];
        if (!f) return;
        const words = before.slice(f.start, f.end);
        const { text: after, caret } = applyReplacement(before, f, replacement.text);
        pendingFocus.current = from === 'list' ? { to: 'item', index } : { to: 'text', caret };
        if (from === 'here') setSelection({ start: caret, end: caret });
        setText(after);
        setChange({ message: `‘${words}’ is vervangen door ‘${replacement.text}’.`, before, after });
        setNotice('');
      },
      show(index: number) {
        const f = latest.current.findings[index];
        const area = textAreaRef.current;
        if (!f || !area) return;
        area.focus({ preventScroll: true });
        area.setSelectionRange(f.start, f.end);
        setSelection({ start: f.start, end: f.end });
        scrollToOffset(mirrorRef.current, latest.current.text, f.start);
      },
      goToItem,
    }),
    [goToItem],
  );

  const onText = useCallback((value: string, caret: number) => {
    setText(value);
    setSelection({ start: caret, end: caret, typed: true });
    setNotice('');
  }, []);
  const onSelect = useCallback((start: number, end: number) => {
    setSelection((current) => (current && current.start === start && current.end === end ? current : { start, end }));
  }, []);

  const fromFile = useCallback((value: string, fileName: string) => {
    const before = latest.current.text;
    setText(value);
    setSelection(null);
    setChange(before.trim() ? { message: `De tekst uit ${fileName} staat nu in het tekstvak.`, before, after: value } : null);
    setNotice('');
  }, []);

  const undo = () => {
    if (!change || text !== change.after) return;
    setText(change.before);
    setSelection({ start: 0, end: 0, typed: true });
    setChange(null);
    setNotice('De tekst staat er weer zoals hij was.');
    pendingFocus.current = { to: 'text', caret: 0 };
  };
  const canUndo = change !== null && text === change.after;

  return (
    <div className="helder-b1-check" ref={rootRef}>
      <PageTitle title="B1-check">B1-check</PageTitle>
      <Paragraph className="helder-lead">
        Plak of typ een tekst, zoals een brief of een tekst voor de website. U ziet meteen of de tekst op B1-niveau is, en wat u beter kunt schrijven. De controle
        gebeurt in uw browser.
      </Paragraph>
      <Summary analysis={analysis} announcement={announced} goToItem={goToItem} />
      <div className="helder-b1-check__layout">
        <div className="helder-b1-check__main">
          <FileDrop onText={fromFile} />
          <div className="helder-field helder-b1-check__field">
            <label className="utrecht-form-label helder-b1-check__label" htmlFor={TEXT_ID}>
              Uw tekst
            </label>
            <p className="utrecht-form-field-description" id={`${TEXT_ID}-description`}>
              Punten om te verbeteren krijgen een kleur of een lijn. Zet de cursor in zo'n stuk tekst. Dan ziet u bij ‘Op deze plek in de tekst’ wat er beter kan.
            </p>
            <MarkedTextArea
              id={TEXT_ID}
              value={text}
              onChange={onText}
              onSelect={onSelect}
              findings={findings}
              active={active}
              textAreaRef={textAreaRef}
              mirrorRef={mirrorRef}
              describedBy={`${TEXT_ID}-description`}
            />
            <ul className="helder-b1-legend" aria-label="Uitleg bij de kleuren en lijnen">
              <li>
                <span className="helder-b1-mark helder-b1-mark--term">geel</span>: een moeilijk of ambtelijk woord, of een afkorting
              </li>
              <li>
                <span className="helder-b1-mark helder-b1-mark--tip">lichtgeel</span>: een woord om naar te kijken (tip)
              </li>
              <li>
                <span className="helder-b1-mark helder-b1-mark--phrase">dikke lijn</span>: een zinsdeel, zoals de lijdende vorm
              </li>
              <li>
                <span className="helder-b1-mark helder-b1-mark--sentence">stippellijn</span>: een lange zin
              </li>
              <li>
                <span className="helder-b1-mark helder-b1-mark--paragraph">blauw vlak</span>: een lang stuk tekst
              </li>
            </ul>
            <div className="helder-actions">
              {/* The checked text goes along to the register of outgoing communication. */}
              <Button appearance="secondary-action-button" disabled={!text.trim()} onClick={() => navigate('/communicatie/nieuw', { state: { text } })}>
                In het register zetten
              </Button>
            </div>
          </div>
        </div>
        <aside className="helder-b1-check__side" aria-label="Punten om naar te kijken">
          <div className="helder-b1-check__notice" role="status">
            {canUndo ? (
              <>
                <span>{change.message}</span>{' '}
                <Button appearance="subtle-button" onClick={undo}>
                  Ongedaan maken
                </Button>
              </>
            ) : (
              notice
            )}
          </div>
          <HerePanel text={text} findings={findings} indexes={here} actions={actions} />
          <FindingList text={text} findings={findings} actions={actions} />
        </aside>
      </div>
    </div>
  );
}
