import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON report feeds scripts/dev/test-summary.ts, which prints the suite's closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          // Some unit-project tests spawn the real ingest CLI; a busy 2-core machine needs headroom.
          testTimeout: 60_000,
          include: [
            'scripts/**/*.test.ts',
            'src/**/*.test.ts',
            'tests/ingest/**/*.test.ts',
            'tests/attack/**/*.test.ts',
            'tests/bench/**/*.test.ts',
            'tests/repo/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser, one server: files run one after another on two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
