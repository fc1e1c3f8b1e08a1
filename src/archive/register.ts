import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mergeRegisters } from '../lib/people/merge.ts';
import { validateRegistry } from '../lib/people/validate-registry.ts';
import type { Registry } from '../schemas/people.ts';
import { importedRegisterSchema, type RegisterMeta } from '../schemas/register.ts';

/** The file an import writes, inside its output folder. */
export const REGISTER_FILE = 'register.json';

export interface LoadedRegister {
  registry: Registry;
  /** The import's meta, or null when there is no import (the editorial registry alone). */
  imported: RegisterMeta | null;
  /** `registry: <person>: editorial says X, TheyWorkForYou register says Y (editorial used)`. */
  disagreements: string[];
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

/**
 * The one register the ingest and the site read: the editorial registry (editorialDir's
 * people.json, constituencies.json, parties.json) merged with the imported register
 * (importedDir/register.json) when there is one. Editorial facts win; differences not
 * listed as known corrections come back in `disagreements`.
 * @example loadRegister({ importedDir: '' }).imported // null: the editorial registry alone
 */
export function loadRegister({
  editorialDir = 'src/data',
  importedDir = 'src/data/imported',
}: { editorialDir?: string; importedDir?: string } = {}): LoadedRegister {
  // Parsing, merging and checking ~2,000 people takes a few hundred ms: once per process for
  // the same files (the ingest reports the register, then builds with it), again if one changes.
  const key = filesKey(editorialDir, importedDir);
  const cached = loadedRegisters.get(key);
  if (cached) return cached;
  const loaded = readRegister(editorialDir, importedDir);
  loadedRegisters.set(key, loaded);
  return loaded;
}

const loadedRegisters = new Map<string, LoadedRegister>();

/**
 * Every file the register is read from, present or not (the import is optional): for keys
 * that must change when the register does.
 * @example registerFiles('src/data', '') // ['src/data/people.json', …, 'src/data/parties.json']
 */
export function registerFiles(editorialDir: string, importedDir: string): string[] {
  const files = ['people.json', 'constituencies.json', 'parties.json'].map((f) =>
    join(editorialDir, f),
  );
  if (importedDir !== '') files.push(join(importedDir, REGISTER_FILE));
  return files;
}

/** The register's files with their sizes and modification times: a key that changes with them. */
function filesKey(editorialDir: string, importedDir: string): string {
  return registerFiles(editorialDir, importedDir)
    .map((f) => {
      const stat = existsSync(f) ? statSync(f) : null;
      return `${f}:${stat ? `${stat.size}:${stat.mtimeMs}` : '-'}`;
    })
    .join('\0');
}

function readRegister(editorialDir: string, importedDir: string): LoadedRegister {
  const editorial = validateRegistry(
    readJson(join(editorialDir, 'people.json')),
    readJson(join(editorialDir, 'constituencies.json')),
    readJson(join(editorialDir, 'parties.json')),
  );
  const path = join(importedDir, REGISTER_FILE);
  if (importedDir === '' || !existsSync(path))
    return { registry: editorial, imported: null, disagreements: [] };
  const register = importedRegisterSchema.parse(readJson(path));
  const merged = mergeRegisters(editorial, register);
  const registry = validateRegistry(merged.people, merged.constituencies, merged.parties);
  return { registry, imported: register.meta, disagreements: merged.disagreements };
}

let loaded: Registry | undefined;
let editorial: Registry | undefined;

/**
 * The registry the site and the ingest use: src/data (people.json, constituencies.json,
 * parties.json) merged with the imported register in src/data/imported when there is one,
 * parsed and cross-checked once; throws on any dangling reference.
 * @example compileMatcher(loadRegistry())
 */
export function loadRegistry(): Registry {
  loaded ??= loadRegister().registry;
  return loaded;
}

/**
 * The editorial registry alone (src/data), whether or not a register is imported: for
 * specifications written against the editors' facts.
 * @example loadEditorialRegistry().people.length // 23
 */
export function loadEditorialRegistry(): Registry {
  editorial ??= loadRegister({ importedDir: '' }).registry;
  return editorial;
}
