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
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null)) {
    return `[\n  ${value.map((v) => JSON.stringify(v)).join(',\n  ')}\n]`;
  }
  return JSON.stringify(value);
}

/**
 * Splits an article file into its frontmatter and body. Throws with the file's path on a
 * file that is not an article file, so a hand-edited file that breaks says where.
 */
export function parseArticleFile(text: string, path: string): ArticleFile {
  if (!text.startsWith('---')) throw new Error(`${path}:1: expected frontmatter (a first line of ---json)`);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options (even empty) stops gray-matter caching every file it has parsed.
    parsed = matter(text, {});
  } catch (error) {
    throw new Error(`${path}: frontmatter is not valid ${text.startsWith('---json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
  }
  return { data: parsed.data, body: parsed.content };
}
