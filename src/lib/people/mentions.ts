import { honorificFits } from './gender.ts';
import type { Hit, Matcher, ScannedParagraph } from './matcher.ts';
import { nameRuns } from './name-runs.ts';
import { periodOnDate } from './period.ts';
import { findQuoteSpans, inRanges, isQuoted, quotedRanges } from './quote-spans.ts';
import { HONORIFICS } from './stop-list.ts';
import { isCapitalised, possessiveAt } from './tokens.ts';

/** What the detection functions read: the article's date and its body paragraphs in order. */
export interface Article {
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  date: string;
  /** Plain text of each body paragraph, boilerplate removed; index 0 is paragraph 1. */
  paragraphs: readonly string[];
}

/**
 * How the person was named:
 * - `full-name`, `alias`, `misspelling`: a whole name from the registry ("Iain McNico");
 * - `honorific-surname`: "Mr McDonnell", "Mrs May";
 * - `surname`: a bare surname ("Corbyn", "Dugher");
 * - `first-name`: a bare first name, as quoted speech uses them ("Luciana", "Jeremy");
 * - `role`: a role phrase naming its holder on the article's date ("the Shadow Chancellor");
 * - `camp`: the person's campaign ("Team Burnham", "the Cooper camp").
 */
export type MentionKind =
  'full-name' | 'alias' | 'misspelling' | 'honorific-surname' | 'surname' | 'first-name' | 'role' | 'camp';

export interface Mention {
  person: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Character offsets in the paragraph: text = paragraph.slice(start, end). */
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** Followed by ’s / 's, which `text` includes ("McDonnell’s"). */
  possessive: boolean;
  /** Inside quotation marks. */
  inQuote: boolean;
}

/** The scanned paragraphs and quotation ranges of an article, shared by the detectors. */
export interface ArticleScan {
  scanned: ScannedParagraph[];
  quoted: [number, number][][];
}

/** Scans every paragraph once and finds its quotations. */
export function scanArticle(matcher: Matcher, article: Article): ArticleScan {
  return {
    scanned: article.paragraphs.map((text) => matcher.scan(text)),
    quoted: quotedRanges(findQuoteSpans(article.paragraphs), article.paragraphs.length),
  };
}

