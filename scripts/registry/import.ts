import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parsePopolo } from '../../src/schemas/popolo.ts';
import { REGISTER_FILE } from '../../src/archive/register.ts';
import { type ImportedRegister } from '../../src/schemas/register.ts';
import { validateRegistry } from '../../src/lib/people/validate-registry.ts';
import { convertPopolo } from './convert.ts';
import type { RolePhrase } from './roles.ts';
import { writeAtomically } from './write.ts';

export interface ImportRequest {
  file: string;
  out: string;
  importedOn: string;
  partiesCompleteUntil: string | null;
  postsCompleteUntil: string | null;
  phrasesFile: string;
}

/**
 * Reads, validates and converts a Popolo file, checks the result as a registry of its own,
 * and only then writes `register.json` in `out`. Throws, writing nothing, on a malformed file.
 * @example await importRegister({ file: 'people.json', out: 'src/data/imported', … })
 */
export async function importRegister(
  request: ImportRequest,
): Promise<{ path: string; register: ImportedRegister }> {
  const popolo = parsePopolo(JSON.parse(await readFile(request.file, 'utf8')));
  const phrases = JSON.parse(await readFile(request.phrasesFile, 'utf8')) as RolePhrase[];
  const register = convertPopolo(popolo, {
    file: basename(request.file),
    importedOn: request.importedOn,
    partiesCompleteUntil: request.partiesCompleteUntil,
    postsCompleteUntil: request.postsCompleteUntil,
    phrases,
  });
  validateRegistry(register.people, register.constituencies, register.parties);
  const path = await writeAtomically(
    request.out,
    REGISTER_FILE,
    `${JSON.stringify(register, null, 1)}\n`,
  );
  return { path, register };
}

/** The summary the import prints. */
export function summarise({ meta }: ImportedRegister, path: string): string {
  const { people, seats, parties, posts } = meta.counts;
  return [
    `registry:import: ${people} people, ${seats} seats, ${parties} parties, ${posts} posts`,
    `  -> ${path}`,
    `  period ${meta.period.from} to ${meta.period.to}`,
    meta.partiesCompleteUntil
      ? `  parties complete until ${meta.partiesCompleteUntil}`
      : '  parties: as the source has them (no --parties-complete-until)',
    `  posts recorded to ${meta.postsCompleteUntil}`,
  ].join('\n');
}
