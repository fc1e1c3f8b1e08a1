import type { SourceLine } from '../lines.ts';
import type { FurnitureRule } from './types.ts';

/** A multi-line appeal with a known opener and closer. */
interface BlockRule {
  rule: FurnitureRule;
  /** A line that opens the block. */
  start: RegExp;
  /** Text that closes the block, possibly mid-line: what follows it on that line is journalism. */
  end: RegExp;
  /** How far the end may be from the start, so a stray opener never eats an article. */
  maxLines: number;
}

/** Appeals printed as several paragraphs between the standfirst and the first paragraph. */
export const BLOCK_RULES: readonly BlockRule[] = [
  {
    rule: 'donation-appeal',
    start: /^Your support helps us to tell the story$/,
    end: /Your support makes all the difference\.\s*/,
    maxLines: 15,
  },
  {
    rule: 'donation-appeal',
    start:
      /^(before you (go|move on)|a (small|quick) favour|can you help|we have a (small )?favour to ask)\b.{0,80}$/i,
    end: /\b(support|contribute|donate)\b[^.]{0,60}\b(today|now|minute|£1|\$1)\b[^.]*\.\s*(thank you\.?)?\s*/i,
    maxLines: 10,
  },
];

export interface BlockMatch {
  rule: FurnitureRule;
  /** Index of the block's last line in `lines`. */
  endIndex: number;
  /** The removed text. */
  text: string;
  /** Journalism glued after the closer on its last line, if any. */
  rest: SourceLine | null;
}

/**
 * The appeal block opening at `lines[start]`, or null when no opener is there or its
 * closer is too far away.
 * @example matchBlock(toSourceLines('Your support helps us to tell the story\nx'), 0) // null
 */
export function matchBlock(lines: readonly SourceLine[], start: number): BlockMatch | null {
  const opener = lines[start]!.text.trim();
  for (const block of BLOCK_RULES) {
    if (!block.start.test(opener)) continue;
    const last = Math.min(lines.length - 1, start + block.maxLines);
    for (let j = start; j <= last; j++) {
      const endMatch = block.end.exec(lines[j]!.text);
      if (!endMatch) continue;
      const cut = endMatch.index + endMatch[0].length;
      const endLine = lines[j]!;
      const text = lines
        .slice(start, j)
        .map((l) => l.text)
        .concat(endLine.text.slice(0, cut).trimEnd())
        .join('\n');
      const rest = endLine.text.slice(cut);
      return {
        rule: block.rule,
        endIndex: j,
        text,
        rest: rest.trim() ? { line: endLine.line, text: rest } : null,
      };
    }
  }
  return null;
}
