/**
 * The built site as a crawler and a budget reader see it, without a browser:
 * a page per code, per category, the index, the 404 page, the sitemap, every
 * link resolving, and the size budget of a code page. Reads `dist-site/`
 * (built by `npm run build`) and builds once more under another address.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { byCategory, categories, getError, renderDocs } from 'signalwire-errors'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, siteDirectory } from '../build.ts'
import { clip } from '../pages/code-page.ts'
import { escapeHtml } from '../pages/html.ts'
import { defaultSiteUrl, siteUrl } from '../pages/site-url.ts'

const read = (path: string) => readFileSync(join(siteDirectory, path), 'utf8')
const all = categories.flatMap((category) => byCategory(category.slug)).sort((a, b) => a.code - b.code)
const gzip = (text: string) => gzipSync(text, { level: 9 }).length
/** What a code page may weigh, HTML and CSS together, gzipped. */
const pageBudget = 20 * 1024

const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]
const hrefs = (html: string) => [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((match) => (match[1] as string).replaceAll('&amp;', '&'))

/** The file a site address is served from, or undefined when it is not a file of the site. */
function fileOf(address: string): string | undefined {
  const path = address.split(/[?#]/)[0] as string
  const file = join(siteDirectory, path.endsWith('/') ? `${path}index.html` : path)
  return existsSync(file) ? file : undefined
}

function pagesOf(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((dirent) => {
    const path = join(prefix, dirent.name)
    if (dirent.isDirectory()) return pagesOf(folder, path)
    return path.endsWith('.html') ? [path] : []
  })
}

describe('the built site', () => {
  beforeAll(() => {
    if (!existsSync(join(siteDirectory, 'index.html'))) throw new Error(`${siteDirectory} is missing: run npm run build`)
  })

  it('has a page for each of the 1,049 codes with its title, description, canonical address, heading and fields, and no script', () => {
    expect(all).toHaveLength(1049)
    for (const entry of all) {
      const page = read(`${entry.code}/index.html`)
      expect(attribute(page, /<title>([^<]*)<\/title>/), String(entry.code)).toBe(escapeHtml(`SignalWire error ${entry.code}: ${entry.message}`))
      const description = attribute(page, /<meta name="description" content="([^"]*)">/) ?? ''
      expect(description, String(entry.code)).toMatch(new RegExp(`^SignalWire ${entry.level} ${entry.code}, `))
      expect(description.replace(/&[#\w]+;/g, '&').length, String(entry.code)).toBeLessThanOrEqual(155)
      expect(attribute(page, /<link rel="canonical" href="([^"]*)">/)).toBe(`${defaultSiteUrl}${entry.code}/`)
      expect(page).toContain(`<h1><span class="code">${entry.code}</span>: ${escapeHtml(entry.message)}</h1>`)
      expect(page).toContain(`<dd class="level level-${entry.level}">${entry.level}</dd>`)
      expect(page).toContain(`<dd class="code">${entry.name}</dd>`)
      expect(page).toContain(`<a href="/category/${entry.category}/">`)
      expect(page).not.toMatch(/<script/)
    }
  })

  it('shows each docs table as a table: as many <table>s as the page has table rules in markdown, and no line of pipes', () => {
    let tables = 0
    for (const entry of all) {
      const docs = renderDocs(getError(entry.code), { title: false })
      const expected = (docs?.match(/^\|(?: *:?-+:? *\|)+$/gm) ?? []).length
      const page = read(`${entry.code}/index.html`)
      expect((page.match(/<table>/g) ?? []).length, String(entry.code)).toBe(expected)
      expect(page, String(entry.code)).not.toMatch(/^\|/m)
      tables += expected
    }
    expect(tables).toBeGreaterThan(0)
    expect(read('53215/index.html')).toMatch(
      /<th>Code<\/th>\s*<th>Description<\/th>\s*<th>Explanation<\/th>\s*<th>Causes<\/th>\s*<th>Solutions<\/th>/,
    )
  })

  it('keeps every code page within 20 KB gzip of HTML and CSS', () => {
    const css = gzip(read('style.css'))
    const heaviest = all.map((entry) => ({ code: entry.code, size: gzip(read(`${entry.code}/index.html`)) + css })).sort((a, b) => b.size - a.size)[0]
    expect(heaviest?.size).toBeLessThanOrEqual(pageBudget)
  })

  it('resolves every link and script of every page to a file of the site, and links out only over https, http or mailto', () => {
    const pages = pagesOf(siteDirectory)
    expect(pages.length).toBe(1049 + categories.length + 2)
    const broken: string[] = []
    for (const page of pages) {
      for (const href of hrefs(read(page))) {
        if (href.startsWith('#')) continue
        if (/^(?:https?:|mailto:)/.test(href)) continue
        if (!href.startsWith('/') || !fileOf(href)) broken.push(`${page}: ${href}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('links 11200 to its related code 12300 with its message, and every page to its neighbours in its category', () => {
    expect(read('11200/index.html')).toMatch(
      /<h2 id="related">Related codes<\/h2>\s*<ul class="links"><li><a href="\/12300\/"><span class="code">12300<\/span> Invalid Content-Type<\/a><\/li><\/ul>/,
    )
    for (const category of categories) {
      const entries = byCategory(category.slug)
      entries.forEach((entry, at) => {
        const page = read(`${entry.code}/index.html`)
        const next = entries[at + 1]
        if (next)
          expect(page, String(entry.code)).toContain(
            `Next: <a href="/${next.code}/"><span class="code">${next.code}</span> ${escapeHtml(next.message)}</a>`,
          )
        else expect(page, String(entry.code)).not.toContain('Next:')
      })
    }
  })

  it('lists all codes on the index and each category’s codes on its page, in code order', () => {
    const listed = (page: string) => [...read(page).matchAll(/data-code="(\d+)"/g)].map((match) => Number(match[1]))
    expect(listed('index.html')).toEqual(all.map((entry) => entry.code))
    for (const category of categories) {
      expect(listed(`category/${category.slug}/index.html`)).toEqual(byCategory(category.slug).map((entry) => entry.code))
    }
  })

  it('loads the search script only on the index, the hints only on the 404 page, which is not indexed', () => {
    expect(read('index.html')).toContain('<script type="module" src="/search.js"></script>')
    const notFound = read('404.html')
    expect(notFound).toContain('<script type="module" src="/not-found.js"></script>')
    expect(notFound).toContain('<meta name="robots" content="noindex">')
    expect(notFound).not.toContain('rel="canonical"')
    expect(read('category/webhook/index.html')).not.toMatch(/<script/)
  })

  it('has a sitemap of every page but the 404 page, and a robots.txt that points to it', () => {
    const sitemap = read('sitemap.xml')
    const locations = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1])
    expect(locations).toHaveLength(1 + categories.length + 1049)
    expect(new Set(locations).size).toBe(locations.length)
    expect(locations).toContain(`${defaultSiteUrl}30003/`)
    expect(locations).toContain(`${defaultSiteUrl}category/webhook/`)
    expect(locations.some((location) => location?.endsWith('404.html'))).toBe(false)
    expect(read('robots.txt')).toContain(`Sitemap: ${defaultSiteUrl}sitemap.xml`)
  })

  it('clips a description at a word, with an ellipsis', () => {
    expect(clip('short text')).toBe('short text')
    expect(clip('one two three four', 12)).toBe('one two…')
    expect(clip(`${'a'.repeat(30)} b`, 12)).toBe(`${'a'.repeat(11)}…`)
  })
})

describe('the site under another address (SITE_URL)', () => {
  let folder: string
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'site-'))
    await buildSite(folder, siteUrl('https://docs.example.com/errors'))
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('starts every link with the base path and every canonical and sitemap address with the whole address', () => {
    const page = readFileSync(join(folder, '30003/index.html'), 'utf8')
    expect(page).toContain('<link rel="canonical" href="https://docs.example.com/errors/30003/">')
    expect(page).toContain('<body data-base="/errors/">')
    expect(hrefs(page).filter((href) => href.startsWith('/') && !href.startsWith('/errors/'))).toEqual([])
    expect(readFileSync(join(folder, 'sitemap.xml'), 'utf8')).toContain('<loc>https://docs.example.com/errors/category/webhook/</loc>')
  })

  it('refuses an address that is not one', () => {
    expect(() => siteUrl('errors.example.com')).toThrow('SITE_URL is not an address: "errors.example.com"')
    expect(() => siteUrl('ftp://example.com/')).toThrow('SITE_URL must be an http or https address')
    expect(() => siteUrl('https://example.com/?x=1')).toThrow('SITE_URL may not hold a query or a fragment')
  })
})
