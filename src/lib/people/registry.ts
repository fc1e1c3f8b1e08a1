import { loadRegister } from './register.ts';
import type { Registry } from '../../schemas/people.ts';

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
