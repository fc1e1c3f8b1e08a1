import { SEARCH_SORT_KEY } from '../../src/search/facts.ts';
import type { PartPage } from '../../src/search/parts/plan.ts';
import { forEachStartTag } from '../site/html-elements.ts';

/**
 * What a built page declares to the search index, read from its markup as Pagefind reads it
 * (start tags only): whether it is indexed (`data-pagefind-body`), its filters and date sort
 * key, and what makes it wrong for the archive though Pagefind would accept it. Pure: the
 * callers read the files (page-reads.ts).
 */

/** What one built page offers the index, read from its markup. */
export interface IndexablePage {
  urlPath: string;
  /** Filter values the page declares (`data-pagefind-filter="name[value]"` or `"name:value"`). */
  filters: Map<string, string[]>;
  /** The page's date sort key (`data-pagefind-sort="date[value]"`), which places an article in its search part. */
  sortDate: string | null;
}

/**
 * The filter declarations in one `data-pagefind-filter` attribute, for the two forms the
 * archive uses: `name[attribute]` (value from that attribute) and `name:value` (inline,
 * to the end). Other forms (the element's text) give the name with no value.
 * @example filterDeclarations('person[value]', new Map([['value', 'Luciana Berger']])) // [['person', 'Luciana Berger']]
 * @example filterDeclarations('year:2019', new Map()) // [['year', '2019']]
 */
export function filterDeclarations(
  attribute: string,
  attrs: ReadonlyMap<string, string>,
): [string, string | null][] {
  const inline = /^\s*([^:[\],]+?)\s*:(.*)$/s.exec(attribute);
  if (inline) return [[inline[1]!, inline[2]!.trim()]];
  return attribute
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part): [string, string | null] => {
      const fromAttribute = /^([^[\]]+)\[([^\]]+)\]$/.exec(part);
      if (fromAttribute)
        return [fromAttribute[1]!.trim(), attrs.get(fromAttribute[2]!.trim()) ?? null];
      return [part, null];
    });
}

/** Matches the attribute name however it is written (the tokenizer lower-cases names, never decodes them). */
const BODY_ATTRIBUTE = /data-pagefind-body/i;

/**
 * What one page offers the index, or null when Pagefind would not index it (no element
 * with `data-pagefind-body`, as soon as any page has one). Reads start tags only, like
 * Pagefind's own streaming parser, and skips a page whose text never spells the attribute
 * without tokenizing it; filters count wherever they are on the page, as Pagefind reads them.
 * @example indexablePage('/a/', '<main data-pagefind-body><data value="2019" data-pagefind-filter="year[value]"></data></main>')
 *   // { urlPath: '/a/', filters: Map { 'year' => ['2019'] } }
 */
export function indexablePage(urlPath: string, html: string): IndexablePage | null {
  if (!BODY_ATTRIBUTE.test(html)) return null;
  let body = false;
  let sortDate: string | null = null;
  const filters = new Map<string, string[]>();
  forEachStartTag(html, (tag) => {
    let attribute: string | undefined;
    let sort: string | undefined;
    for (const { name, value } of tag.attrs) {
      if (name === 'data-pagefind-body') body = true;
      else if (name === 'data-pagefind-filter') attribute = value;
      else if (name === 'data-pagefind-sort') sort = value;
    }
    if (attribute === undefined && sort === undefined) return;
    const attrs = new Map(tag.attrs.map((a) => [a.name, a.value]));
    for (const [name, value] of filterDeclarations(attribute ?? '', attrs)) {
      if (value !== null) filters.set(name, [...(filters.get(name) ?? []), value]);
    }
    for (const [name, value] of filterDeclarations(sort ?? '', attrs)) {
      if (name === SEARCH_SORT_KEY && value !== null) sortDate = value;
    }
  });
  return body ? { urlPath, filters, sortDate } : null;
}

/**
 * What makes one indexed page wrong even though Pagefind accepts it: not exactly one known result type.
 * @example pageProblems({ urlPath: '/people/x/', filters: new Map() }, ['Person']) // ['/people/x/: declares no result type (…)']
 */
export function pageProblems(page: IndexablePage, resultTypes: readonly string[]): string[] {
  const types = page.filters.get('type') ?? [];
  if (types.length === 0)
    return [
      `${page.urlPath}: declares no result type (render <SearchFacts type="…"> inside its data-pagefind-body)`,
    ];
  if (types.length > 1)
    return [
      `${page.urlPath}: declares ${types.length} result types (${types.join(', ')}); one only`,
    ];
  if (!resultTypes.includes(types[0]!))
    return [`${page.urlPath}: result type "${types[0]}" is not one of ${resultTypes.join(', ')}`];
  return [];
}

/**
 * Problems that make the index wrong even though Pagefind accepts it: nothing to index,
 * or an indexed page without exactly one known result type.
 * @example indexProblems([{ urlPath: '/people/x/', filters: new Map() }], ['Person']) // ['/people/x/: declares no result type (…)']
 */
export function indexProblems(
  pages: readonly IndexablePage[],
  resultTypes: readonly string[],
): string[] {
  if (pages.length === 0)
    return ['no page has a data-pagefind-body element: nothing would be searchable'];
  return pages.flatMap((page) => pageProblems(page, resultTypes));
}

/** The start tags SearchFacts writes for a page's result type and date (attribute values are plain: a type name, `YYYY-MM[-DD]`). */
const TYPE_TAG = /<data value="([^"<>&]*)" data-pagefind-filter="type\[value\]"/g;
const DATE_TAG = /<data value="([^"<>&]*)" data-pagefind-sort="date\[value\]"/g;

/**
 * What the part plan needs of a page (its type and date), read quickly from the markup
 * SearchFacts writes; null when the page has no search body, or when it is not written that
 * way, or not with one known result type (then the full read, {@link indexablePage},
 * decides). The full read of every page runs while Pagefind indexes, and must agree with
 * this (checked by `checkReadsAgree` in page-reads.ts).
 * @example quickPartPage('/a/', '<main data-pagefind-body><data value="Article" data-pagefind-filter="type[value]"></data><data value="2019-02" data-pagefind-sort="date[value]"></data></main>', ['Article'])
 *   // { urlPath: '/a/', type: 'Article', sortDate: '2019-02' }
 */
export function quickPartPage(
  urlPath: string,
  html: string,
  resultTypes: readonly string[],
): PartPage | null | 'unsure' {
  if (!BODY_ATTRIBUTE.test(html)) return null;
  const types = [...html.matchAll(TYPE_TAG)];
  const dates = [...html.matchAll(DATE_TAG)];
  if (types.length !== 1 || dates.length > 1 || !resultTypes.includes(types[0]![1]!))
    return 'unsure';
  return { urlPath, type: types[0]![1]!, sortDate: dates[0]?.[1] ?? null };
}
