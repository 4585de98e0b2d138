/**
 * Lighthouse's accessibility, best-practices and SEO scores of the index and
 * 30003's page, at least 95 each, in `npm test`. Performance is left to
 * `npm run site:audit`: its score moves with the machine's load.
 */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { executablePath } from '../../test/browser.ts'
import { auditSite, minimumScore } from '../audit.ts'
import { siteDirectory } from '../build.ts'

describe.skipIf(!executablePath)('Lighthouse on the built site', () => {
  it(`scores accessibility, best practices and SEO at least ${minimumScore} on the index and on 30003's page`, { timeout: 180_000 }, async () => {
    if (!existsSync(`${siteDirectory}/index.html`)) throw new Error(`${siteDirectory} is missing: run npm run build`)
    const scores = await auditSite(['accessibility', 'best-practices', 'seo'])
    expect(Object.keys(scores)).toEqual(['/', '/30003/'])
    for (const [path, byCategory] of Object.entries(scores)) {
      expect(Object.keys(byCategory).sort(), path).toEqual(['accessibility', 'best-practices', 'seo'])
      for (const [category, score] of Object.entries(byCategory)) expect(score, `${path} ${category}`).toBeGreaterThanOrEqual(minimumScore)
    }
  })
})
