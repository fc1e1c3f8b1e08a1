/**
 * Scratch sites for the benchmark, all under bench/out/: a copy of the project with a
 * generated corpus in its seeds/, and the baselines (bare Astro, Eleventy, Hugo) fed the
 * same articles as plain markdown.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { listSiteFiles } from '../../scripts/site/site-files.ts';
import matter from 'gray-matter';

/** What the README's build reads; the same list as tests/support/site-copy.ts, less seeds/. */
export const PROJECT_FILES = [
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'src',
  'scripts',
  'public',
];

/**
 * node_modules as a real folder of symlinks to the project's packages, so that Astro's cache
 * (`cacheDir`, node_modules/.astro) is the scratch site's own: a symlink to the whole folder
 * would share it with the project and with the other scratch sites, and builds would be warm.
 */
export function linkNodeModules(project: string, site: string): void {
  const source = resolve(project, 'node_modules');
  const target = join(site, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source)) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(source, entry), join(target, entry));
  }
}

/**
 * A scratch copy of the project at `site` with `seedsDir`'s files as its seeds/, an empty
 * permalink registry and empty editorial facts (so the ingest assigns every slug afresh and
 * nothing in the project's src/data changes), and no generated content or caches.
 */
export function prepareProjectCopy(project: string, site: string, seedsDir: string): void {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const entry of PROJECT_FILES) {
    const from = join(project, entry);
    if (!existsSync(from)) continue;
    cpSync(from, join(site, entry), {
      recursive: true,
      filter: (source) =>
        !source.includes(join('src', 'content', 'articles')) &&
        !source.includes('.articles.') &&
        !source.endsWith('ingest-report.json'),
    });
  }
  cpSync(seedsDir, join(site, 'seeds'), { recursive: true });
  writeFileSync(join(site, 'src/data/permalinks.json'), '{}\n');
  writeFileSync(join(site, 'src/data/article-facts.json'), '{}\n');
  linkNodeModules(project, site);
}

/**
 * A copy of the project as a clone has it (every file git tracks or would, so `astro check`
 * sees there what it sees here), with `seedsDir`'s files as its seeds, no permalinks, facts or
 * record dates yet, the imported register when there is one, and node_modules of its own (so
 * every cache starts empty). Unlike {@link prepareProjectCopy}, the tests and the benchmark
 * come too: for the README's whole build, `astro check` included.
 */
export function cloneProject(project: string, site: string, seedsDir: string): void {
  rmSync(site, { recursive: true, force: true });
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: project, encoding: 'utf8' },
  ).split('\0');
  for (const path of listed) {
    if (!path || path.startsWith('seeds/') || !existsSync(join(project, path))) continue;
    mkdirSync(dirname(join(site, path)), { recursive: true });
    copyFileSync(join(project, path), join(site, path));
  }
  const imported = join(project, 'src/data/imported');
  if (existsSync(imported)) cpSync(imported, join(site, 'src/data/imported'), { recursive: true });
  rmSync(join(site, 'src/content/articles'), { recursive: true, force: true });
  cpSync(seedsDir, join(site, 'seeds'), { recursive: true });
  writeFileSync(join(site, 'src/data/permalinks.json'), '{}\n');
  writeFileSync(join(site, 'src/data/article-facts.json'), '{}\n');
  rmSync(join(site, 'src/data/record-dates.json'), { force: true });
  linkNodeModules(project, site);
}

/** Every file of a built site with the sha256 of its bytes, by relative path, sorted. */
export function siteFileHashes(dir: string): Map<string, string> {
  return new Map(
    listSiteFiles(dir).map((path) => [
      path,
      createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex'),
    ]),
  );
}

/** The README's build, read from the copy's package.json: each `&&` step a stage. */
export function buildStages(site: string): { name: string; command: string; skipped: boolean }[] {
  const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const build = pkg.scripts?.['build'];
  if (!build) throw new Error(`${site}/package.json has no build script`);
  return build.split('&&').map((part) => {
    const command = part.trim();
    const name = /ingest/.test(command)
      ? 'ingest'
      : /astro check|type-check/.test(command)
        ? 'astro check'
        : /astro build/.test(command)
          ? 'astro build'
          : /pagefind|index-search/.test(command)
            ? 'search index'
            : command;
    return { name, command, skipped: /astro check|type-check/.test(command) };
  });
}

