import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a whole output directory with new files so readers of it see either
 * the previous complete set or the new one: everything is written to a sibling
 * staging directory first and swapped in with renames only once all writes succeed.
 */
export async function replaceDirectory(target: string, files: ReadonlyMap<string, string>): Promise<void> {
  const parent = dirname(target);
  const staging = join(parent, `.${basename(target)}.staging`);
  const previous = join(parent, `.${basename(target)}.previous`);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedSwap(target, previous);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (const [name, content] of files) await writeFile(join(staging, name), content, 'utf8');
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(target)) await rename(target, previous);
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}

/** A run killed between the two renames leaves only `.previous`: put it back. */
async function recoverInterruptedSwap(target: string, previous: string): Promise<void> {
  if (!existsSync(target) && existsSync(previous)) await rename(previous, target);
  else await rm(previous, { recursive: true, force: true });
}
