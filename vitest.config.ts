import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'site/test/**/*.test.ts'],
    // The catalog is built once per test file; two cores in CI.
    pool: 'threads',
    testTimeout: 30_000,
  },
})
