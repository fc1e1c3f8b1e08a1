import matter from 'gray-matter';

/**
 * One article of the content collection on disk: `src/content/articles/<slug>.md`, gray-matter
 * frontmatter (the article record) over a markdown body.
 *
 * The frontmatter is JSON (`---json`, a language gray-matter reads natively) rather than
 * YAML: the record holds every mention's offsets and excerpt, and pages that list an article
 * read it again, so parse speed is build time. JSON.parse is an order of magnitude faster
 * than js-yaml here (BENCHMARKS.md). It is laid out for review: one key per line, one
 * mention or quotation per line.
 */

export interface ArticleFile {
  /** The frontmatter, not yet validated. */
  data: unknown;
  /** The markdown body. */
  body: string;
}

/**
 * @example formatArticleFile({ title: 'T', people: ['a'] }, 'Body.\n')
 *   // '---json\n{\n"title": "T",\n"people": ["a"]\n}\n---\nBody.\n'
 */
export function formatArticleFile(data: Readonly<Record<string, unknown>>, body: string): string {
  const fields = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${JSON.stringify(key)}: ${formatValue(value)}`);
  return `---json\n{\n${fields.join(',\n')}\n}\n---\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/** Arrays of objects one element per line; everything else on one line. */
function formatValue(value: unknown): string {
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => typeof v === 'object' && v !== null)
  ) {
    return `[\n  ${value.map((v) => JSON.stringify(v)).join(',\n  ')}\n]`;
  }
  return JSON.stringify(value);
}

/**
 * Splits an article file into its frontmatter and body. Throws with the file's path on a
 * file that is not an article file, so a hand-edited file that breaks says where.
 */
export function parseArticleFile(text: string, path: string): ArticleFile {
  if (!text.startsWith('---'))
    throw new Error(`${path}:1: expected frontmatter (a first line of ---json)`);
  try {
    if (text.startsWith(JSON_OPENING)) return splitJsonArticleFile(text);
    // Passing options (even empty) stops gray-matter caching every file it has parsed.
    const parsed = matter(text, {});
    return { data: parsed.data, body: parsed.content };
  } catch (error) {
    throw new Error(
      `${path}: frontmatter is not valid ${text.startsWith('---json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}

/** The first line of a file {@link formatArticleFile} wrote. */
const JSON_OPENING = '---json\n';
const CLOSING = '\n---';

/**
 * gray-matter's reading of a `---json` file, step for step (parseMatter in gray-matter's
 * index.js: the block up to the first "\n---", parsed as its JSON engine does; the body after it,
 * less one line break), without the two copies `matter()` makes of every file it is given:
 * it looks the whole text up as a key of its cache even when told not to cache, which makes
 * V8 intern it, and keeps it again as a Buffer. A build reads each record about four times
 * (its page, its people's and seats' pages), and at 10,000 articles those copies were most of
 * the build's page faults. The unit tests check this against `matter()` itself.
 */
function splitJsonArticleFile(text: string): ArticleFile {
  const rest = text.slice(JSON_OPENING.length - 1);
  const close = rest.indexOf(CLOSING);
  const block = close === -1 ? rest : rest.slice(0, close);
  // Empty once "#" comment lines are dropped: only possible if it starts with one (or is blank).
  const empty = /^\s*(?:#|$)/.test(block) && block.replace(/^\s*#[^\n]+/gm, '').trim() === '';
  // gray-matter's JSON engine is JSON.parse.
  const data: unknown = empty ? {} : JSON.parse(block);
  if (close === -1) return { data, body: '' };
  let body = rest.slice(close + CLOSING.length);
  if (body.startsWith('\r')) body = body.slice(1);
  if (body.startsWith('\n')) body = body.slice(1);
  return { data, body };
}