function validDate(date: string): boolean {
  try {
    periodOnDate({ from: '1900' }, date);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every mention of a registry person in an article, in order.
 *
 * Rules, all on one scan of each paragraph with the precompiled matcher:
 * - full names, aliases and misspellings always count;
 * - a bare surname or honorific + surname ("Watson", "Mr Watson") names the one person
 *   with that surname already named in full earlier in the article; if two such people
 *   share it, or a stranger with that surname appears ("Fred Watson"), it names no one.
 *   People marked `surnameAlone: 'always'` (distinctive surnames such as Corbyn) are
 *   also named before their full name, if no one else in the registry has the surname;
 *   `never` (Theresa May) keeps the bare word "May" from ever counting. An honorific
 *   must fit ("Mr" never names a woman);
 * - "Team X" and "the X camp" name X's campaign (kind `camp`), by the same surname rule;
 * - a bare first name names the one person with that first name already named in full,
 *   unless a stranger with that first name appears;
 * - a role phrase after "the" (or in a possessive form such as "Labour's deputy leader")
 *   names the one registry person certainly holding that role on the article's date.
 *   "a former shadow chancellor", "the shadow chancellor John McDonnell" (a title before a
 *   name, which is itself the mention) and "the Labour deputy leader of Rotherham Council"
 *   (another office) are not role references;
 * - a registry first name or surname inside a stranger's name ("John Bercow") is not a mention.
 * @example findMentions(matcher, { date: '2018-09-11', paragraphs: ['The Shadow Chancellor’s rejection'] })
 *   // [{ person: 'john-mcdonnell', paragraph: 1, start: 4, end: 23, text: 'Shadow Chancellor’s', kind: 'role', possessive: true, inQuote: false }]
 */
export function findMentions(
  matcher: Matcher,
  article: Article,
  scan: ArticleScan = scanArticle(matcher, article),
): Mention[] {
  const { scanned, quoted } = scan;
  const runs = scanned.map((s) => nameRuns(s));
  const runRanges = runs.map((list) => list.map((r): [number, number] => [r.start, r.end]));
  const strangerFirst = new Set(runs.flat().map((r) => r.first));
  const strangerLast = new Set(runs.flat().map((r) => r.last));
  const namedInFull = new Set<string>();
  const dated = validDate(article.date);
  const mentions: Mention[] = [];

  scanned.forEach(({ text, tokens, hits }, p) => {
    const add = (person: string, start: number, end: number, kind: MentionKind, possessive: boolean) => {
      const stop = possessive ? end + 2 : end;
      mentions.push({
        person,
        paragraph: p + 1,
        start,
        end: stop,
        text: text.slice(start, stop),
        kind,
        possessive,
        inQuote: isQuoted(quoted[p], start, stop),
      });
    };
    const insideStranger = (hit: Hit) => inRanges(runRanges[p], hit.start, hit.end);

    for (const hit of hits) {
      const { payload } = hit;
      const prev = tokens[hit.tokenStart - 1];
      const next = tokens[hit.tokenEnd];
      const gapBefore = prev ? text.slice(prev.end, hit.start) : '';
      const gapAfter = next ? text.slice(hit.end, next.start) : '';
      const possessive = possessiveAt(text, hit.end);

      if (payload.name) {
        namedInFull.add(payload.name.person);
        add(payload.name.person, hit.start, hit.end, payload.name.form, possessive);
        continue;
      }

      if (payload.role) {
        if (!dated) continue;
        const selfDetermined = /^[a-z]+'s /.test(payload.role.ref);
        const afterThe = prev !== undefined && /^the$/i.test(prev.text) && /^\s+$/u.test(gapBefore);
        if (!selfDetermined && !afterThe) continue;
        if (!possessive && next && /^\s+$/u.test(gapAfter) && (isCapitalised(next.text) || next.text === 'of'))
          continue;
        if (/^[-‐‑]$/u.test(gapAfter)) continue;
        const holders = new Set(
          payload.role.holders.filter((h) => periodOnDate(h.role, article.date) === 'certain').map((h) => h.person),
        );
        if (holders.size === 1) add([...holders][0]!, hit.start, hit.end, 'role', possessive);
        continue;
      }

      if (!payload.surnameOf && !payload.firstNameOf) continue;
      if (insideStranger(hit)) continue;
      const honorific =
        prev !== undefined && HONORIFICS.has(prev.text) && /^\.?\s$/u.test(gapBefore) ? prev.text : null;
      const team = prev?.text === 'Team' && gapBefore === ' ';
      const camp = !possessive && next?.text === 'camp' && gapAfter === ' ';

      if (payload.surnameOf) {
        let candidates = payload.surnameOf.map((slug) => matcher.people.get(slug)!);
        if (honorific) candidates = candidates.filter((person) => honorificFits(honorific, person));
        if (!honorific && !team && !camp) candidates = candidates.filter((person) => person.surnameAlone !== 'never');
        const earlier = candidates.filter((person) => namedInFull.has(person.slug));
        let person: string | null = null;
        if (!strangerLast.has(hit.text)) {
          if (earlier.length === 1) person = earlier[0]!.slug;
          else if (
            earlier.length === 0 &&
            candidates.length === 1 &&
            candidates[0]!.surnameAlone === 'always' &&
            matcher.bySurname.get(hit.text)?.length === 1
          ) {
            person = candidates[0]!.slug;
          }
        }
        if (person) {
          const start = honorific || team ? prev!.start : hit.start;
          const end = camp ? next!.end : hit.end;
          add(person, start, end, honorific ? 'honorific-surname' : team || camp ? 'camp' : 'surname', possessive);
          continue;
        }
      }

      if (payload.firstNameOf && !honorific && !team && !camp && !strangerFirst.has(hit.text)) {
        const earlier = payload.firstNameOf.filter((slug) => namedInFull.has(slug));
        if (earlier.length === 1) add(earlier[0]!, hit.start, hit.end, 'first-name', possessive);
      }
    }
  });
  return mentions;
}
