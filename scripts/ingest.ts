/**
 * Ingest: seeds/*.txt -> src/content/articles/<slug>.md (frontmatter + markdown).
 *
 * Every seed must ingest cleanly or nothing is written: on any error the previous
 * output stays in place and the exit code is 1, with each problem as `file:line: what`.
 *
 *   node scripts/ingest.ts [--seeds DIR] [--out DIR] [--facts FILE] [--publications FILE] [--report FILE]
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFactsFileSchema, publicationsFileSchema } from '../src/schemas/editorial.ts';
import { replaceDirectory } from './lib/atomic-output.ts';
import { type BuiltArticle, buildArticle, type EditorialContext, serialiseArticle } from './lib/build-article.ts';
import { IngestError } from './lib/errors.ts';

const { values: options } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'src/content/articles' },
    facts: { type: 'string', default: 'src/data/article-facts.json' },
    publications: { type: 'string', default: 'src/data/publications.json' },
    report: { type: 'string', default: 'src/content/ingest-report.json' },
  },
});

async function loadEditorial(): Promise<EditorialContext> {
  const facts = articleFactsFileSchema.parse(JSON.parse(await readFile(options.facts, 'utf8')));
  const publications = publicationsFileSchema.parse(JSON.parse(await readFile(options.publications, 'utf8')));
  return { facts, publications };
}

async function main(): Promise<number> {
  const started = performance.now();
  const context = await loadEditorial();
  const names = (await readdir(options.seeds)).filter((n) => n.endsWith('.txt')).sort();
  const errors: string[] = [];
  const log: string[] = [];
  const articles: BuiltArticle[] = [];
  const byJournalism = new Map<string, string>();
  const bySlug = new Map<string, BuiltArticle>();

  for (const name of names) {
    const path = join(options.seeds, name);
    let article: BuiltArticle;
    try {
      article = buildArticle({ path, name, bytes: await readFile(path) }, context);
    } catch (error) {
      if (error instanceof IngestError) {
        errors.push(error.message);
        continue;
      }
      throw error;
    }
    const original = byJournalism.get(article.journalismHash);
    if (original) {
      log.push(`${path}: duplicates ${original} (same journalism); skipped`);
      continue;
    }
    byJournalism.set(article.journalismHash, path);
    const clash = bySlug.get(article.data.slug);
    if (clash) {
      // Two different articles with one headline: the later file gets a suffix from its own bytes, so it is stable.
      article.data.slug = `${article.data.slug}-${article.data.sourceSha256.slice(0, 6)}`;
      log.push(`${path}: headline slug already used by ${clash.data.sourceFile}; using ${article.data.slug}`);
      article.file = serialiseArticle(article.data, article.body);
    }
    bySlug.set(article.data.slug, article);
    log.push(...article.log);
    articles.push(article);
  }

  if (errors.length > 0) {
    for (const message of errors) console.error(`error: ${message}`);
    console.error(`ingest failed: ${errors.length} seed(s) could not be ingested; previous output left untouched`);
    return 1;
  }

  const files = new Map(articles.map((a) => [`${a.data.slug}.md`, a.file]));
  await replaceDirectory(options.out, files);
  const report = {
    seeds: names.length,
    articles: articles.map((a) => ({ sourceFile: a.data.sourceFile, slug: a.data.slug })),
    log,
  };
  await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  for (const line of log) console.log(line);
  console.log(
    `ingest: ${articles.length} article(s) from ${names.length} seed(s) -> ${options.out} in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

process.exitCode = await main();
