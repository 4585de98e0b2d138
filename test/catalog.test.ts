import { readFileSync } from 'node:fs'
import type { Nodes } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { toJson } from '../scripts/lib/emit.ts'
import { loadCurated } from '../scripts/lib/curated.ts'
import { buildCatalog } from '../scripts/lib/pipeline.ts'
import { catalogSchema } from '../scripts/lib/schema.ts'
import { rawPath, rawText, shipped } from './helpers.ts'

const parser = unified().use(remarkParse)
const committed = (path: string) => readFileSync(path, 'utf8')

describe('the shipped catalog', () => {
  const { catalog } = shipped()

  it('has 1,049 entries that pass the schema, sorted by code', () => {
    expect(catalogSchema.parse(JSON.parse(committed('data/catalog.json'))).errors).toHaveLength(1049)
    expect(catalog.source).toEqual({ file: 'catalog.raw.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), entries: 1049 })
    const codes = catalog.errors.map((entry) => entry.code)
    expect(codes).toEqual([...codes].sort((a, b) => a - b))
    expect(catalog.errors.filter((entry) => entry.level === 'warning')).toHaveLength(209)
  })

  it('is what the committed data files hold: catalog JSON, names lock and report are not stale', () => {
    expect(committed('data/catalog.json')).toBe(toJson(catalog))
    expect(committed('data/names.lock.json')).toBe(toJson(shipped().lock))
    const report = committed('data/catalog.report.txt')
    for (const file of shipped().files) for (const message of file.messages) expect(report).toContain(message.reason)
  })

  it('is byte-identical from one build to the next', () => {
    expect(toJson(buildCatalog(rawText, rawPath, loadCurated()).catalog)).toBe(toJson(catalog))
  })

  it('links only to the web, to e-mail or to other codes of the catalog', () => {
    const codes = new Set(catalog.errors.map((entry) => entry.code))
    for (const entry of catalog.errors) {
      for (const code of entry.related) expect(codes).toContain(code)
      visit(parser.parse(entry.docs ?? ''), 'link', (link) => {
        expect(link.url).toMatch(/^(https?:\/\/|mailto:|#\d+$)/)
        if (link.url.startsWith('#')) expect(entry.related).toContain(Number(link.url.slice(1)))
      })
    }
  })

  it('has docs markdown without raw HTML, in one structure', () => {
    for (const entry of catalog.errors) {
      const markdown = [entry.docs, entry.description, ...entry.causes, ...entry.solutions, ...entry.sections.map((section) => section.body)]
      for (const text of markdown) {
        visit(parser.parse(text ?? ''), (node: Nodes) => {
          expect(node.type, `${entry.code}: ${text}`).not.toBe('html')
        })
      }
      if (entry.docs === null) continue
      const headings = entry.docs.split('\n').filter((line) => /^#{1,6} /.test(line))
      expect(headings[0]).toBe(`## ${entry.level === 'error' ? 'Error' : 'Warning'} ${entry.code}`)
      expect(headings[1]).toMatch(/^### /)
      expect(headings.includes('#### Possible causes')).toBe(entry.causes.length > 0)
      expect(headings.includes('#### Possible solutions')).toBe(entry.solutions.length > 0)
      for (const heading of headings.slice(2)) expect(heading).toMatch(/^#{4,5} /)
    }
  })

  it('keeps literal angle-bracket text as escaped text, visible in the rendered text', () => {
    const withPlaceholders = catalog.errors.filter((entry) => /<(country|Dial|SessionSid|parameter name)>/.test(`${entry.message} ${entry.secondaryMessage}`))
    expect(withPlaceholders.map((entry) => entry.code)).toEqual(expect.arrayContaining([32214, 80203]))
    for (const entry of withPlaceholders) expect(entry.docs ?? '').toMatch(/\\</)
  })
})
