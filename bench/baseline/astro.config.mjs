// The benchmark's baseline (BENCHMARKS.md): a bare Astro site, one content collection and one page
// per article, nothing else. bench/run.ts copies this folder into bench/out/ and builds it there.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
