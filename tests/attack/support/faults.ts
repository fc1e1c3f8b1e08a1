/**
 * A fault injected into a child process with `node --import ./tests/attack/support/faults.ts`:
 * `INGEST_FAULT=kill:rename:3` kills the process (SIGKILL) at its third rename,
 * `INGEST_FAULT=enospc:writeFile:2` makes its second write fail as a full disk does (after
 * writing half of the data), and `INGEST_FAULT=count` prints how many of each it made.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

type Async = (...args: unknown[]) => Promise<unknown>;
const [kind = '', op = '', nth = '0'] = (process.env.INGEST_FAULT ?? '').split(':');
const counts: Record<string, number> = { writeFile: 0, rename: 0 };
const promises = fs.promises as unknown as Record<string, Async>;

function diskFull(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

for (const name of Object.keys(counts)) {
  const original = promises[name]!;
  promises[name] = async (...args: unknown[]) => {
    counts[name] = (counts[name] ?? 0) + 1;
    if (name === op && counts[name] === Number(nth)) {
      if (kind === 'kill') process.kill(process.pid, 'SIGKILL');
      if (kind === 'enospc') {
        const [path, data] = args;
        if (typeof data === 'string') await original(path, data.slice(0, data.length >> 1));
        throw diskFull();
      }
    }
    return original(...args);
  };
}
syncBuiltinESMExports();
if (kind === 'count')
  process.on('exit', () => process.stderr.write(`faults: ${JSON.stringify(counts)}\n`));