interface PlainArticle {
  slug: string;
  title: string;
  date: string | null;
  body: string;
}

/** `:::caption{credit="X"}` … `:::` (the archive's figure directive) as a plain italic paragraph. */
function plainBody(markdown: string): string {
  return markdown.replace(
    /^:::caption(?:\{credit="([^"]*)"\})?\n([\s\S]*?)^:::\n?/gm,
    (_m, credit: string | undefined, caption: string) => {
      const text = caption.trim();
      const parts = [text ? `_${text}_` : '', credit ? `(${credit})` : ''].filter(Boolean);
      return parts.length > 0 ? `${parts.join(' ')}\n` : '';
    },
  );
}

/** The ingested articles of a scratch project copy as plain markdown: title, date and body. */
export function plainArticles(site: string): PlainArticle[] {
  const dir = join(site, 'src/content/articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const parsed = matter(readFileSync(join(dir, file), 'utf8'), {});
      const data = parsed.data as Record<string, unknown>;
      return {
        slug: String(data['slug'] ?? file.replace(/\.md$/, '')),
        title: String(data['title'] ?? file),
        date: typeof data['date'] === 'string' ? data['date'] : null,
        body: plainBody(parsed.content),
      };
    });
}

function frontmatter(fields: Record<string, string | null>): string {
  const lines = Object.entries(fields)
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/** bench/baseline/ copied to `site`, with the articles in its content collection. */
export function prepareAstroBaseline(
  project: string,
  site: string,
  articles: readonly PlainArticle[],
): void {
  rmSync(site, { recursive: true, force: true });
  cpSync(join(project, 'bench/baseline'), site, { recursive: true });
  const dir = join(site, 'src/content/articles');
  mkdirSync(dir, { recursive: true });
  for (const a of articles)
    writeFileSync(
      join(dir, `${a.slug}.md`),
      frontmatter({ title: a.title, date: a.date }) + a.body,
    );
  linkNodeModules(project, site);
}

/** An Eleventy site with the same articles, a one-file layout and markdown only. */
export function prepareEleventy(site: string, articles: readonly PlainArticle[]): void {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'src/articles'), { recursive: true });
  mkdirSync(join(site, 'src/_includes'), { recursive: true });
  writeFileSync(
    join(site, 'eleventy.config.mjs'),
    `export default function () {\n  return { dir: { input: 'src', output: '_site' }, templateFormats: ['md'], markdownTemplateEngine: false };\n}\n`,
  );
  writeFileSync(
    join(site, 'src/_includes/article.liquid'),
    '<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><main><h1>{{ title }}</h1>\n{{ content }}\n</main></body></html>\n',
  );
  for (const a of articles) {
    writeFileSync(
      join(site, 'src/articles', `${a.slug}.md`),
      frontmatter({ title: a.title, layout: 'article.liquid', permalink: `/articles/${a.slug}/` }) +
        a.body,
    );
  }
}

/** A Hugo site with the same articles: one single-page layout, no lists, feeds or taxonomies. */
export function prepareHugo(site: string, articles: readonly PlainArticle[]): void {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'content/articles'), { recursive: true });
  mkdirSync(join(site, 'layouts/_default'), { recursive: true });
  writeFileSync(
    join(site, 'hugo.toml'),
    `baseURL = 'http://localhost:4321/'\nlanguageCode = 'en-gb'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'home', 'section', 'robotsTXT', '404']\n`,
  );
  writeFileSync(
    join(site, 'layouts/_default/single.html'),
    '<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n<body><main><h1>{{ .Title }}</h1>\n{{ .Content }}\n</main></body></html>\n',
  );
  for (const a of articles) {
    const date = a.date ? (a.date.length === 7 ? `${a.date}-01` : a.date) : null;
    writeFileSync(
      join(site, 'content/articles', `${a.slug}.md`),
      frontmatter({ title: a.title, date, url: `/articles/${a.slug}/` }) + a.body,
    );
  }
}
