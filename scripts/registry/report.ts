import { loadRegister } from '../../src/archive/register.ts';

/**
 * Prints which register the build uses and each disagreement between the editorial
 * registry and the imported one (the editorial fact is used).
 * @example reportRegister('src/data', 'src/data/imported')
 */
export function reportRegister(editorialDir: string, importedDir: string): void {
  const { registry, imported, disagreements } = loadRegister({ editorialDir, importedDir });
  if (!imported) return;
  console.log(
    `registry: ${registry.people.length} people, editorial and imported ` +
      `(${imported.source}, imported ${imported.importedOn})`,
  );
  for (const line of disagreements) console.log(line);
}
