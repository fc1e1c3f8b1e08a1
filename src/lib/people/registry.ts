import constituencies from '../../data/constituencies.json' with { type: 'json' };
import parties from '../../data/parties.json' with { type: 'json' };
import people from '../../data/people.json' with { type: 'json' };
import { validateRegistry, type Registry } from './schema.ts';

let loaded: Registry | undefined;

/**
 * The registry from src/data (people.json, constituencies.json, parties.json),
 * parsed and cross-checked once; throws on any dangling reference.
 * @example compileMatcher(loadRegistry())
 */
export function loadRegistry(): Registry {
  loaded ??= validateRegistry(people, constituencies, parties);
  return loaded;
}
