/**
 * Serves the built archive (dist/) locally: `node scripts/serve/serve.ts [--port 4321] [--dir dist]`.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveStatic } from './static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
if (!existsSync(`${values.dir}/index.html`)) {
  console.error(`error: ${values.dir}/index.html not found: run "npm run build" first`);
  process.exit(1);
}
try {
  const { url } = await serveStatic(values.dir, Number(values.port), values.host);
  console.log(`The archive is being served at ${url}/ (Ctrl+C to stop)`);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  console.error(
    `error: ${values.host}:${values.port} is already in use (is the archive already being served?); stop that server or pass --port N`,
  );
  process.exit(1);
}
