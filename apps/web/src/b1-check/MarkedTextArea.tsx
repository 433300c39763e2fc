// A plain text area with the findings marked in the text itself. The marks are drawn on a copy of
// the text behind the text area (same font, same wrapping; the text area is transparent), so typing,
// pasting, undo and spelling stay the browser's own. The copy is hidden from assistive technology:
// the text area holds the same text, and every finding is in words at "Op deze plek" and in the list.
// The copy also sets the height: the text area grows with the text and never scrolls by itself.
// The copy has one block per line of the text, so an edit only touches the line it is in.
import type { Finding } from '@helder/b1';
import { memo, type Ref, useMemo } from 'react';
import { MARK_ACTIVE, MARK_PARAGRAPH, MARK_PHRASE, MARK_SENTENCE, MARK_TERM, MARK_TERM_TIP, segmentsOf } from './model';

function classOf(marks: number): string {
  let name = 'helder-b1-mark';
  if (marks & MARK_TERM) name += ' helder-b1-mark--term';
  else if (marks & MARK_TERM_TIP) name += ' helder-b1-mark--tip';
  if (marks & MARK_PHRASE) name += ' helder-b1-mark--phrase';
  if (marks & MARK_SENTENCE) name += ' helder-b1-mark--sentence';
  if (marks & MARK_PARAGRAPH) name += ' helder-b1-mark--paragraph';
  if (marks & MARK_ACTIVE) name += ' helder-b1-mark--active';
  return name;
}

/** A piece of one line with one look; offsets from the start of the line. */
interface Piece {
  s: number;
  e: number;
  m: number;
}

const samePieces = (a: readonly Piece[], b: readonly Piece[]) => a.length === b.length && a.every((p, i) => p.s === b[i]!.s && p.e === b[i]!.e && p.m === b[i]!.m);

// One line of the text (up to a line break) as its own block: typing re-renders and re-lays out only
// the line it changes, not the whole text, and the lines after it keep their offsets from the line start.
const Line = memo(
  function Line({ text, pieces }: { text: string; pieces: readonly Piece[] }) {
    // An empty line still takes a line's height, as in the text area.
    if (text === '') return <div>{'\u200b'}</div>;
    return <div>{pieces.map((p, i) => (p.m === 0 ? text.slice(p.s, p.e) : <mark key={i} className={classOf(p.m)}>{text.slice(p.s, p.e)}</mark>))}</div>;
  },
  (a, b) => a.text === b.text && samePieces(a.pieces, b.pieces),
);

/** The text's lines, each with the pieces of the segments over it. */
function linesOf(text: string, findings: readonly Finding[], active: Finding | null): Array<{ text: string; pieces: Piece[] }> {
  const segments = segmentsOf(text.length, findings, active);
  const lines: Array<{ text: string; pieces: Piece[] }> = [];
  let first = 0;
  for (let lineStart = 0; ; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    while (first < segments.length && segments[first]!.end <= lineStart) first++;
    const pieces: Piece[] = [];
    for (let k = first; k < segments.length && segments[k]!.start < lineEnd; k++) {
      const seg = segments[k]!;
      const s = Math.max(seg.start, lineStart);
      const e = Math.min(seg.end, lineEnd);
      if (e > s) pieces.push({ s: s - lineStart, e: e - lineStart, m: seg.marks });
    }
    lines.push({ text: text.slice(lineStart, lineEnd), pieces });
    if (newline === -1) return lines;
    lineStart = newline + 1;
  }
}

const Marks = memo(function Marks({ text, findings, active, mirrorRef }: { text: string; findings: readonly Finding[]; active: Finding | null; mirrorRef: Ref<HTMLDivElement> }) {
  const lines = useMemo(() => linesOf(text, findings, active), [text, findings, active]);
  return (
    <div className="helder-b1-editor__mirror" aria-hidden="true" ref={mirrorRef}>
      {lines.map((line, i) => (
        <Line key={i} text={line.text} pieces={line.pieces} />
      ))}
    </div>
  );
});

export interface MarkedTextAreaProps {
  id: string;
  value: string;
  onChange: (value: string, caret: number) => void;
  onSelect: (start: number, end: number) => void;
  findings: readonly Finding[];
  active: Finding | null;
  textAreaRef: Ref<HTMLTextAreaElement>;
  mirrorRef: Ref<HTMLDivElement>;
  describedBy?: string;
}

export function MarkedTextArea(props: MarkedTextAreaProps) {
  return (
    <div className="helder-b1-editor">
      <Marks text={props.value} findings={props.findings} active={props.active} mirrorRef={props.mirrorRef} />
      <textarea
        id={props.id}
        ref={props.textAreaRef}
        className="helder-b1-editor__input"
        value={props.value}
        lang="nl"
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.target.value, e.target.selectionStart)}
        onSelect={(e) => props.onSelect(e.currentTarget.selectionStart, e.currentTarget.selectionEnd)}
      />
    </div>
  );
}

/** Scrolls the window so that character `offset` of `text` is in view in the marked copy (a third from the top). */
export function scrollToOffset(mirror: HTMLElement | null, text: string, offset: number): void {
  if (!mirror) return;
  // The copy has one block per line, without the line breaks.
  const before = text.slice(0, offset);
  const lineIndex = before.split('\n').length - 1;
  const line = mirror.children[lineIndex];
  if (!line) return;
  const column = offset - (before.lastIndexOf('\n') + 1);
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let target: { node: Node; at: number } | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    target = { node, at: Math.min(Math.max(0, column - seen), length) };
    if (seen + length > column) break;
    seen += length;
  }
  const range = document.createRange();
  if (target) {
    range.setStart(target.node, target.at);
    range.setEnd(target.node, Math.min(target.at + 1, target.node.textContent?.length ?? 0));
  } else range.selectNodeContents(line);
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > window.innerHeight) window.scrollBy({ top: rect.top - window.innerHeight / 3 });
}
