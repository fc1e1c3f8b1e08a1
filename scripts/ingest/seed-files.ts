import { closeSync, constants, type Dirent, openSync, readFileSync } from 'node:fs';
import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { compareCodePoints } from '../../src/lib/order.ts';
import { IngestError } from './errors.ts';
import { hasUnprintable, printableName } from './printable.ts';

/** A seed that cannot be read as a file at all: `seeds/x.txt: what is wrong` (no line). */
export class SeedFileError extends IngestError {
  constructor(file: string, problem: string) {
    super(file, 0, problem);
    this.message = `${printableName(file)}: ${problem}`;
  }
}

/**
 * Reads a listed seed without following a symbolic link put in its place since listing it;
 * a failure is a {@link SeedFileError} naming the file, never a stack trace.
 * @example readSeedBytes('seeds/000_a.txt').length // 5120
 */
export function readSeedBytes(path: string): Buffer {
  try {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      return readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ELOOP'
        ? 'is a symbolic link; seeds must be regular files'
        : code === 'EISDIR'
          ? 'is a directory; seeds must be regular files'
          : `cannot be read (${code ?? String(error)})`;
    throw new SeedFileError(path, problem);
  }
}

/** The seeds to ingest, what is wrong with entries that cannot be, and what was passed over. */
export interface SeedListing {
  /** `*.txt` regular files, in code-point order. */
  names: string[];
  /** `seeds/x: what is wrong`: each stops the run. */
  errors: string[];
  /** Log lines for entries that are not seeds (other names, nested folders). */
  ignored: string[];
}

function kindOf(entry: Dirent): string | null {
  if (entry.isSymbolicLink()) return 'is a symbolic link; seeds must be regular files';
  if (entry.isDirectory()) return 'is a directory; seeds must be regular files';
  if (!entry.isFile()) return 'is a device, socket or pipe; seeds must be regular files';
  return null;
}

/**
 * Lists a seeds folder without following anything: only regular `*.txt` files are seeds;
 * a symbolic link, a directory named `*.txt`, a device or an unreadable file is an error
 * naming it; other names and nested folders are reported as ignored. Names are printed
 * with {@link printableName}, so a name cannot write escape sequences into the log.
 * @example (await listSeeds('seeds')).names // ['000_a.txt', '001_b.txt']
 */
export async function listSeeds(dir: string): Promise<SeedListing> {
  const listing: SeedListing = { names: [], errors: [], ignored: [] };
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    listing.errors.push(`${printableName(dir)}: cannot list the seeds folder (${code})`);
    return listing;
  }
  entries.sort((a, b) => compareCodePoints(a.name, b.name));
  for (const entry of entries) {
    const shown = printableName(join(dir, entry.name));
    const isSeedName = entry.name.endsWith('.txt');
    if (!isSeedName) {
      const what = entry.isDirectory()
        ? 'a folder; seeds are not read from subfolders'
        : 'not a *.txt file';
      listing.ignored.push(`${shown}: ignored: ${what}`);
      continue;
    }
    const wrong = kindOf(entry);
    if (hasUnprintable(entry.name)) {
      listing.errors.push(
        `${shown}: the name holds control, bidi or zero-width characters; rename it`,
      );
    } else if (wrong) listing.errors.push(`${shown}: ${wrong}`);
    else if (!(await readable(join(dir, entry.name)))) {
      listing.errors.push(`${shown}: cannot be read (check its permissions)`);
    } else listing.names.push(entry.name);
  }
  return listing;
}

async function readable(path: string): Promise<boolean> {
  try {
    await access(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}
