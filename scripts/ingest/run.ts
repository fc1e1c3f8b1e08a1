import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArticleFile } from '../../src/lib/article-file.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import { permalinksFileSchema } from '../../src/schemas/permalinks.ts';
import { recordDatesFileSchema } from '../../src/schemas/record-dates.ts';
import { StagedDirectory } from './atomic-output.ts';
import { serialiseArticle } from './build-article.ts';
import { countWorklist, formatWorklist, type ReportEntry } from './ingest-report.ts';
import { PermalinkAssigner } from './permalinks.ts';
import { printableName } from './printable.ts';
import { RecordDateLedger } from './record-dates.ts';
import type { BuiltSeed, SeedResult } from './seed-builder.ts';
import type { SeedListing } from './seed-files.ts';

/** Where a run reads and writes, beyond the seeds. */
export interface RunFiles {
  out: string;
  permalinks: string;
  recordDates: string;
  report: string;
}

/** Unknown-name warnings printed to the console; the rest are counted and kept in the report. */
const UNKNOWN_NAME_WARNINGS_SHOWN = 50;
const UNKNOWN_NAME = 'is not in the people registry';

/**
 * One ingest run: it takes each seed's result in order, decides duplicates, permalinks and
 * record dates, writes the article into the staging directory as soon as it is built (so
 * memory does not grow with the articles' text), and commits articles, permalink registry,
 * record dates and report together, or none of them.
 */
export class IngestRun {
  readonly errors: string[];
  readonly log: string[];
  readonly written: ReportEntry[] = [];
  readonly #byJournalism = new Map<string, string>();
  #unknownNames = 0;
  #permalinksChanged = false;

  readonly seeds: SeedListing;
  readonly files: RunFiles;
  readonly permalinks: PermalinkAssigner;
  readonly recordDates: RecordDateLedger;
  readonly output: StagedDirectory;

  private constructor(
    parts: Pick<IngestRun, 'seeds' | 'files' | 'permalinks' | 'recordDates' | 'output'>,
  ) {
    ({
      seeds: this.seeds,
      files: this.files,
      permalinks: this.permalinks,
      recordDates: this.recordDates,
      output: this.output,
    } = parts);
    this.errors = [...parts.seeds.errors];
    this.log = [...parts.seeds.ignored];
  }

  /** Reads the permalink registry and record dates, and opens the staging directory. */
  static async begin(seeds: SeedListing, files: RunFiles, today: string): Promise<IngestRun> {
    const permalinks = new PermalinkAssigner(
      permalinksFileSchema.parse(JSON.parse(await readFile(files.permalinks, 'utf8'))),
    );
    const recordDates = new RecordDateLedger(await readRecordDates(files.recordDates), today);
    const output = await StagedDirectory.begin(files.out, [
      files.permalinks,
      files.recordDates,
      files.report,
    ]);
    return new IngestRun({ seeds, files, permalinks, recordDates, output });
  }

  /** Takes every result; on a failure of the run itself (not of a seed) nothing is kept. */
  async takeAll(results: AsyncIterable<SeedResult>): Promise<void> {
    try {
      for await (const result of results) await this.take(result);
    } catch (error) {
      await this.output.discard();
      throw error;
    }
  }

  /** One seed's result: an error to report, a duplicate to skip, or an article to stage. */
  async take(result: SeedResult): Promise<void> {
    if ('error' in result) {
      this.errors.push(result.error);
      return;
    }
    const { article, path } = result;
    const original = this.#byJournalism.get(article.journalismHash);
    if (original) {
      this.log.push(`${path}: duplicates ${original} (same journalism); skipped`);
      return;
    }
    this.#byJournalism.set(article.journalismHash, path);
    this.#assignPermalink(path, article);
    if (this.recordDates.note(article.sourceFile, article.recordKey) === 'revised') {
      this.log.push(`${path}: record revised today (its seed or its facts changed)`);
    }
    this.log.push(...article.log);
    for (const { name, paragraph } of article.unknownNames) {
      this.#unknownNames += 1;
      this.log.push(
        `warning: ${path}: paragraph ${paragraph}: "${name}" looks like a name but ${UNKNOWN_NAME}`,
      );
    }
    // After a failure nothing will be committed, so stop writing (but keep checking every seed).
    if (this.errors.length === 0) await this.#write(path, article);
    this.written.push({ ...article.report, slug: article.slug });
  }

