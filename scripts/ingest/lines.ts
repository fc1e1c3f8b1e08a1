/** One line of a seed, with its 1-based line number in the original file. */
export interface SourceLine {
  line: number;
  text: string;
}

/** Splits decoded seed text into numbered lines. */
export function toSourceLines(text: string): SourceLine[] {
  return text.split('\n').map((value, index) => ({ line: index + 1, text: value }));
}
