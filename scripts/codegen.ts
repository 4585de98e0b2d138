/**
 * `npm run codegen`: emit `src/generated/` from the catalog JSON and the
 * taxonomy. `--check` writes nothing and exits 1 when a file would change.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { generate, generatedDirectory as directory, readInput } from './codegen/generate.ts'

const listed = (root: string): string[] =>
  existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name))) : []

function main(): number {
  const { check } = parseArgs({ options: { check: { type: 'boolean', default: false } } }).values
  const files = generate(readInput())
  const wanted = new Set(files.map((file) => file.path))
  const stale = [
    ...files.filter((file) => !existsSync(join(directory, file.path)) || readFileSync(join(directory, file.path), 'utf8') !== file.text).map((file) => file.path),
    ...listed(directory).filter((path) => !wanted.has(path)),
  ]
  if (check) {
    for (const path of stale) console.error(`${join(directory, path)}:1:1  error  Stale generated file: run \`npm run codegen\``)
    return stale.length ? 1 : 0
  }
  for (const path of listed(directory)) if (!wanted.has(path)) rmSync(join(directory, path))
  for (const file of files) {
    mkdirSync(dirname(join(directory, file.path)), { recursive: true })
    writeFileSync(join(directory, file.path), file.text)
  }
  console.log(`${directory}: ${files.length} files, ${stale.length} changed`)
  return 0
}

process.exitCode = main()
