/**
 * The README build's type check: runs `astro check` unless the code has not changed since it
 * last passed here, so a daily build that only adds articles does not type-check again.
 *
 *   node scripts/checks/type-check.ts [--force]
 *
 * A pass is remembered as the digest of what the check reads (scripts/checks/code-digest.ts)
 * in node_modules/.cache/archive-type-check/passed; a failure is never remembered.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { codeDigest } from './code-digest.ts';

const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
const root = process.cwd();
const stamp = join(root, 'node_modules/.cache/archive-type-check/passed');

const digest = codeDigest(root);
const passed = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
if (!values.force && passed === digest) {
  console.log(
    `astro check: skipped, the code is as it was when the check last passed (${digest.slice(0, 12)})`,
  );
} else {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'check'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(`${stamp}.tmp`, `${digest}\n`);
  renameSync(`${stamp}.tmp`, stamp);
}
