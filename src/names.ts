/**
 * The naming rule of `ErrorCode` keys. The build derives and locks names with
 * it; the runtime derives the names of entries with it instead of shipping
 * them twice. Dependency-free and side-effect-free.
 */

export const maxNameLength = 60
const danglingWords = /(?:_(?:A|AN|AND|AS|AT|BY|FOR|FROM|IN|IS|OF|ON|OR|THE|TO|WITH))+$/

/**
 * Derive the base identifier of a message:
 * 1. typographic quotes and apostrophes are dropped, `&` reads `AND`, accents are removed;
 * 2. the message splits into words at every character that is not a letter or digit;
 *    a word starting lower-case splits again at its camelCase humps (`profanityFilter`);
 * 3. words are upper-cased and joined by `_`; a leading digit gets a `_` before it;
 * 4. the result is cut at a word boundary to fit `limit` characters, and words
 *    that cannot end a name (`THE`, `OF`, `TO`, …) are dropped from the cut end.
 */
export function deriveName(message: string, limit = maxNameLength): string {
  const words = message
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['‘’`]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .flatMap((word) => (/^[a-z]/.test(word) ? word.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(' ') : [word]))
    .map((word) => word.toUpperCase())
  let name = words.join('_')
  if (/^\d/.test(name)) name = `_${name}`
  if (name.length > limit) {
    const cut = name.lastIndexOf('_', limit)
    name = name.slice(0, cut > 0 ? cut : limit).replace(danglingWords, '')
  }
  return name === '' || name === '_' ? 'CODE' : name
}

/** `BASE_CODE`: the base cut so that the whole fits the length limit. */
export const nameWithCode = (message: string, code: number): string => `${deriveName(message, maxNameLength - String(code).length - 1)}_${code}`
