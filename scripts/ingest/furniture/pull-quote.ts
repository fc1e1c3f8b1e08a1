import type { SourceLine } from '../lines.ts';
import { normalise, wordCount } from './types.ts';

const MIN_WORDS = 5;
const MAX_WORDS = 40;
/** Beyond this many lines a text is not an article page; comparing every pair would be slow. */
const MAX_LINES = 600;
const PROSE_END = /[.!?]["'”’)]?$/;
/** A line that is nothing but a quotation. */
const QUOTED = /^["“‘'][^"“”]*["”’']$/;

/**
 * Indexes (into `lines`) of pull quotes: a short line whose words appear, in order, inside a
 * longer paragraph of the same text, so the page printed the sentence twice. Only lines
 * below the first paragraph are candidates.
 * @example findPullQuotes(toSourceLines('He said the plan would be ready by spring.\nThe plan would be ready by spring')) // [1]
 */
export function findPullQuotes(lines: readonly SourceLine[]): number[] {
  const content = lines
    .map((l, index) => ({ index, text: l.text.trim(), words: wordCount(l.text, MAX_WORDS + 1) }))
    .filter((l) => l.words > 0)
    .map((l) => ({ ...l, prose: l.words >= 8 && PROSE_END.test(l.text) }));
  if (content.length > MAX_LINES) return [];
  // Above the first paragraph sit headline, page title and standfirst, which may repeat
  // each other's words: a pull quote sits in the body, printed without its attribution.
  const firstProse = content.findIndex((l) => l.prose);
  if (firstProse === -1) return [];
  const candidates = content
    .slice(firstProse + 1)
    .filter(
      (l) => l.words >= MIN_WORDS && l.words <= MAX_WORDS && (!l.prose || QUOTED.test(l.text)),
    );
  if (candidates.length === 0) return [];
  const paragraphs = content
    .filter((l) => l.prose)
    .map((l) => ({ ...l, lower: l.text.toLowerCase(), key: '' }));
  return candidates
    .filter((candidate) => {
      const inner = ` ${normalise(candidate.text)} `;
      // Normalising every paragraph is most of the cost: only those holding the candidate's
      // longest word are compared.
      const probe = inner.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
      return paragraphs.some((p) => {
        if (p.index === candidate.index || p.words <= candidate.words) return false;
        if (!p.lower.includes(probe)) return false;
        p.key ||= ` ${normalise(p.text)} `;
        return p.key.includes(inner);
      });
    })
    .map((candidate) => candidate.index);
}
