// A word-level difference of two texts: the longest common subsequence of their words, the rest
// marked as removed or added. Spaces and line breaks stay attached to the word before them, so
// the result reads as the text itself. Small and dependency-free: answers are a few hundred words.

export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

/** Above this many cells the middle part is shown as removed and added as a whole. */
const MAX_CELLS = 4_000_000;

/** Words with the white space that follows them: "Neem ", "uw ", "paspoort\n". */
export function tokens(text: string): string[] {
  return text.match(/\s+|\S+\s*/g) ?? [];
}

const word = (token: string) => token.trim();

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string) {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const parts: DiffPart[] = [];

  // The common start and end need no table.
  let start = 0;
  while (start < a.length && start < b.length && word(a[start]!) === word(b[start]!)) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && word(a[endA - 1]!) === word(b[endB - 1]!)) {
    endA -= 1;
    endB -= 1;
  }
  push(parts, 'same', b.slice(0, start).join(''));

  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_CELLS) {
    push(parts, 'removed', midA.join(''));
    push(parts, 'added', midB.join(''));
  } else if (n > 0 || m > 0) {
    // lengths[i][j]: the LCS length of midA[i..] and midB[j..], in one flat array.
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = m - 1; j >= 0; j -= 1) {
        lengths[i * width + j] =
          word(midA[i]!) === word(midB[j]!) ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && word(midA[i]!) === word(midB[j]!)) {
        push(parts, 'same', midB[j]!);
        i += 1;
        j += 1;
      } else if (i < n && (j === m || lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)) {
        // Removed words come before the words that replace them.
        push(parts, 'removed', midA[i]!);
        i += 1;
      } else {
        push(parts, 'added', midB[j]!);
        j += 1;
      }
    }
  }

  push(parts, 'same', b.slice(endB).join(''));
  return parts;
}

/** Whether two texts differ in their words (not only in white space). */
export function changed(before: string, after: string): boolean {
  return tokens(before).map(word).join(' ') !== tokens(after).map(word).join(' ');
}
