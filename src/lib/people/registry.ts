import { loadRegister } from './register.ts';
import type { Registry } from './schema.ts';

let loaded: Registry | undefined;

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
