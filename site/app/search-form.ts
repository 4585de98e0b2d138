/**
 * The index's search form and the search it holds, shared by search.ts and
 * search-engine.ts: the box and the filters, read from and written to the
 * form and the address.
 */

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T
export const form = element<HTMLFormElement>('search')
export const query = element<HTMLInputElement>('q')
export const levelFilter = element<HTMLSelectElement>('level')
export const categoryFilter = element<HTMLSelectElement>('category')
/** The path the site is hosted under, as the build wrote it. */
export const base = document.body.dataset.base ?? '/'

/** A search: the box and the filters, as the form and the address hold them. */
export interface SearchState {
  readonly q: string
  readonly level: string
  readonly category: string
}

/** A value of a filter only if the filter offers it: the address is anyone's to write. */
const offered = (select: HTMLSelectElement, value: string | null): string =>
  value !== null && [...select.options].some((option) => option.value === value) ? value : ''

export function stateInAddress(): SearchState {
  const params = new URLSearchParams(location.search)
  return { q: params.get('q') ?? '', level: offered(levelFilter, params.get('level')), category: offered(categoryFilter, params.get('category')) }
}

export const stateOfForm = (): SearchState => ({ q: query.value, level: levelFilter.value, category: categoryFilter.value })

export function showInForm(state: SearchState): void {
  query.value = state.q
  levelFilter.value = state.level
  categoryFilter.value = state.category
}

export function addressOf(state: SearchState): string {
  const params = new URLSearchParams()
  if (state.q.trim()) params.set('q', state.q)
  if (state.level) params.set('level', state.level)
  if (state.category) params.set('category', state.category)
  const search = params.toString()
  return `${location.pathname}${search ? `?${search}` : ''}`
}

export const isEmpty = (state: SearchState): boolean => !state.q.trim() && !state.level && !state.category