  /** Gives the article its permanent slug, rewriting its file when the registry's differs. */
  #assignPermalink(path: string, article: BuiltSeed): void {
    const suffix = article.sourceSha256.slice(0, 6);
    const assigned = this.permalinks.assign(
      article.sourceFile,
      article.slug,
      suffix,
      article.provisionalSlug,
    );
    if (assigned.replaced) {
      this.#permalinksChanged = true;
      this.log.push(
        `${path}: provisional permalink /articles/${assigned.replaced}/ replaced by /articles/${assigned.slug}/ (it redirects)`,
      );
    }
    if (assigned.isNew) {
      this.#permalinksChanged = true;
      this.log.push(
        `${path}: new permalink /articles/${assigned.slug}/ added to ${this.files.permalinks}`,
      );
    }
    if (assigned.slug === article.slug) return;
    // The file holds the record, serialised a moment ago from a checked ArticleData: read it
    // back as gray-matter would and write it again with the permalink's slug.
    const { data, body } = parseArticleFile(article.file, path);
    article.slug = assigned.slug;
    article.file = serialiseArticle({ ...(data as ArticleData), slug: assigned.slug }, body);
  }

  /** Writes one article; a name the file system refuses (too long, say) is the seed's error. */
  async #write(path: string, article: { slug: string; file: string }): Promise<void> {
    try {
      await this.output.write(`${article.slug}.md`, article.file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENAMETOOLONG' && code !== 'EINVAL') throw error;
      const name = `${article.slug.slice(0, 60)}….md`;
      this.errors.push(`${printableName(path)}: cannot write its article as ${name} (${code})`);
    }
  }

  /** Reports every seed's error and drops the staged output: the previous output stays. */
  async fail(): Promise<number> {
    await this.output.discard();
    for (const message of this.errors) console.error(`error: ${message}`);
    console.error(
      `ingest failed: ${this.errors.length} seed(s) could not be ingested; previous output left untouched`,
    );
    return 1;
  }

  /** Commits articles, permalink registry, record dates and report together; false if it could not. */
  async commit(): Promise<boolean> {
    const report = {
      seeds: this.seeds.names.length,
      worklist: countWorklist(this.written),
      articles: this.written,
      log: this.log,
    };
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    try {
      if (this.#permalinksChanged)
        await this.output.stageFile(this.files.permalinks, json(this.permalinks.toJSON()));
      if (this.recordDates.hasChanges())
        await this.output.stageFile(this.files.recordDates, json(this.recordDates.toJSON()));
      await this.output.stageFile(this.files.report, json(report));
      await this.output.commit();
      return true;
    } catch (error) {
      await this.output.discard();
      console.error(
        `error: writing the output: ${error instanceof Error ? error.message : String(error)}`,
      );
      console.error('ingest failed: previous output left untouched');
      return false;
    }
  }

  /** Prints the log (at most 50 unknown-name warnings, the rest counted) and the worklist. */
  printLog(): void {
    let shown = 0;
    for (const line of this.log) {
      if (
        line.startsWith('warning:') &&
        line.endsWith(UNKNOWN_NAME) &&
        ++shown > UNKNOWN_NAME_WARNINGS_SHOWN
      )
        continue;
      console.log(line);
    }
    if (shown > UNKNOWN_NAME_WARNINGS_SHOWN) {
      const more = this.#unknownNames - UNKNOWN_NAME_WARNINGS_SHOWN;
      console.log(
        `warning: ${more} more names not in the people registry; all ${this.#unknownNames} are in ${this.files.report}`,
      );
    }
    for (const line of formatWorklist(countWorklist(this.written))) console.log(line);
  }
}

/** The ledger of record dates, or an empty one when the archive has none yet. */
async function readRecordDates(path: string) {
  if (!existsSync(path)) return {};
  return recordDatesFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}
