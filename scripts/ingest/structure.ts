import { chooseHeader } from './headline.ts';
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
  /** Kickers and section labels printed above the headline, set aside. */
  labels: SourceLine[];
}

/** Crossheads are short ("Brexit rebels"); captions are a full descriptive line. */
const MAX_SUBHEADING_WORDS = 5;
const MAX_HEADLINE_WORDS = 25;

const IMAGE_CREDIT = /^image (?:copyright|source),?\s*(.*)$/i;
const IMAGE_CAPTION = /^image caption,?\s*(.*)$/i;
/** A caption with its credit on the same line: "Keir Starmer in the Commons. Photograph: Jane Doe/PA". */
const CAPTION_WITH_CREDIT =
  /^(.{10,400}?[.!?]["'”’]?)\s+(?:Photograph|Photo|Picture|Image|Credit|Illustration)s?:\s*(\S.{1,80})$/;

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
 * Recovers an article's shape from its cleaned lines: headline and standfirst (see
 * {@link chooseHeader}; none when a date marker sat on the first line, `firstLineIsBody`),
 * then paragraphs, crossheads and picture captions with credits. `boundary` is the source
 * line of a removed byline or timestamp under the headline, which closes the header.
 */
export function recoverStructure(
  lines: readonly SourceLine[],
  firstLineIsBody: boolean,
  boundary: number | null = null,
): ArticleStructure {
  const content = lines
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ line: l.line, text: l.text.trim() }));
  const header = firstLineIsBody ? null : chooseHeader(content, boundary);
  const headline = header?.headline ?? null;
  const standfirst = header?.standfirst ?? null;
  return {
    headline,
    standfirst,
    blocks: toBlocks(header?.body ?? content),
    labels: header?.labels ?? [],
  };
}

/** Paragraphs, crossheads and captions, in reading order. */
export function toBlocks(content: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < content.length; i++) {
    const { text, line } = content[i]!;
    const credit = IMAGE_CREDIT.exec(text);
    const caption = IMAGE_CAPTION.exec(text);
    const inline = CAPTION_WITH_CREDIT.exec(text);
    if (credit) {
      const following = content[i + 1] ? IMAGE_CAPTION.exec(content[i + 1]!.text) : null;
      if (following) i++;
      blocks.push({
        kind: 'caption',
        credit: nonEmpty(credit[1]),
        caption: nonEmpty(following?.[1]),
        line,
      });
    } else if (caption) {
      blocks.push({ kind: 'caption', credit: null, caption: nonEmpty(caption[1]), line });
    } else if (inline) {
      blocks.push({ kind: 'caption', caption: inline[1]!, credit: inline[2]!, line });
    } else if (endsLikeSentence(text)) {
      blocks.push({ kind: 'paragraph', text, line });
    } else {
      const kind = classifyUnpunctuated(text);
      if (kind === 'caption') blocks.push({ kind, caption: text, credit: null, line });
      else blocks.push({ kind, text, line });
    }
  }
  return blocks;
}

function nonEmpty(value: string | undefined): string | null {
  const t = value?.trim();
  return t ? t : null;
}
