import type { SourceLine } from './lines.ts';
import { type FurnitureContext, stripFurniture } from './furniture/index.ts';

/** A piece of publisher furniture taken out of an article, kept for the record. */
export interface RemovedBoilerplate {
  /** Which rule removed it: a rule id of the shared vocabulary (`FurnitureRule`). */
  rule: string;
  /** 1-based line in the seed where the removed text starts. */
  line: number;
  text: string;
}

export interface BoilerplateResult {
  kept: SourceLine[];
  removed: RemovedBoilerplate[];
}

/**
 * Removes publisher boilerplate from a seed's lines and records what went, so the article
 * page can say what the archive left out. The rules live in `furniture/`; this is the step
 * without bylines' bookkeeping, for callers that only need the lines.
 * @example stripBoilerplate([{ line: 9, text: 'Comments' }]).removed[0].rule // 'comment-prompt'
 */
export function stripBoilerplate(
  lines: readonly SourceLine[],
  context: FurnitureContext = { publications: [] },
): BoilerplateResult {
  const { kept, removed } = stripFurniture(lines, context);
  return { kept, removed };
}
