import type { SourceLine } from './lines.ts';

/** A body block of an article, in reading order. */
export type Block =
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'subheading'; text: string; line: number }
  | { kind: 'caption'; caption: string | null; credit: string | null; line: number };

export interface ArticleStructure {
  headline: SourceLine | null;
  standfirst: SourceLine | null;
  blocks: Block[];
}

/** Crossheads are short ("Brexit rebels"); captions are a full descriptive line. */
const MAX_SUBHEADING_WORDS = 5;
const MIN_STANDFIRST_WORDS = 6;
const MAX_HEADLINE_WORDS = 25;

const IMAGE_CREDIT = /^image copyright\s*(.*)$/i;
const IMAGE_CAPTION = /^image caption\s*(.*)$/i;

/** @example countWords('Team Burnham have decided') // 4 */
export function countWords(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}

/**
 * True when a line ends the way a sentence (or a sentence cut off mid-quote) ends.
 * @example endsLikeSentence('He said it was "wrong".') // true
 * @example endsLikeSentence('Brexit rebels') // false
 */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;,\-–—]["'“”‘’)\]]*$/.test(text.trim());
}

/** Headlines have no full stop and are short; a first line that reads like a sentence is body text. */
export function isHeadlineLike(text: string): boolean {
  const t = text.trim();
  return !/[.!?…]["'“”‘’)\]]*$/.test(t) && countWords(t) <= MAX_HEADLINE_WORDS;
}

/**
 * Classifies a line that does not end like a sentence: a short one is a crosshead,
 * a longer one is a picture caption printed inline (HuffPost and PA copy do this),
 * and one that closes a quotation is a paragraph whose full stop was lost.
 */
export function classifyUnpunctuated(text: string): 'subheading' | 'caption' | 'paragraph' {
  const t = text.trim();
  if (countWords(t) <= MAX_SUBHEADING_WORDS) return 'subheading';
  if (/["”’']$/.test(t)) return 'paragraph';
  return 'caption';
}

/**
 * Recovers an article's shape from its cleaned lines: headline (first line, when it
 * reads like one and no date marker opened the file), standfirst (the line glued
 * under the headline), then paragraphs, crossheads and picture captions with credits.
 * `firstLineIsBody` is set when a date marker sat on the first line.
 */
export function recoverStructure(lines: readonly SourceLine[], firstLineIsBody: boolean): ArticleStructure {
  const content = lines.filter((l) => l.text.trim() !== '').map((l) => ({ line: l.line, text: l.text.trim() }));
  let cursor = 0;
  let headline: SourceLine | null = null;
  let standfirst: SourceLine | null = null;

  const first = content[0];
  if (first && !firstLineIsBody && isHeadlineLike(first.text) && !IMAGE_CREDIT.test(first.text)) {
    headline = first;
    cursor = 1;
    const next = content[1];
    if (
      next &&
      next.line === first.line + 1 &&
      !endsLikeSentence(next.text) &&
      countWords(next.text) >= MIN_STANDFIRST_WORDS
    ) {
      standfirst = next;
      cursor = 2;
    }
  }

  const blocks: Block[] = [];
  for (let i = cursor; i < content.length; i++) {
    const { text, line } = content[i]!;
    const credit = IMAGE_CREDIT.exec(text);
    const caption = IMAGE_CAPTION.exec(text);
    if (credit) {
      const following = content[i + 1] ? IMAGE_CAPTION.exec(content[i + 1]!.text) : null;
      if (following) i++;
      blocks.push({ kind: 'caption', credit: nonEmpty(credit[1]), caption: nonEmpty(following?.[1]), line });
    } else if (caption) {
      blocks.push({ kind: 'caption', credit: null, caption: nonEmpty(caption[1]), line });
    } else if (endsLikeSentence(text)) {
      blocks.push({ kind: 'paragraph', text, line });
    } else {
      const kind = classifyUnpunctuated(text);
      if (kind === 'caption') blocks.push({ kind, caption: text, credit: null, line });
      else blocks.push({ kind, text, line });
    }
  }
  return { headline, standfirst, blocks };
}

function nonEmpty(value: string | undefined): string | null {
  const t = value?.trim();
  return t ? t : null;
}
