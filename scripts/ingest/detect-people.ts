import { excerptAround } from '../../src/lib/excerpt.ts';
import { findConstituencyMentions } from '../../src/lib/people/constituencies.ts';
import { compileMatcher } from '../../src/lib/people/matcher.ts';
import { findMentions, scanArticle } from '../../src/lib/people/mentions.ts';
import { findQuotes } from '../../src/lib/people/quotes/find-quotes.ts';
import type { Registry } from '../../src/schemas/people.ts';
import { findUnknownNames } from '../../src/lib/people/unknown-names.ts';
import type { UnknownName } from '../../src/lib/people/unknown-names.ts';
import type { ArticleData } from '../../src/schemas/article.ts';

export type Detection = Pick<
  ArticleData,
  'people' | 'constituencies' | 'mentions' | 'constituencyMentions' | 'quotes'
> & {
  /** For the ingest's log only: not part of the article record. */
  unknownNames: UnknownName[];
};

export type PeopleDetector = (article: {
  date: string | null;
  paragraphs: readonly string[];
}) => Detection;

/**
 * Compiles the registry into one matcher for the whole run and returns the function
 * the ingest calls per article: mentions (with excerpts), seats, quotes, unknown names.
 * An undated article still has its names found; only date-bound role phrases
 * ("the Shadow Chancellor") cannot resolve without a date.
 */
export function createPeopleDetector(registry: Registry): PeopleDetector {
  const matcher = compileMatcher(registry);
  return ({ date, paragraphs }) => {
    const article = { date: date ?? UNDATED, paragraphs };
    const scan = scanArticle(matcher, article);
    const mentions = findMentions(matcher, article, scan);
    const constituencyMentions = findConstituencyMentions(matcher, article, scan);
    const quotes = findQuotes(matcher, article, mentions, scan);
    return {
      people: unique(mentions.map((m) => m.person)),
      constituencies: unique(constituencyMentions.map((m) => m.constituency)),
      mentions: mentions.map(({ person, paragraph, start, end, kind }) => ({
        person,
        paragraph,
        start,
        end,
        kind,
        excerpt: excerptAround(paragraphs[paragraph - 1]!, start, end),
      })),
      constituencyMentions: constituencyMentions.map(({ constituency, paragraph, start, end }) => ({
        constituency,
        paragraph,
        start,
        end,
      })),
      quotes: quotes.map(
        ({ speaker, speakerText, paragraph, lastParagraph, text, attribution }) => ({
          speaker,
          speakerText,
          paragraph,
          lastParagraph,
          text,
          attribution,
        }),
      ),
      unknownNames: findUnknownNames(matcher, article, scan),
    };
  };
}

/**
 * Stands in for a missing date: a year no registry role or party covers, so
 * role phrases resolve to no one rather than to a guess.
 */
const UNDATED = '1000';

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
