import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A replacement for a whole output directory, built beside it, so readers of it see either
 * the previous complete set or the new one: files are written into a sibling staging
 * directory as they are produced (nothing is held in memory for the whole set) and swapped
 * in with renames only by {@link StagedDirectory.commit}. {@link StagedDirectory.discard}
 * leaves the previous output exactly as it was.
 */
export class StagedDirectory {
  readonly #target: string;
  readonly #staging: string;
  readonly #previous: string;
  #written = new Set<string>();

  private constructor(target: string) {
    const parent = dirname(target);
    this.#target = target;
    this.#staging = join(parent, `.${basename(target)}.staging`);
    this.#previous = join(parent, `.${basename(target)}.previous`);
  }

  /** Starts a replacement of `target`, clearing what an interrupted run left behind. */
  static async begin(target: string): Promise<StagedDirectory> {
    const staged = new StagedDirectory(target);
    await mkdir(dirname(target), { recursive: true });
    await staged.#recoverInterruptedSwap();
    await rm(staged.#staging, { recursive: true, force: true });
    await mkdir(staged.#staging, { recursive: true });
    return staged;
  }

  /** Writes one file of the new set. A name written twice is a bug in the caller, not a silent overwrite. */
  async write(name: string, content: string): Promise<void> {
    if (this.#written.has(name)) throw new Error(`${name} written twice to ${this.#target}`);
    this.#written.add(name);
    await writeFile(join(this.#staging, name), content, 'utf8');
  }

  /** Swaps the new set in. */
  async commit(): Promise<void> {
    if (existsSync(this.#target)) await rename(this.#target, this.#previous);
    await rename(this.#staging, this.#target);
    await rm(this.#previous, { recursive: true, force: true });
  }

  /** Drops the new set; the previous output is untouched. */
  async discard(): Promise<void> {
    await rm(this.#staging, { recursive: true, force: true });
  }

  /** A run killed between the two renames leaves only `.previous`: put it back. */
  async #recoverInterruptedSwap(): Promise<void> {
    if (!existsSync(this.#target) && existsSync(this.#previous)) await rename(this.#previous, this.#target);
    else await rm(this.#previous, { recursive: true, force: true });
  }
}
