/**
 * People, constituencies and parties: the registry (src/data) and the pure functions
 * that find them in an article. Build the matcher once per build:
 *
 *   const matcher = compileMatcher(loadRegistry());
 *   const article = { date: '2018-09-11', paragraphs };
 *   const mentions = findMentions(matcher, article);
 *   const quotes = findQuotes(matcher, article, mentions);
 */
export { activeOn, careerOf, inEra, isUndated, type Career } from './career.ts';
export { findConstituencyMentions, type ConstituencyMention } from './constituencies.ts';
export { fittingPeople, resolveFullName, type NameContext } from './full-names.ts';
export { derivedNameForms, givenNameForms } from './given-names.ts';
export { compileMatcher, type Matcher, type NameEntry, type SeatHolder } from './matcher.ts';
export {
  findMentions,
  scanArticle,
  type Article,
  type ArticleScan,
  type Mention,
  type MentionKind,
} from './mentions.ts';
export {
  partyNotRecordedOnDate,
  partyOnDate,
  roleOnDate,
  seatOnDate,
  type HeldOnDate,
} from './on-date.ts';
export { loadRegister, type LoadedRegister, type RegisterMeta } from './register.ts';
export { dateSpan, periodOnDate, type Overlap, type Span } from './period.ts';
export { findQuotes, type Attribution, type Quote } from './quotes.ts';
export { loadRegistry } from './registry.ts';
export { placeNamesSeat, seatPlacesAround, seatReference } from './seat-phrases.ts';
export * from './schema.ts';
export { findUnknownNames, type UnknownName } from './unknown-names.ts';
