import { type CodegenInput, type GeneratedFile, header, jsdocText, literal } from './module-text.ts'

const levelWord = { error: 'Error', warning: 'Warning' } as const

/**
 * `error-code.ts`: the `ErrorCode` map, name → code, with a JSDoc block on every
 * member (message, level, category, secondary message) for editor hovers.
 */
export function codesModule(input: CodegenInput): GeneratedFile {
  const members = input.catalog.errors.map((entry) => {
    const doc = [`${entry.code} · ${levelWord[entry.level]} · \`${entry.category}\``, '', jsdocText(entry.message)]
    if (entry.secondaryMessage) doc.push('', jsdocText(entry.secondaryMessage))
    if (entry.retiredSince)
      doc.push(
        '',
        `@deprecated Retired: SignalWire dropped this code from its catalog in ${jsdocText(entry.retiredSince)}. \`getError\` still returns its last known entry, with \`retired: true\`.`,
      )
    return `  /**\n${doc.map((line) => (line ? `   * ${line}` : '   *')).join('\n')}\n   */\n  readonly ${entry.name}: ${entry.code}`
  })
  const values = input.catalog.errors.map((entry) => `  ${entry.name}: ${entry.code},`)
  const text = `${header(input)}
/**
 * Every code of SignalWire's error catalog by name: \`ErrorCode.HTTP_RETRIEVAL_FAILURE === 11200\`.
 * Frozen; each member's JSDoc gives its level, category and messages.
 *
 * @example
 * \`\`\`ts
 * import { ErrorCode, getError } from 'signalwire-errors'
 *
 * if (body.code === ErrorCode.UNREACHABLE_DESTINATION_HANDSET) retryLater()
 * getError(ErrorCode.HTTP_RETRIEVAL_FAILURE).level // 'error'
 * \`\`\`
 */
export const ErrorCode: ErrorCodes = /* @__PURE__ */ Object.freeze({
${values.join('\n')}
})

/**
 * The type of \`ErrorCode\`. Its members carry the docs, so that the JavaScript
 * object stays free of comments (they would be parsed at every import).
 */
export interface ErrorCodes {
${members.join('\n')}
}

/** The numeric literal of every code of the catalog: \`10001 | 10002 | … | 90100\`. */
export type ErrorCode = ErrorCodes[keyof ErrorCodes]

/** The name of every code: \`'ACCOUNT_IS_NOT_ACTIVE' | … \`. */
export type ErrorName = keyof ErrorCodes
`
  return { path: 'error-code.ts', text }
}

/**
 * `info.ts`: types only. Per code its literal name, level and category, so that
 * lookups typed by a literal code return literal fields; and the code unions.
 */
export function infoModule(input: CodegenInput): GeneratedFile {
  const { errors } = input.catalog
  const rows = errors.map(
    (entry) => `  ${entry.code}: { name: ${literal(entry.name)}; level: ${literal(entry.level)}; category: ${literal(entry.category)} }`,
  )
  const union = (codes: number[]) => codes.map((code) => `\n  | ${code}`).join('')
  const text = `${header(input)}
/** Literal name, level and category of every code; the lookups' return types read it. */
export interface CodeInfo {
${rows.join('\n')}
}

/** Every warning-level code. */
export type WarningCode =${union(errors.filter((entry) => entry.level === 'warning').map((entry) => entry.code))}

/** Every error-level code. */
export type ErrorLevelCode =${union(errors.filter((entry) => entry.level === 'error').map((entry) => entry.code))}

/** The slug of every category of the taxonomy. */
export type Category =${input.taxonomy.map((category) => `\n  | ${literal(category.slug)}`).join('')}
`
  return { path: 'info.ts', text }
}
