import { defineConfig } from 'tsup'

/**
 * Dual ESM/CJS build with types. ESM keeps module boundaries as chunks, so
 * `loadDocs` fetches one category's docs chunk and bundlers shake the rest.
 */
export default defineConfig({
  entry: { index: 'src/index.ts', lite: 'src/lite.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  outDir: 'dist',
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  clean: true,
  sourcemap: false,
  dts: { entry: { index: 'src/index.ts', lite: 'src/lite.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
})
