/**
 * The error explorer: a static page built only on the public API of
 * `signalwire-errors/lite`, as a user's dashboard would be. Messages of all
 * codes load with the page; the docs of a code load when it is opened, and
 * the docs of all codes only once a search needs their causes and solutions.
 */
import { micromark } from 'micromark'
import {
  byCategory,
  categories,
  type ErrorEntry,
  type Filters,
  getError,
  type LiteEntry,
  loadDocs,
  matchesFilters,
  renderDocs,
  resolveLinks,
  searchEntries,
} from 'signalwire-errors/lite'

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T
const query = element<HTMLInputElement>('query')
const levelFilter = element<HTMLSelectElement>('level')
const categoryFilter = element<HTMLSelectElement>('category')
const count = element<HTMLParagraphElement>('count')
const results = element<HTMLUListElement>('results')
const searchView = element<HTMLElement>('search-view')
const codeView = element<HTMLElement>('code-view')
const article = element<HTMLElement>('entry')
const back = element<HTMLButtonElement>('back')

const all: readonly LiteEntry[] = categories.flatMap((category) => byCategory(category.slug)).sort((a, b) => a.code - b.code)
/** What search reads: lite entries until the docs of all codes are loaded, then full entries. */
let searchable: readonly (LiteEntry | ErrorEntry)[] = all
/** Whether the docs of every code have been asked for: they are loaded once. */
let docsRequested = false
/** Whether the code page was opened from the search page, so that Back can go back in history. */
let openedFromSearch = false
let lastOpened: number | undefined

for (const category of categories) categoryFilter.append(new Option(`${category.title} (${category.count})`, category.slug))

const filters = (): Filters => ({
  level: (levelFilter.value || undefined) as Filters['level'],
  category: (categoryFilter.value || undefined) as Filters['category'],
})

/** Load the docs of every code (a few chunks), so that search reads causes and solutions too. */
function loadAllDocs(): void {
  if (docsRequested) return
  docsRequested = true
  void Promise.all(all.map((entry) => loadDocs(entry.code))).then((entries) => {
    searchable = entries.filter((entry): entry is ErrorEntry => entry !== undefined)
    renderResults()
  })
}

function renderResults(): void {
  const text = query.value.trim()
  const shown = text ? searchEntries(searchable, text, filters()).map((hit) => hit.entry) : all.filter((entry) => matchesFilters(entry, filters()))
  const pending = text && searchable === all ? ' (searching messages; causes and solutions are loading…)' : ''
  count.textContent = text ? `${shown.length} ${shown.length === 1 ? 'code matches' : 'codes match'} “${text}”${pending}` : `${shown.length} codes`
  results.replaceChildren(...shown.map(resultItem))
}

function resultItem(entry: LiteEntry): HTMLLIElement {
  const item = document.createElement('li')
  const link = document.createElement('a')
  link.href = `#${entry.code}`
  link.dataset.code = String(entry.code)
  link.append(span('code', String(entry.code)), span(`level level-${entry.level}`, entry.level), span('message', entry.message))
  item.append(link)
  return item
}

function span(className: string, text: string): HTMLSpanElement {
  const node = document.createElement('span')
  node.className = className
  node.textContent = text
  return node
}

/** The code a URL opens: `#11200` or `?code=11200`. */
function codeInLocation(): string | undefined {
  const hash = /^#(\d+)$/.exec(location.hash)?.[1]
  return hash ?? new URLSearchParams(location.search).get('code') ?? undefined
}

function route(): void {
  const code = codeInLocation()
  if (code === undefined) showSearch()
  else void showCode(code)
}

function showSearch(): void {
  const returning = !codeView.hidden
  codeView.hidden = true
  searchView.hidden = false
  document.title = 'SignalWire error explorer'
  // Coming back from a code, focus returns to where the user left; a fresh page keeps the browser's focus order.
  if (!returning) return
  const link = lastOpened === undefined ? undefined : results.querySelector<HTMLAnchorElement>(`a[data-code="${lastOpened}"]`)
  ;(link ?? query).focus()
}

async function showCode(code: string): Promise<void> {
  const entry = getError(code)
  searchView.hidden = true
  codeView.hidden = false
  if (!entry) {
    article.replaceChildren(heading(`Unknown code ${code}`))
    focusHeading()
    return
  }
  lastOpened = entry.code
  document.title = `${entry.code} ${entry.message} · SignalWire error explorer`
  const loading = span('loading', 'Loading docs…')
  article.replaceChildren(heading(`${entry.code}: ${entry.message}`), metadata(entry), loading)
  focusHeading()
  const full = await loadDocs(entry.code)
  // A code opened meanwhile has its own page: this one's docs are not shown there.
  if (!full || codeInLocation() !== code) return
  loading.replaceWith(...docsNodes(full))
}

function heading(text: string): HTMLHeadingElement {
  const node = document.createElement('h2')
  node.textContent = text
  return node
}

function focusHeading(): void {
  const node = article.querySelector('h2')
  node?.setAttribute('tabindex', '-1')
  node?.focus()
}

function metadata(entry: LiteEntry): HTMLDListElement {
  const list = document.createElement('dl')
  list.className = 'meta'
  const title = categories.find((category) => category.slug === entry.category)?.title ?? entry.category
  for (const [term, value, className] of [
    ['Level', entry.level, `level level-${entry.level}`],
    ['Category', title, ''],
    ['Name', entry.name, 'code'],
  ] as const) {
    const pair = document.createElement('div')
    const dt = document.createElement('dt')
    dt.textContent = term
    const dd = document.createElement('dd')
    dd.textContent = value
    dd.className = className
    pair.append(dt, dd)
    list.append(pair)
  }
  return list
}

/**
 * The docs page under the explorer's own heading: without its title headings,
 * its sections at `h3`, rendered by micromark, which escapes any HTML in the
 * markdown; cross-references (`#12300`) are links within the explorer.
 */
function docsNodes(entry: ErrorEntry): Node[] {
  const docs = renderDocs(entry, { title: false, depth: 3 })
  if (docs === null) {
    const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text })
    return [...(entry.secondaryMessage ? [paragraph(entry.secondaryMessage)] : []), paragraph('SignalWire publishes no docs for this code.')]
  }
  const template = document.createElement('template')
  template.innerHTML = micromark(resolveLinks(docs, (code) => `#${code}`))
  return [...template.content.childNodes]
}

function goBack(): void {
  if (openedFromSearch) history.back()
  else location.hash = ''
}

query.addEventListener('input', () => {
  if (query.value.trim()) loadAllDocs()
  renderResults()
})
levelFilter.addEventListener('change', renderResults)
categoryFilter.addEventListener('change', renderResults)
element<HTMLFormElement>('search').addEventListener('submit', (event) => event.preventDefault())
back.addEventListener('click', goBack)

// Arrow keys move between the search box and the results.
document.addEventListener('keydown', (event) => {
  if (!codeView.hidden && event.key === 'Escape') return goBack()
  if (searchView.hidden || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return
  const links = [...results.querySelectorAll('a')]
  const at = links.indexOf(document.activeElement as HTMLAnchorElement)
  if (document.activeElement !== query && at < 0) return
  event.preventDefault()
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1
  ;(next < 0 ? query : links[Math.min(next, links.length - 1)])?.focus()
})

window.addEventListener('hashchange', (event) => {
  openedFromSearch = !/#\d+$/.test(new URL(event.oldURL).hash)
  route()
})

// `?code=11200` is the same page as `#11200`.
const deepLink = new URLSearchParams(location.search).get('code')
if (deepLink) history.replaceState(null, '', `${location.pathname}#${deepLink}`)
renderResults()
route()
