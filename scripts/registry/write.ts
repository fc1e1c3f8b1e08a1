import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes `name` in `dir` atomically: a temporary file in the same folder, then a rename, so
 * a reader sees the old file or the new one, never half of one.
 * @example await writeAtomically('src/data/imported', 'register.json', text)
 */
export async function writeAtomically(dir: string, name: string, text: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = join(dir, name);
  const temporary = join(dir, `.${name}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return target;
}
