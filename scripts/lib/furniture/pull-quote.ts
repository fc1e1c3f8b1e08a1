import type { SourceLine } from '../lines.ts';
import { normalise, wordCount } from './types.ts';

const MIN_WORDS = 5;
const MAX_WORDS = 40;
/** Beyond this many lines a text is not an article page; comparing every pair would be slow. */
const MAX_LINES = 600;

/**
 * Indexes (into `lines`) of pull quotes: a short line whose words appear, in order, inside a
 * longer line of the same text, so the page printed the sentence twice. The first content
 * line (where a headline sits) is never one.
 * @example findPullQuotes(toSourceLines('A.\n“It is over,” he said.\nIt is over')) // [2]
 */
export function findPullQuotes(lines: readonly SourceLine[]): number[] {
  const content = lines
    .map((l, index) => ({ index, key: normalise(l.text), words: wordCount(l.text) }))
    .filter((l) => l.key !== '');
  if (content.length > MAX_LINES) return [];
  const found: number[] = [];
  for (const candidate of content.slice(1)) {
    if (candidate.words < MIN_WORDS || candidate.words > MAX_WORDS) continue;
    const inner = ` ${candidate.key} `;
    const repeated = content.some(
      (other) => other.index !== candidate.index && other.words > candidate.words &&
        ` ${other.key} `.includes(inner),
    );
    if (repeated) found.push(candidate.index);
  }
  return found;
}
