import type { RemovedBoilerplate } from '../boilerplate.ts';
import type { SourceLine } from '../lines.ts';
import { matchBlock } from './blocks.ts';
import { isNamesOnly, isRole, parseByline } from './byline.ts';
import { chromeRule, isMasthead, isMenuWord, looksLikeTimestamp, spamRule } from './chrome.ts';
import { isListItem, linkLineRule, type ListHeader, listHeader } from './links.ts';
import { isPromoTitleAbove, isVideoTitleAfterNotice, mediaRule } from './media.ts';
import { longPromptRule as proseRule, promptRule } from './prompts.ts';
import { findPullQuotes } from './pull-quote.ts';
import { type FurnitureContext, type FurnitureRule, wordCount } from './types.ts';

export type { FurnitureContext, FurnitureRule } from './types.ts';
export { looksLikeTimestamp } from './chrome.ts';
export { parseByline } from './byline.ts';

/** Items a list header may take with it: a list longer than this is not furniture. */
const MAX_LIST_ITEMS = 12;
/** Lines counted as "near the headline", where an unprefixed byline may stand. */
const HEADER_LINES = 8;
/** No line rule takes a line longer than this but the prose prompts. */
const MAX_FURNITURE_WORDS = 30;
/** A line ending like a sentence and longer than this is no label, menu, stamp or byline. */
const MAX_LABEL_WORDS = 8;
const SENTENCE_END = /[.!?]["'”’)]?$/;
const NUMBERED_KICKER = /^\d{1,2}\.\s+\p{L}[\p{L}' ]*$/u;

export interface LineVerdict {
  rule: FurnitureRule;
  /** For a byline, the byline as kept on the article (without "By"). */
  byline?: string;
}

/**
 * What one standalone line is, if it is furniture: the rule that removes it.
 * `nearHeadline` allows the bylines that only read as bylines under a headline.
 * @example classifyLine('Skip to main content', { publications: [] })?.rule // 'navigation'
 * @example classifyLine('The vote was lost by 40.', { publications: [] }) // null
 */
export function classifyLine(
  text: string,
  context: FurnitureContext,
  nearHeadline = false,
): LineVerdict | null {
  const t = text.trim();
  if (t === '') return null;
  // Furniture is short: a long line can only be a prompt written as prose (an appeal, a
  // cookie notice), so the line rules are not tried on paragraphs of journalism.
  const words = wordCount(t, MAX_FURNITURE_WORDS + 1);
  if (words > MAX_FURNITURE_WORDS) return longPromptRule(t);
  // A sentence of more than a few words is no label, menu, stamp or byline: only the prompt,
  // media, link and spam rules can apply, and the rest are not tried (they run on every line).
  if (words > MAX_LABEL_WORDS && SENTENCE_END.test(t)) {
    const rule =
      mediaRule(t, words) ?? promptRule(t, words) ?? linkLineRule(t, words) ?? spamRule(t, words);
    return rule ? { rule } : null;
  }
  if (looksLikeTimestamp(t) || isStampOf(t, context)) return { rule: 'timestamp' };
  const rule =
    chromeRule(t, context) ??
    mediaRule(t, words) ??
    promptRule(t, words) ??
    linkLineRule(t, words) ??
    listHeader(t)?.rule;
  if (rule) return { rule };
  // A numbered kicker over the headline ("1. Long reads"); lower down it is a list item.
  if (nearHeadline && NUMBERED_KICKER.test(t) && words <= 4) return { rule: 'section-label' };
  const byline = parseByline(t, nearHeadline);
  return byline ? { rule: 'byline', byline } : null;
}

/** "Monday February 18 2019, 10.00pm, The Times": a stamp signed with the masthead. */
function isStampOf(text: string, context: FurnitureContext): boolean {
  const comma = text.lastIndexOf(',');
  if (comma === -1) return false;
  return isMasthead(text.slice(comma + 1), context) && looksLikeTimestamp(text.slice(0, comma));
}

function longPromptRule(text: string): LineVerdict | null {
  const rule = proseRule(text);
  return rule ? { rule } : null;
}

export interface FurnitureResult {
  kept: SourceLine[];
  removed: RemovedBoilerplate[];
  /** The first byline found, as the article keeps it. */
  byline: string | null;
}

/** What the reading carries from line to line. */
interface FurnitureState {
  kept: SourceLine[];
  removed: RemovedBoilerplate[];
  byline: string | null;
  /** The list under a "Read more"/"Topics" header just removed, and its items taken so far. */
  pendingList: (ListHeader & { taken: number }) | null;
  /** A media-player notice was just removed: a video title may follow. */
  afterNotice: boolean;
  /** Lines of content kept so far (the first few may hold a headline's byline). */
  contentKept: number;
}

/**
 * Removes page furniture from a seed's lines and records each removed line with its rule:
 * appeal blocks, standalone furniture lines, the lists under "Read more"/"Topics" headers,
 * video titles under a player notice, and pull quotes repeating the body.
 * @example stripFurniture(toSourceLines('Comments'), { publications: [] }).removed[0].rule // 'comment-prompt'
 */
export function stripFurniture(
  lines: readonly SourceLine[],
  context: FurnitureContext,
): FurnitureResult {
  const state: FurnitureState = {
    kept: [],
    removed: [],
    byline: null,
    pendingList: null,
    afterNotice: false,
    contentKept: 0,
  };
  for (let i = 0; i < lines.length; i++) i = readLine(lines, i, context, state);
  return withoutPullQuotes(state.kept, state.removed, state.byline);
}

/** Reads line `i`, keeping or removing it; returns the index of the last line it took. */
function readLine(
  lines: readonly SourceLine[],
  i: number,
  context: FurnitureContext,
  state: FurnitureState,
): number {
  const current = lines[i]!;
  const text = current.text.trim();
  if (text === '') {
    state.kept.push(current);
    return i;
  }
  const block = matchBlock(lines, i);
  if (block) {
    state.removed.push({ rule: block.rule, line: current.line, text: block.text });
    if (block.rest) state.kept.push(block.rest);
    return block.endIndex;
  }
  const nearHeadline = state.contentKept < HEADER_LINES;
  const verdict =
    promoAbove(lines, i) ??
    menuRun(lines, i) ??
    classifyLine(text, context, nearHeadline) ??
    bareName(lines, i, state.kept, state.contentKept, nearHeadline);
  if (verdict) return takeVerdict(lines, i, text, verdict, state);
  const follower = followerRule(text, state);
  if (follower) {
    state.removed.push({ rule: follower, line: current.line, text });
    return i;
  }
  state.pendingList = null;
  state.afterNotice = false;
  state.contentKept += 1;
  state.kept.push(current);
  return i;
}

/** Removes a line a rule took; a byline takes its job title below, a header the list under it. */
function takeVerdict(
  lines: readonly SourceLine[],
  i: number,
  text: string,
  verdict: LineVerdict,
  state: FurnitureState,
): number {
  state.removed.push({ rule: verdict.rule, line: lines[i]!.line, text });
  if (verdict.rule === 'byline') {
    const taken = withRoleBelow(lines, i, verdict.byline ?? text, state.removed);
    state.byline ??= taken.byline;
    return taken.index;
  }
  const header = listHeader(text);
  state.pendingList = header ? { ...header, taken: 0 } : null;
  state.afterNotice = verdict.rule === 'media-notice' && wordCount(text) <= 8 && !/[:,]/.test(text);
  return i;
}

/** A line furniture brought with it: an item of the list under a header, a video's title under its notice. */
function followerRule(text: string, state: FurnitureState): FurnitureRule | null {
  const list = state.pendingList;
  if (list && list.taken < MAX_LIST_ITEMS && isListItem(text, list.itemWords)) {
    list.taken += 1;
    return list.itemRule ?? list.rule;
  }
  if (state.afterNotice && isVideoTitleAfterNotice(text)) {
    state.afterNotice = false;
    return 'video-title';
  }
  return null;
}

/**
 * A byline with the job title set on the line below it ("By Jane Doe" / "Political editor"),
 * that line recorded as removed too; `index` is the last line the byline took.
 */
function withRoleBelow(
  lines: readonly SourceLine[],
  i: number,
  name: string,
  removed: RemovedBoilerplate[],
): { byline: string; index: number } {
  const role = roleBelow(lines, i);
  if (!role) return { byline: name, index: i };
  removed.push({ rule: 'byline', line: role.line, text: role.text });
  return { byline: name.includes(',') ? name : `${name}, ${role.text}`, index: role.index };
}

/** The job title on the line below a byline ("By Jane Doe" / "Political editor"), if any. */
function roleBelow(
  lines: readonly SourceLine[],
  i: number,
): { index: number; line: number; text: string } | null {
  let j = i + 1;
  while (j < lines.length && lines[j]!.text.trim() === '') j++;
  const next = lines[j];
  if (!next || !isRole(next.text.trim()) || parseByline(next.text, true) !== null) return null;
  return { index: j, line: next.line, text: next.text.trim() };
}

/** Another story's video or picture title, told by the notice or links header under it. */
function promoAbove(lines: readonly SourceLine[], i: number): LineVerdict | null {
  const current = lines[i]!;
  const after = lines[i + 1];
  // Only the line printed directly under it: a byline over a removed stamp is not a title.
  if (!after || after.line !== current.line + 1) return null;
  const next = after.text;
  return isPromoTitleAbove(current.text, next, listHeader(next) !== null)
    ? { rule: 'video-title' }
    : null;
}

function nextContent(lines: readonly SourceLine[], i: number): SourceLine | undefined {
  let j = i + 1;
  while (j < lines.length && lines[j]!.text.trim() === '') j++;
  return lines[j];
}

/**
 * A bare name near the headline is a byline when a job title or a handle follows it, or when
 * it sits under a longer line (the headline or standfirst) among the first three.
 */
function bareName(
  lines: readonly SourceLine[],
  i: number,
  kept: readonly SourceLine[],
  contentKept: number,
  nearHeadline: boolean,
): LineVerdict | null {
  const text = lines[i]!.text.trim();
  if (!nearHeadline || !isNamesOnly(text)) return null;
  const byline: LineVerdict = { rule: 'byline', byline: text };
  const next = nextContent(lines, i)?.text.trim() ?? '';
  if (roleBelow(lines, i) || /^@\w{2,30}$/.test(next)) return byline;
  const above = [...kept].reverse().find((l) => l.text.trim() !== '');
  const underHeadline =
    contentKept >= 1 && contentKept <= 3 && above && wordCount(above.text, 4) >= 4;
  return underHeadline ? byline : null;
}

/** A menu copied one link a line: three or more single menu words on neighbouring lines. */
function menuRun(lines: readonly SourceLine[], i: number): LineVerdict | null {
  if (!isMenuWord(lines[i]!.text)) return null;
  const content = (from: number, step: number): SourceLine[] => {
    const run: SourceLine[] = [];
    for (let j = from; j >= 0 && j < lines.length && run.length < 2; j += step) {
      const text = lines[j]!.text.trim();
      if (text === '') continue;
      if (!isMenuWord(text)) break;
      run.push(lines[j]!);
    }
    return run;
  };
  const run = content(i - 1, -1).length + 1 + content(i + 1, 1).length;
  return run >= 3 ? { rule: 'navigation' } : null;
}

function withoutPullQuotes(
  kept: SourceLine[],
  removed: RemovedBoilerplate[],
  byline: string | null,
): FurnitureResult {
  const quotes = new Set(findPullQuotes(kept));
  for (const index of quotes) {
    const { line, text } = kept[index]!;
    removed.push({ rule: 'pull-quote', line, text: text.trim() });
  }
  removed.sort((a, b) => a.line - b.line);
  return { kept: kept.filter((_, index) => !quotes.has(index)), removed, byline };
}
