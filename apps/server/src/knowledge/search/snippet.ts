// A short passage of an answer for a result list: the first sentence that holds a word of the
// query (or the start of the answer), cut at a word boundary.
import { normaliseSearchText } from '@helder/domain';

const MAX_LENGTH = 220;

export function snippetOf(answerText: string, words: readonly string[]): string {
  const text = answerText.replace(/\s+/g, ' ').trim();
  const sentences = text.match(/[^.!?]+[.!?]*/g) ?? [text];
  const wanted = words.filter((w) => w.length >= 3);
  const hit = sentences.findIndex((s) => {
    const normal = ` ${normaliseSearchText(s)}`;
    return wanted.some((w) => normal.includes(` ${w}`));
  });
  const passage = sentences.slice(Math.max(hit, 0)).join('').trim();
  if (passage.length <= MAX_LENGTH) return passage;
  const cut = passage.slice(0, MAX_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > MAX_LENGTH / 2 ? space : MAX_LENGTH).trimEnd()} …`;
}
