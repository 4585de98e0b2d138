/**
 * `npm run site:audit`: Lighthouse (pinned at 12.2.3, the last release that
 * runs on Node 20) on the built site in headless Chromium, for the index and
 * 30003's page: performance, accessibility, best practices and SEO, each at
 * least 95 (mobile emulation with Lighthouse's simulated throttling). Not part
 * of `npm test`: a performance score moves with the machine's load.
 * `--categories=accessibility,best-practices,seo` audits only those.
 */
import type { AddressInfo } from 'node:net'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { executablePath } from '../test/browser.ts'
import { siteDirectory } from './build.ts'
import { serveFolder } from './serve.ts'

export const auditedPaths = ['/', '/30003/'] as const
export const allCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export const minimumScore = 95

export type Scores = Record<string, number>

/** Lighthouse's scores (0–100) of each page, by category. */
export async function auditSite(categories: readonly string[] = allCategories, folder = siteDirectory): Promise<Record<string, Scores>> {
  if (!executablePath) throw new Error('site:audit needs a Chromium: apt-get install chromium, or set CHROMIUM_PATH')
  const server = serveFolder(folder)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const chrome = await launch({
    chromePath: executablePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const scores: Record<string, Scores> = {}
    for (const path of auditedPaths) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, logLevel: 'error', onlyCategories: [...categories] })
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`)
      scores[path] = Object.fromEntries(Object.entries(result.lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]))
      const failing = Object.values(result.lhr.audits).filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
      )
      if (process.env.AUDIT_VERBOSE) for (const audit of failing) console.log(`  ${path} ${audit.id}: ${audit.score} ${audit.displayValue ?? ''}`)
    }
    return scores
  } finally {
    chrome.kill()
    server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const option = process.argv.find((arg) => arg.startsWith('--categories='))
  const categories = option ? option.slice('--categories='.length).split(',') : allCategories
  const scores = await auditSite(categories)
  let failed = false
  for (const [path, byCategory] of Object.entries(scores)) {
    for (const [category, score] of Object.entries(byCategory)) {
      const ok = score >= minimumScore
      failed ||= !ok
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${path.padEnd(9)} ${category.padEnd(15)} ${score}`)
    }
  }
  if (failed) {
    console.error(`site:audit: a score is below ${minimumScore}`)
    process.exitCode = 1
  }
}
