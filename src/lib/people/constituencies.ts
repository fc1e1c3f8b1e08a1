import type { Matcher } from './matcher.ts';
import { scanArticle, type ArticleText, type ArticleScan } from './mentions.ts';
import { possessiveAt } from './tokens.ts';

export interface ConstituencyMention {
  constituency: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Character offsets of the seat's name (without any ’s) in the paragraph. */
  start: number;
  end: number;
  text: string;
}

/** Words after a name that make it a seat: "Canterbury MP", "the Birkenhead constituency". */
const SEAT_AFTER =
  /^(?:['’]s)?\s+(?:MP|MPs|constituency|constituencies|seat|by-election|CLP|constituency Labour Party)(?![\p{L}\p{N}])/u;
/** Words before a name that make it a seat: "represents Birkenhead", "won Canterbury", "MP for Leigh". */
const SEAT_BEFORE =
  /(?:^|[^\p{L}])(?:represents|represented|representing|won|wins|win|winning|hold|holds|held|holding|gained|gain|lost|lose|retained|retain|took|defend|defending|MP for|member for|seat of|constituency of|candidate for|candidate in|standing in|stand in|stood in)\s+$/u;

/**
 * Every mention of a registry constituency in an article, in order. Seat names that
 * are only seats ("Luton South", "Liverpool Wavertree", "Grantham and Stamford") always
 * count. A name that is also a town or area (`nameIsAlsoPlace`: "Canterbury",
 * "Birkenhead") counts only in seat context: followed by "MP", "constituency" or
 * "seat", preceded by "represents", "won", "MP for" and the like, or as
 * "Canterbury’s Rosie Duffield" before a person who held that seat. A city that is not
 * itself a seat ("Liverpool") is never in the registry, so never matches.
 * @example findConstituencyMentions(matcher, { date: '2018-09-11', paragraphs: ['Canterbury MP Rosie Duffield'] })
 *   // [{ constituency: 'canterbury', paragraph: 1, start: 0, end: 10, text: 'Canterbury' }]
 */
export function findConstituencyMentions(
  matcher: Matcher,
  article: ArticleText,
  scan: ArticleScan = scanArticle(matcher, article),
): ConstituencyMention[] {
  const found: ConstituencyMention[] = [];
  scan.scanned.forEach(({ text, hits }, p) => {
    hits.forEach((hit, h) => {
      const slug = hit.payload.constituency;
      if (!slug) return;
      const seat = matcher.constituencies.get(slug)!;
      if (seat.nameIsAlsoPlace) {
        const after = text.slice(hit.end);
        const before = text.slice(Math.max(0, hit.start - 40), hit.start);
        const nextHit = hits[h + 1];
        const heldBy =
          possessiveAt(text, hit.end) &&
          nextHit?.payload.names !== undefined &&
          /^['’]s\s+$/u.test(text.slice(hit.end, nextHit.start)) &&
          nextHit.payload.names.some((entry) =>
            (matcher.people.get(entry.person)?.seats ?? []).some((s) => s.constituency === slug),
          );
        if (!SEAT_AFTER.test(after) && !SEAT_BEFORE.test(before) && !heldBy) return;
      }
      found.push({
        constituency: slug,
        paragraph: p + 1,
        start: hit.start,
        end: hit.end,
        text: hit.text,
      });
    });
  });
  return found;
}
