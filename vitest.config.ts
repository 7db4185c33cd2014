import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/fixtures.test.ts', 'test/convert-fixtures.test.ts'], environment: 'node', env: { TZ: 'UTC' } },
      },
      {
        test: { name: 'reliability', include: ['test/reliability/**/*.test.ts'], globalSetup: ['test/reliability/summary.ts'], environment: 'node', env: { TZ: 'UTC' }, testTimeout: 60_000 },
      },
      {
        // The reliability layers that need the built extension in a real browser (after `npm run build`).
        test: {
          name: 'reliability-browser',
          include: ['test/e2e/reliability/**/*.test.ts'],
          globalSetup: ['test/reliability/summary.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: ['test/e2e/reliability/**'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
});
