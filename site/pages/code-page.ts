/**
 * A code's page: everything the catalog says about it, readable without
 * JavaScript. Cross-references in the docs (`#12300`) become links to the
 * other code's page; related codes and the neighbours in its category are
 * listed with their messages.
 */
import { categories, type ErrorEntry, type LiteEntry, renderDocs, resolveLinks, toPlainText } from 'signalwire-errors'
import { categoryPath, codePath } from './code-list.ts'
import { type Html, html } from './html.ts'
import type { PageContent } from './layout.ts'
import { markdownToHtml } from './markdown.ts'
import type { SiteUrl } from './site-url.ts'

/** Search engines show about 155 characters of a description. */
const descriptionLength = 155

/** Text cut at a word to at most `length` characters, with an ellipsis when cut. */
export function clip(text: string, length = descriptionLength): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}

/** What a search engine shows under the title: which code this is, then what the catalog says of it first. */
function describe(entry: ErrorEntry): string {
  const sentence = (text: string) => text.trim().replace(/[.!]+$/, '')
  const what = `SignalWire ${entry.level} ${entry.code}, ${sentence(entry.message)}`
  const summary = toPlainText(entry.description ?? entry.secondaryMessage ?? '')
  return clip(summary && sentence(summary) !== sentence(entry.message) ? `${what}: ${summary}` : `${what} (${entry.name}).`)
}

function linkTo(site: SiteUrl, entry: LiteEntry): Html {
  return html`<a href="${site.base}${codePath(entry.code)}"><span class="code">${entry.code}</span> ${entry.message}</a>`
}

function docsOf(site: SiteUrl, entry: ErrorEntry): Html {
  const docs = renderDocs(entry, { title: false, depth: 2 })
  if (docs !== null) return markdownToHtml(resolveLinks(docs, (code) => `${site.base}${codePath(code)}`))
  return html`${entry.secondaryMessage && html`<p>${entry.secondaryMessage}</p>`}<p>SignalWire publishes no docs for this code.</p>`
}

export interface CodePageInput {
  readonly entry: ErrorEntry
  /** The entries of the code's category, in code order, for its neighbours. */
  readonly category: readonly LiteEntry[]
  readonly lookup: (code: number) => LiteEntry | undefined
}

export function codePage(site: SiteUrl, { entry, category, lookup }: CodePageInput): PageContent {
  const info = categories.find((each) => each.slug === entry.category)
  const title = info?.title ?? entry.category
  // `related` holds every code the docs link to, in code order, never the entry's own.
  const related = entry.related.flatMap((code) => lookup(code) ?? [])
  const at = category.findIndex((each) => each.code === entry.code)
  const previous = category[at - 1]
  const next = category[at + 1]
  const main = html`<nav aria-label="Breadcrumb" class="crumbs"><ol>
<li><a href="${site.base}">All codes</a></li>
<li><a href="${site.base}${categoryPath(entry.category)}">${title}</a></li>
<li aria-current="page">${entry.code}</li>
</ol></nav>
<article>
<h1><span class="code">${entry.code}</span>: ${entry.message}</h1>
<dl class="meta">
<div><dt>Level</dt><dd class="level level-${entry.level}">${entry.level}</dd></div>
<div><dt>Category</dt><dd><a href="${site.base}${categoryPath(entry.category)}">${title}</a></dd></div>
<div><dt>Name</dt><dd class="code">${entry.name}</dd></div>
${entry.retired && html`<div><dt>Status</dt><dd>Retired: no longer in SignalWire's catalog</dd></div>`}
</dl>
<div class="docs">
${docsOf(site, entry)}
</div>
${
  related.length > 0 &&
  html`<section aria-labelledby="related"><h2 id="related">Related codes</h2>
<ul class="links">${related.map((other) => html`<li>${linkTo(site, other)}</li>`)}</ul></section>`
}
</article>
<nav aria-label="Codes next to this one in ${title}" class="neighbours">
${previous && html`<p class="previous">Previous: ${linkTo(site, previous)}</p>`}
${next && html`<p class="next">Next: ${linkTo(site, next)}</p>`}
</nav>`
  return {
    path: codePath(entry.code),
    title: `SignalWire error ${entry.code}: ${entry.message}`,
    description: describe(entry),
    main,
  }
}
