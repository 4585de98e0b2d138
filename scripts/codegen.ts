/**
 * `npm run codegen`: emit `src/generated/` from the catalog JSON and the
 * taxonomy, removing generated files it no longer makes. Whether the
 * committed files are stale is `npm run check:stale`'s question.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { generatedDirectory as directory, generate, readInput } from './codegen/generate.ts'

const listed = (root: string): string[] =>
  existsSync(root)
    ? readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    : []

function main(): number {
  const files = generate(readInput())
  const wanted = new Set(files.map((file) => file.path))
  const stale = [
    ...files
      .filter((file) => !existsSync(join(directory, file.path)) || readFileSync(join(directory, file.path), 'utf8') !== file.text)
      .map((file) => file.path),
    ...listed(directory).filter((path) => !wanted.has(path)),
  ]
  for (const path of listed(directory)) if (!wanted.has(path)) rmSync(join(directory, path))
  for (const file of files) {
    mkdirSync(dirname(join(directory, file.path)), { recursive: true })
    writeFileSync(join(directory, file.path), file.text)
  }
  console.log(`${directory}: ${files.length} files, ${stale.length} changed`)
  return 0
}

process.exitCode = main()
