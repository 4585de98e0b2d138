/**
 * The frame every page shares: a head with its title, description and
 * canonical address, a strict Content-Security-Policy (scripts only from the
 * site, no inline script or style), a header whose search form works without
 * JavaScript (it opens the index with `?q=`), and a footer.
 */
import { categories, type Level } from 'signalwire-errors'
import { type Html, html } from './html.ts'
import type { SiteUrl } from './site-url.ts'

export const siteName = 'SignalWire error codes'

export interface PageContent {
  /** The page's path under the base, '' for the index. */
  readonly path: string
  readonly title: string
  readonly description: string
  readonly main: Html
  /** Scripts the page loads, by file name under the base. */
  readonly scripts?: readonly string[]
  /** The index carries the search filters; other pages only the box. */
  readonly filters?: boolean
  /** The 404 page is served at any address: it has no canonical one and is not indexed. */
  readonly notFound?: boolean
}

const levelTitles: readonly (readonly [Level, string])[] = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
]

const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'"

function searchForm(site: SiteUrl, filters: boolean): Html {
  const levelOptions = levelTitles.map(([level, title]) => html`<option value="${level}">${title}</option>`)
  const categoryOptions = categories.map((category) => html`<option value="${category.slug}">${category.title} (${category.count})</option>`)
  return html`<form id="search" role="search" action="${site.base}" method="get">
<label for="q">Search codes, names, messages, causes and solutions</label>
<div class="box"><input id="q" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. 30003 or timeout" enterkeyhint="search"><button type="submit">Search</button></div>
${
  filters &&
  html`<div class="filters">
<label for="level">Level</label>
<select id="level" name="level"><option value="">All levels</option>${levelOptions}</select>
<label for="category">Category</label>
<select id="category" name="category"><option value="">All categories</option>${categoryOptions}</select>
</div>`
}
</form>`
}

/** A whole HTML document. */
export function layout(site: SiteUrl, content: PageContent): string {
  const scripts = (content.scripts ?? []).map((file) => html`<script type="module" src="${site.base}${file}"></script>`)
  const head = html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="color-scheme" content="light dark">
<title>${content.title}</title>
<meta name="description" content="${content.description}">
${content.notFound ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${site.root}${content.path}">`}
<link rel="icon" href="${site.base}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${site.base}style.css">
${scripts}`
  return html`<!doctype html>
<html lang="en">
<head>
${head}
</head>
<body data-base="${site.base}">
<a class="skip" href="#content">Skip to content</a>
<header>
<p class="site"><a href="${site.base}">${siteName}</a></p>
${searchForm(site, content.filters ?? false)}
</header>
<main id="content" tabindex="-1">
${content.main}
</main>
<footer>
<p>Data from SignalWire's error catalog, read by <a href="https://www.npmjs.com/package/signalwire-errors">signalwire-errors</a>. Not affiliated with SignalWire.</p>
</footer>
</body>
</html>
`.html
}
