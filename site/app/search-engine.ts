/**
 * The search itself, loaded by search.ts: ranks and filters the index's rows
 * with the library's own search as the user types (the rows are the build's,
 * reordered, so there is one row markup). Messages of all codes come with this
 * module; causes and solutions (the docs chunks) are fetched on the first
 * query, and the count says so until they are in.
 */
import {
  byCategory,
  categories,
  type ErrorEntry,
  type Filters,
  type LiteEntry,
  loadDocs,
  matchesFilters,
  searchEntries,
} from 'signalwire-errors/lite'
import { addressOf, base, categoryFilter, levelFilter, query, showInForm, stateInAddress, stateOfForm } from './search-form.ts'

const count = document.getElementById('count') as HTMLParagraphElement
const results = document.getElementById('results') as HTMLUListElement
const categoryLinks = document.getElementById('categories') as HTMLElement

const all: readonly LiteEntry[] = categories.flatMap((category) => byCategory(category.slug)).sort((a, b) => a.code - b.code)
/** What search reads: lite entries until the docs of all codes are loaded, then full entries. */
let searchable: readonly (LiteEntry | ErrorEntry)[] = all
let docsRequested = false
let shown: readonly LiteEntry[] = all
const rows = new Map<number, HTMLLIElement>()

/** Load the docs of every code (a few chunks), so that search reads causes and solutions too. */
function loadAllDocs(): void {
  if (docsRequested) return
  docsRequested = true
  void Promise.all(all.map((entry) => loadDocs(entry.code))).then((entries) => {
    searchable = entries.filter((entry): entry is ErrorEntry => entry !== undefined)
    render()
  })
}

function render(): void {
  const state = stateOfForm()
  const text = state.q.trim()
  const filters = { level: state.level || undefined, category: state.category || undefined } as Filters
  if (text) loadAllDocs()
  shown = text ? searchEntries(searchable, text, filters).map((hit) => hit.entry) : all.filter((entry) => matchesFilters(entry, filters))
  const pending = text && searchable === all ? ' (searching messages; causes and solutions are loading…)' : ''
  const codes = `${shown.length.toLocaleString('en-US')} ${shown.length === 1 ? 'code' : 'codes'}`
  count.textContent = text ? `${codes} ${shown.length === 1 ? 'matches' : 'match'} “${text}”${pending}` : codes
  // Replacing the rows blurs a focused one (the docs load while a user arrows
  // through the hits): it gets focus back, as visibly as it had it.
  const focused = results.contains(document.activeElement) ? (document.activeElement as HTMLElement) : undefined
  const visibly = focused?.matches(':focus-visible')
  results.replaceChildren(...shown.flatMap((entry) => rows.get(entry.code) ?? []))
  if (focused) (focused.isConnected ? focused : query).focus({ preventScroll: true, focusVisible: visibly })
  // While a query is typed, its hits come first on the page.
  categoryLinks.hidden = text !== ''
}

/** Open the top hit of the query, as Enter in the box does. */
export function openTopHit(): void {
  const top = shown[0]
  if (query.value.trim() && top) location.assign(`${base}${top.code}/`)
}

export function start(): void {
  for (const link of results.querySelectorAll<HTMLAnchorElement>('a[data-code]'))
    rows.set(Number(link.dataset.code), link.parentElement as HTMLLIElement)
  query.addEventListener('input', () => {
    render()
    // Typing refines one search: the address follows without a history entry per keystroke.
    history.replaceState(null, '', addressOf(stateOfForm()))
  })
  for (const filter of [levelFilter, categoryFilter]) {
    filter.addEventListener('change', () => {
      render()
      history.pushState(null, '', addressOf(stateOfForm()))
    })
  }
  window.addEventListener('popstate', () => {
    showInForm(stateInAddress())
    render()
  })
  // Arrow keys move between the search box and the results.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const links = [...results.querySelectorAll('a')]
    const at = links.indexOf(document.activeElement as HTMLAnchorElement)
    if (document.activeElement !== query && at < 0) return
    event.preventDefault()
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1
    ;(next < 0 ? query : links[Math.min(next, links.length - 1)])?.focus()
  })
  render()
  // The change that loaded this module (a first keystroke, a filter) starts a search of its own in history.
  const address = addressOf(stateOfForm())
  if (address !== location.pathname + location.search) history.pushState(null, '', address)
}
