/**
 * `npm run check:clean`: fail when the working tree differs from the last
 * commit — a tracked file changed, or a file that git would track appeared.
 * Run after a build (CI does, in `.ci/run`; `npm run check:stale` builds
 * first), it fails when a generated file is stale: the build wrote what the
 * committed sources say, and the commit did not hold it.
 */
import { execFileSync } from 'node:child_process'

const changes = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' }).trimEnd()
if (changes) {
  console.error(
    `The working tree differs from the last commit:\n${changes}\n\nIf a build made these changes, a generated file was stale: commit what the build wrote.`,
  )
  process.exitCode = 1
} else {
  console.log('The working tree is the last commit: no generated file is stale.')
}
