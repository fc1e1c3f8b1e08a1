/** Finds an article's quotations and their speakers, by the rules in the files beside it. */
import type { Matcher } from '../matcher.ts';
import type { ArticleScan, ArticleText, Mention } from '../mentions.ts';
import type { Sentence } from '../sentences.ts';
import { headOf, resolveVerb } from './clause-subject.ts';
import { endsSentence, isQuotation } from './is-quotation.ts';
import { wordCount } from './noun-phrase.ts';
import { readArticle, sentenceAt, skipSpace, verbsIn, type Reading } from './reading.ts';
import { attributionAfter, attributionBefore, speakerOf } from './speaker.ts';
import type { QuoteChain } from './spans.ts';

/**
 * How the speaker was found: named at the quote (`explicit`), through "he"/"she"/"the
 * MP" (`pronoun`), as the speaker of the quote in the paragraph before, which this
 * quote-only paragraph carries on (`continuation`), or not at all (`none`).
 */
export type Attribution = 'explicit' | 'pronoun' | 'continuation' | 'none';

export interface Quote {
  /** The registry person speaking, or null: anonymous ("one Labour MP"), unknown or unsure. */
  speaker: string | null;
  /** The article's words for the speaker ("Mr McDonnell", "one Labour MP"); '' when none. */
  speakerText: string;
  /** 1-based paragraph where the quote opens. */
  paragraph: number;
  /** 1-based paragraph where it closes (later than `paragraph` for a quote that runs on). */
  lastParagraph: number;
  /** The quoted words, without the marks; paragraphs of a running quote joined by "\n". */
  text: string;
  attribution: Attribution;
}

/**
 * Direct quotations in an article with their speakers, in order.
 *
 * A quotation is kept when it is a clause of five words or more, when an attribution
 * sits right next to it (`said: "…"`, `"…," he said`, `‘…’ as one put it`), or when it is
 * four words or more, ends its sentence and the sentence attributes it; shorter
 * fragments and scare quotes (“infiltrated”, "breakaway party") are not quotations
 * (is-quotation.ts).
 *
 * The speaker is the subject of the attributing verb: the verb nearest before the quote
 * in its sentence, else the one right after it, else any later in the sentence
 * (speaker.ts). A finite verb's subject is the noun phrase just before it, skipping asides
 * between dashes or commas ("Aaron Bastani, who founded …, posted"); a participle ("…,
 * adding:") takes the sentence's subject, or X in "with X tweeting" (clause-subject.ts,
 * noun-phrase.ts). A subject that is a registry mention gives the speaker; "he"/"she" take
 * the most recent subject of matching gender in this or the previous paragraph, and "the
 * MP" the most recent subject who was an MP on the date, but only if no other person of
 * that gender was named in between (anaphora.ts); any other noun phrase ("one Labour MP",
 * "A spokesman") is an anonymous speaker. A paragraph that is only a quotation carries on
 * the speaker of the quote in the paragraph before. When two attributions disagree, or
 * anything is unsure, the speaker is null.
 * `spans`, the quotations `scanArticle` already found for the mentions, saves finding them
 * again.
 * @example findQuotes(matcher, article, findMentions(matcher, article))
 *   // [{ speaker: 'john-mcdonnell', speakerText: 'Mr McDonnell', paragraph: 6,
 *   //    lastParagraph: 7, text: "I'm sorry, …", attribution: 'explicit' }, …]
 */
export function findQuotes(
  matcher: Matcher,
  article: ArticleText,
  mentions: readonly Mention[],
  spans?: Pick<ArticleScan, 'chains' | 'quoted'>,
): Quote[] {
  const reading = readArticle(matcher, article, mentions, spans);
  const quotes: Quote[] = [];
  reading.paragraphs.forEach((_, p) => {
    for (const sentence of reading.sentences[p]!) readSentence(reading, p, sentence, quotes);
  });
  return quotes.sort((a, b) => a.paragraph - b.paragraph);
}

/** Notes the sentence's subjects for later pronouns, then reads the quotations it closes. */
function readSentence(reading: Reading, p: number, sentence: Sentence, quotes: Quote[]): void {
  const head = headOf(reading, p, sentence);
  if (head.resolved) {
    reading.events.push({ p, at: head.clauseStart, subject: head.resolved.subject });
  }
  for (const verb of verbsIn(reading, p, head.clauseStart, sentence.end)) {
    const r = resolveVerb(reading, p, sentence, verb);
    if (r) reading.events.push({ p, at: verb.at, subject: r.subject });
  }
  for (const chain of reading.chainsClosedIn.get(sentence) ?? []) {
    const quote = readQuotation(reading, chain);
    if (quote) quotes.push(quote);
  }
}

/** One quotation's speaker, noted for what follows; the quote, unless it is a fragment. */
function readQuotation(reading: Reading, chain: QuoteChain): Quote | null {
  const first = chain.parts[0]!;
  const last = chain.parts.at(-1)!;
  const p0 = first.paragraph;
  const pl = last.paragraph;
  const text = quotedText(reading.paragraphs, chain);
  const opensParagraph = skipSpace(reading.paragraphs[p0]!, 0) >= first.open;
  const afterColon = opensParagraph && p0 > 0 && /:\s*$/u.test(reading.paragraphs[p0 - 1]!);
  const before = attributionBefore(reading, first, afterColon);
  const after = attributionAfter(reading, last);
  const continues = opensParagraph && !afterColon ? p0 : null;
  const { subject, attribution } = speakerOf(reading, before, after, continues);
  const rest = last.closed
    ? reading.masked[pl]!.slice(last.close + 1, sentenceAt(reading, pl, last.close).end)
    : '';
  const kept = isQuotation({
    words: wordCount(text),
    attributedBefore: before !== null,
    adjacent: Boolean(before?.adjacent) || Boolean(after?.adjacent),
    endsSentence: endsSentence(rest),
  });
  reading.lastQuoteSubject.set(pl, subject);
  if (subject) reading.events.push({ p: pl, at: last.close, subject });
  if (!kept) return null;
  return {
    speaker: subject?.person ?? null,
    speakerText: subject?.text ?? '',
    paragraph: p0 + 1,
    lastParagraph: pl + 1,
    text,
    attribution,
  };
}

/** The quoted words without their marks, a running quote's paragraphs joined by "\n". */
function quotedText(paragraphs: readonly string[], chain: QuoteChain): string {
  return chain.parts
    .map((part) => {
      const end = part.closed ? part.close : undefined;
      return paragraphs[part.paragraph]!.slice(part.open + 1, end).trim();
    })
    .join('\n')
    .replace(/,$/u, '');
}
