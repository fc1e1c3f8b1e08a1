/** Decides which quoted words are a quotation, and which are scare quotes or fragments. */

/** What the rule weighs about a span in quotation marks. */
export interface QuotedSpan {
  /** Words inside the marks. */
  words: number;
  /** A speech verb stands before it in its sentence (or ends the paragraph before with a colon). */
  attributedBefore: boolean;
  /** An attribution right next to it: `said: "…"`, `"…," he said`, `‘…’ as one put it`. */
  adjacent: boolean;
  /** Nothing but punctuation follows it in its sentence. */
  endsSentence: boolean;
}

/**
 * Whether quoted words are a quotation: a clause of five words or more; or any length with
 * an attribution right next to it; or four words or more ending a sentence that attributes
 * them. Shorter fragments and scare quotes (“infiltrated”, "breakaway party") are not.
 * @example isQuotation({ words: 2, attributedBefore: true, adjacent: false, endsSentence: true })
 *   // false
 */
export function isQuotation(span: QuotedSpan): boolean {
  if (span.words >= 5 || span.adjacent) return true;
  return span.words >= 4 && span.endsSentence && span.attributedBefore;
}

/**
 * Whether the text after a closing mark, to the end of its sentence, is only punctuation.
 * @example endsSentence('.') // true
 * @example endsSentence(' today.') // false
 */
export function endsSentence(rest: string): boolean {
  return /^[\s.,!?;:)\]]*$/u.test(rest);
}
