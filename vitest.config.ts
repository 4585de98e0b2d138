import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'site/test/**/*.test.ts'],
    // The catalogs most tests read are built once per run; two cores in CI, and many tests wait on child processes.
    globalSetup: ['test/global-setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
})
