/**
 * Makes sure Debian's Chromium is installed for the browser tests (Playwright cannot
 * download its own browsers here). As root it installs the `chromium` package with
 * apt-get; otherwise it says exactly what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

if (existsSync(path)) {
  console.log(`chromium: found ${path}`);
} else if (process.getuid?.() === 0) {
  console.log(`chromium: ${path} not found, installing Debian's chromium package`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  if (!existsSync(path)) throw new Error(`chromium: installed, but ${path} is still missing`);
} else {
  console.error(
    `chromium: ${path} not found. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`,
  );
  process.exit(1);
}
