/**
 * Imports a Popolo register of MPs (TheyWorkForYou's `people.json`) into the archive's own
 * registry schema, as one git-ignored file the ingest and the site merge with src/data:
 *
 *   node scripts/registry-import.ts FILE [--out DIR] [--parties-complete-until YYYY-MM-DD]
 *     [--posts-complete-until YYYY-MM-DD] [--imported-on YYYY-MM-DD]
 */
import { parseArgs } from 'node:util';
import { importRegister, summarise } from './registry/import.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'src/data/imported' },
    'parties-complete-until': { type: 'string' },
    'posts-complete-until': { type: 'string' },
    'imported-on': { type: 'string', default: new Date().toISOString().slice(0, 10) },
    phrases: { type: 'string', default: 'src/data/role-phrases.json' },
  },
});

function date(name: string, value: string | undefined): string | null {
  if (value !== undefined && !DATE.test(value))
    throw new Error(`--${name} must be YYYY-MM-DD, not "${value}"`);
  return value ?? null;
}

async function main(): Promise<number> {
  if (positionals.length !== 1) {
    console.error(
      'usage: npm run registry:import -- FILE [--out DIR] [--parties-complete-until DATE] …',
    );
    return 2;
  }
  const postsCompleteUntil = date('posts-complete-until', values['posts-complete-until']);
  const { path, register } = await importRegister({
    file: positionals[0]!,
    out: values.out,
    importedOn: date('imported-on', values['imported-on'])!,
    partiesCompleteUntil: date('parties-complete-until', values['parties-complete-until']),
    postsCompleteUntil,
    phrasesFile: values.phrases,
  });
  console.log(summarise(register, path));
  if (!postsCompleteUntil)
    console.log(
      `  (open posts end at the source's latest post date, ${register.meta.postsCompleteUntil})`,
    );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(
    `registry:import failed, nothing written: ${error instanceof Error ? error.message : error}`,
  );
  process.exitCode = 1;
}
