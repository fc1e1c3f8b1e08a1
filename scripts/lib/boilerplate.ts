import type { SourceLine } from './lines.ts';

/** A piece of publisher furniture taken out of an article, kept for the record. */
export interface RemovedBoilerplate {
  /** Which rule removed it (see {@link BOILERPLATE_RULES}). */
  rule: string;
  /** 1-based line in the seed where the removed text starts. */
  line: number;
  text: string;
}

interface LineRule {
  id: string;
  publisher: string;
  /** The whole trimmed line must match. */
  line: RegExp;
}

interface BlockRule {
  id: string;
  publisher: string;
  /** A line that opens the block. */
  start: RegExp;
  /** Text that closes the block, possibly mid-line: what follows it on that line is journalism. */
  end: RegExp;
  /** How far the end may be from the start, so a stray opener never eats an article. */
  maxLines: number;
}

/**
 * Whole-line furniture the publishers in the archive print around their articles.
 * They match the exact wording the page templates use, so they also work on new
 * articles from the same publishers without touching sentences of journalism.
 */
export const LINE_RULES: readonly LineRule[] = [
  { id: 'comments-link', publisher: 'The Independent, The Spectator', line: /^Comments$/ },
  { id: 'comment-forum-prompt', publisher: 'The Independent', line: /^Join our commenting forum$/ },
  {
    id: 'comment-forum-prompt',
    publisher: 'The Independent',
    line: /^Join thought-provoking conversations, follow other Independent readers and see their replies$/,
  },
  { id: 'more-on-this-story', publisher: 'BBC News', line: /^More on this story$/ },
  { id: 'related-topics', publisher: 'BBC News', line: /^Related Topics$/ },
  { id: 'popular-in-the-community', publisher: 'HuffPost UK', line: /^Popular in the Community$/ },
];

/** Multi-line appeals that sit between the standfirst and the first paragraph. */
export const BLOCK_RULES: readonly BlockRule[] = [
  {
    id: 'donation-appeal',
    publisher: 'The Independent',
    start: /^Your support helps us to tell the story$/,
    end: /Your support makes all the difference\.\s*/,
    maxLines: 15,
  },
];

export const BOILERPLATE_RULES = { lines: LINE_RULES, blocks: BLOCK_RULES };

export interface BoilerplateResult {
  kept: SourceLine[];
  removed: RemovedBoilerplate[];
}

/**
 * Removes publisher boilerplate from a seed's lines in one pass and records
 * what went, so the article page can say what the archive left out.
 * @example stripBoilerplate([{ line: 9, text: 'Comments' }]).removed[0].rule // 'comments-link'
 */
export function stripBoilerplate(lines: readonly SourceLine[]): BoilerplateResult {
  const kept: SourceLine[] = [];
  const removed: RemovedBoilerplate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const current = lines[i]!;
    const trimmed = current.text.trim();

    const block = BLOCK_RULES.find((rule) => rule.start.test(trimmed));
    const endIndex = block ? findBlockEnd(lines, i, block) : -1;
    if (block && endIndex !== -1) {
      const endLine = lines[endIndex]!;
      const endMatch = block.end.exec(endLine.text)!;
      const cut = endMatch.index + endMatch[0].length;
      const removedText = lines
        .slice(i, endIndex)
        .map((l) => l.text)
        .concat(endLine.text.slice(0, cut).trimEnd())
        .join('\n');
      removed.push({ rule: block.id, line: current.line, text: removedText });
      const rest = endLine.text.slice(cut);
      if (rest.trim() !== '') kept.push({ line: endLine.line, text: rest });
      i = endIndex;
      continue;
    }

    const lineRule = LINE_RULES.find((rule) => rule.line.test(trimmed));
    if (lineRule) {
      removed.push({ rule: lineRule.id, line: current.line, text: trimmed });
      continue;
    }
    kept.push(current);
  }
  return { kept, removed };
}

function findBlockEnd(lines: readonly SourceLine[], start: number, rule: BlockRule): number {
  const last = Math.min(lines.length - 1, start + rule.maxLines);
  for (let j = start; j <= last; j++) if (rule.end.test(lines[j]!.text)) return j;
  return -1;
}
