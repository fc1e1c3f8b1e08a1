/**
 * Before the tests build the site: imports the shared test register of MPs
 * (../shared/registry/uk-commons.json) when it is present, so the build and the tests run with
 * the national register; without it (a fresh clone) the archive builds from src/data alone.
 * The shared register records no party change after January 2019, hence the clip.
 */
import { existsSync } from 'node:fs';
import { importRegister, summarise } from '../registry/import.ts';

const SHARED = '../shared/registry/uk-commons.json';

if (!existsSync(SHARED)) {
  console.log(
    `registry: ${SHARED} not found; building from the editorial registry alone (src/data)`,
  );
} else {
  const { path, register } = await importRegister({
    file: SHARED,
    out: 'src/data/imported',
    importedOn: new Date().toISOString().slice(0, 10),
    partiesCompleteUntil: '2019-01-31',
    postsCompleteUntil: null,
    phrasesFile: 'src/data/role-phrases.json',
  });
  console.log(summarise(register, path));
}
