import { existsSync } from 'node:fs';
import { link, lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** One replacement in a commit: `staged` becomes `target`; the old `target` waits in `previous`. */
interface Swap {
  staged: string;
  target: string;
  previous: string;
}

/** Beside `path`, hidden, so it is on the same file system (a rename) and gitignored. */
const besideAs = (path: string, suffix: string) =>
  join(dirname(path), `.${basename(path)}.${suffix}`);

/** The journal of a commit of `target`: while it exists, the commit is decided and unfinished. */
const journalOf = (target: string) => besideAs(target, 'commit.json');

/**
 * A replacement for a whole output directory and for files that go with it (the permalink
 * registry, the report), built beside them, so readers see either the previous complete set
 * or the new one. Files are written into staging as they are produced (nothing is held in
 * memory for the whole set). {@link StagedDirectory.commit} first writes a journal naming
 * every swap, then renames: a run killed at any moment is completed by the next
 * {@link StagedDirectory.begin} when the journal exists, and leaves the previous state when
 * it does not. A failed write (a full disk included) before the journal leaves the previous
 * state exactly; {@link StagedDirectory.discard} drops everything staged.
 */
export class StagedDirectory {
  readonly #target: string;
  readonly #staging: string;
  readonly #written = new Set<string>();
  /** Staged companion files: target -> staging path. */
  readonly #files = new Map<string, string>();

  private constructor(target: string) {
    this.#target = resolve(target);
    this.#staging = besideAs(this.#target, 'staging');
  }

  /**
   * Starts a replacement of `target` (and of the `companions` that may be staged with it),
   * finishing or clearing what an interrupted run left.
   */
  static async begin(target: string, companions: readonly string[] = []): Promise<StagedDirectory> {
    const staged = new StagedDirectory(target);
    await mkdir(dirname(staged.#target), { recursive: true });
    await recoverInterruptedCommit(staged.#target);
    for (const file of companions) {
      await rm(besideAs(resolve(file), 'staging'), { force: true });
      await rm(besideAs(resolve(file), 'previous'), { force: true });
    }
    await rm(staged.#staging, { recursive: true, force: true });
    await mkdir(staged.#staging, { recursive: true });
    return staged;
  }

  /**
   * Writes one file of the new set. A name written twice is a bug in the caller, not an
   * overwrite. A file the current set already holds byte for byte is linked, not written: a
   * daily run rewrites every article, and a new file costs ten times a link.
   */
  async write(name: string, content: string): Promise<void> {
    if (this.#written.has(name)) throw new Error(`${name} written twice to ${this.#target}`);
    this.#written.add(name);
    const staged = join(this.#staging, name);
    if (await this.#linkUnchanged(name, content, staged)) return;
    await writeFile(staged, content, 'utf8');
  }

  /** Links the current set's `name` into staging when it is a regular file holding `content`. */
  async #linkUnchanged(name: string, content: string, staged: string): Promise<boolean> {
    const current = join(this.#target, name);
    try {
      if (!(await lstat(current)).isFile()) return false;
      const bytes = Buffer.from(content, 'utf8');
      if (!bytes.equals(await readFile(current))) return false;
      await link(current, staged);
      return true;
    } catch (error) {
      // No such file yet, or a file system without hard links: write it instead.
      const code = (error as NodeJS.ErrnoException).code;
      if (['ENOENT', 'EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK', 'ENOTDIR'].includes(code ?? ''))
        return false;
      throw error;
    }
  }

  /**
   * Stages a file outside the directory that is replaced in the same commit.
   * @example await output.stageFile('src/data/permalinks.json', json)
   */
  async stageFile(path: string, content: string): Promise<void> {
    const target = resolve(path);
    const staging = besideAs(target, 'staging');
    this.#files.set(target, staging);
    await writeFile(staging, content, 'utf8');
  }

  /** Swaps the new set in, all of it or (on an error before the journal is written) none. */
  async commit(): Promise<void> {
    const swaps: Swap[] = [this.#target, ...this.#files.keys()].map((target) => ({
      target,
      staged: this.#files.get(target) ?? this.#staging,
      previous: besideAs(target, 'previous'),
    }));
    const journal = journalOf(this.#target);
    try {
      for (const { previous } of swaps) await rm(previous, { recursive: true, force: true });
      await writeFile(`${journal}.partial`, JSON.stringify({ swaps }), 'utf8');
      await rename(`${journal}.partial`, journal);
    } catch (error) {
      await rm(`${journal}.partial`, { force: true });
      await this.discard();
      throw error;
    }
    await finishCommit(journal, swaps);
  }

  /** Drops the new set; the previous output is untouched. */
  async discard(): Promise<void> {
    await rm(this.#staging, { recursive: true, force: true });
    for (const staging of this.#files.values()) await rm(staging, { force: true });
  }
}

/** Moves each staged file or directory into place (each step can be repeated after a kill). */
async function finishCommit(journal: string, swaps: readonly Swap[]): Promise<void> {
  for (const { staged, target, previous } of swaps) {
    if (!existsSync(staged)) continue; // swapped before the kill
    if (existsSync(target)) {
      await rm(previous, { recursive: true, force: true });
      await rename(target, previous);
    }
    await rename(staged, target);
  }
  await rm(journal, { force: true });
  for (const { previous } of swaps) await rm(previous, { recursive: true, force: true });
}

/**
 * Completes a commit of `target` that a killed run had decided (its journal exists), or
 * else puts back a directory that an older run's interrupted swap left only in `.previous`.
 * @example await recoverInterruptedCommit('src/content/articles')
 */
export async function recoverInterruptedCommit(target: string): Promise<void> {
  const absolute = resolve(target);
  const journal = journalOf(absolute);
  await rm(`${journal}.partial`, { force: true });
  if (existsSync(journal)) {
    const { swaps } = JSON.parse(await readFile(journal, 'utf8')) as { swaps: Swap[] };
    await finishCommit(journal, swaps);
    return;
  }
  const previous = besideAs(absolute, 'previous');
  if (!existsSync(absolute) && existsSync(previous)) await rename(previous, absolute);
  else await rm(previous, { recursive: true, force: true });
}
