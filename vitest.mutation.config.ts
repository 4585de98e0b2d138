/**
 * The tests StrykerJS runs against each mutant of the runtime modules: those
 * that exercise the runtime in-process from the sources. Tests of dist/ and
 * of the catalog step cannot see a mutant of src/.
 */
import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config.ts'

export default mergeConfig(
  { ...base, test: { ...base.test, projects: undefined } },
  defineConfig({
    test: {
      include: ['test/runtime.test.ts', 'test/hostile-input.test.ts', 'test/names.test.ts', 'test/cli-run.test.ts'],
    },
  }),
)
