import type { SourceLine } from '../lines.ts';
import { normalise, wordCount } from './types.ts';

const MIN_WORDS = 5;
const MAX_WORDS = 40;
/** Beyond this many lines a text is not an article page; comparing every pair would be slow. */
const MAX_LINES = 600;

/**
 * Indexes (into `lines`) of pull quotes: a short line whose words appear, in order, inside a
 * longer paragraph of the same text, so the page printed the sentence twice. Only lines
 * below the first paragraph are candidates.
 * @example findPullQuotes(toSourceLines('He said the plan would be ready by spring.\nThe plan would be ready by spring')) // [1]
 */
export function findPullQuotes(lines: readonly SourceLine[]): number[] {
  const content = lines
    .map((l, index) => ({
      index,
      key: normalise(l.text),
      words: wordCount(l.text),
      prose: wordCount(l.text) >= 8 && /[.!?]["'”’)]?$/.test(l.text.trim()),
    }))
    .filter((l) => l.key !== '');
  if (content.length > MAX_LINES) return [];
  // Above the first paragraph sit headline, page title and standfirst, which may repeat
  // each other's words: a pull quote sits in the body.
  const firstProse = content.findIndex((l) => l.prose);
  if (firstProse === -1) return [];
  const found: number[] = [];
  for (const candidate of content.slice(firstProse + 1)) {
    if (candidate.words < MIN_WORDS || candidate.words > MAX_WORDS) continue;
    const inner = ` ${candidate.key} `;
    const repeated = content.some(
      (other) =>
        other.index !== candidate.index &&
        other.prose &&
        other.words > candidate.words &&
        ` ${other.key} `.includes(inner),
    );
    if (repeated) found.push(candidate.index);
  }
  return found;
}
