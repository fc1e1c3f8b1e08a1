import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { mergeRegisters } from './merge.ts';
import {
  constituencySchema,
  partySchema,
  personSchema,
  type Registry,
} from '../../schemas/people.ts';
import { validateRegistry } from './validate-registry.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What an import says about itself (`register.json`'s `meta`). */
export const registerMetaSchema = z.object({
  source: z.literal('TheyWorkForYou register'),
  file: z.string(),
  importedOn: isoDate,
  /** Party stints end here: the source records no party change after it. */
  partiesCompleteUntil: isoDate.nullable(),
  /** Ministerial and shadow posts open in the source end here. */
  postsCompleteUntil: isoDate.nullable(),
  period: z.object({ from: isoDate.nullable(), to: isoDate.nullable() }),
  counts: z.object({
    people: z.number(),
    seats: z.number(),
    parties: z.number(),
    posts: z.number(),
  }),
});

/** `src/data/imported/register.json`, written by `npm run registry:import`. */
export const importedRegisterSchema = z.object({
  meta: registerMetaSchema,
  people: z.array(personSchema),
  constituencies: z.array(constituencySchema),
  parties: z.array(partySchema),
});

export type RegisterMeta = z.infer<typeof registerMetaSchema>;
export type ImportedRegister = z.infer<typeof importedRegisterSchema>;

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

/** The register's files with their sizes and modification times: a key that changes with them. */
function filesKey(editorialDir: string, importedDir: string): string {
  const files = ['people.json', 'constituencies.json', 'parties.json'].map((f) => join(editorialDir, f));
  if (importedDir !== '') files.push(join(importedDir, REGISTER_FILE));
  return files
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
