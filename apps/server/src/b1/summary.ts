// The B1 check of a text as Helder stores it (knowledge base answers, texts in the register of
// outgoing communication): level, scores and at most 50 findings with the words they are about.
import { analyze, type InputFormat, stripHtml } from '@helder/b1';
import type { KnowledgeB1 } from '@helder/domain';

const MAX_FINDINGS = 50;
const EXCERPT_LENGTH = 120;

export type B1Summary = KnowledgeB1;

export function b1SummaryOf(input: string, format: InputFormat): B1Summary {
  const analysis = analyze(input, { format });
  return {
    level: analysis.level,
    isB1: analysis.isB1,
    fleschDouma: analysis.scores.fleschDouma,
    wordsPerSentence: analysis.scores.wordsPerSentence,
    findings: analysis.findings.slice(0, MAX_FINDINGS).map((f) => ({
      category: f.category,
      message: f.message,
      excerpt: excerpt(input.slice(f.start, f.end), format),
      suggestion: f.suggestion ?? null,
      severity: f.severity,
    })),
  };
}

/** A finding's words as plain text, on one line, at most 120 characters. */
function excerpt(part: string, format: InputFormat): string {
  const text = (format === 'html' ? stripHtml(part).text : part).replace(/\s+/g, ' ').trim();
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}
