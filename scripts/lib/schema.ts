import { z } from 'zod'

export const levelSchema = z.enum(['error', 'warning'])
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug')
export const nameSchema = z
  .string()
  .max(60)
  .regex(/^[A-Z_][A-Z0-9_]*$/, 'expected a SCREAMING_SNAKE_CASE identifier')
const codeSchema = z.number().int().min(1).max(999_999_999)
const markdownSchema = z.string().min(1)

const isSortedUnique = (values: readonly number[]) => values.every((value, index) => index === 0 || values[index - 1]! < value)

/** One error code of the catalog, as written to the catalog JSON. */
export const entrySchema = z
  .object({
    code: codeSchema,
    name: nameSchema,
    level: levelSchema,
    category: slugSchema,
    message: z.string().min(1),
    secondaryMessage: z.string().min(1).nullable(),
    description: markdownSchema.nullable(),
    causes: z.array(markdownSchema),
    solutions: z.array(markdownSchema),
    sections: z.array(z.object({ title: z.string().min(1), body: markdownSchema }).strict()),
    related: z.array(codeSchema).refine(isSortedUnique, 'expected sorted, distinct codes'),
    docs: markdownSchema.nullable(),
  })
  .strict()

export const sourceSchema = z
  .object({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    entries: z.number().int().min(0),
  })
  .strict()

/** The catalog JSON: provenance plus the entries sorted by code, names unique. */
export const catalogSchema = z
  .object({ source: sourceSchema, errors: z.array(entrySchema) })
  .strict()
  .superRefine((catalog, context) => {
    if (catalog.source.entries !== catalog.errors.length) {
      context.addIssue({ code: 'custom', path: ['source', 'entries'], message: `expected ${catalog.errors.length}, the number of errors` })
    }
    const names = new Set<string>()
    catalog.errors.forEach((entry, index) => {
      if (index > 0 && catalog.errors[index - 1]!.code >= entry.code) {
        context.addIssue({ code: 'custom', path: ['errors', index, 'code'], message: 'expected errors sorted by code, codes distinct' })
      }
      if (names.has(entry.name)) context.addIssue({ code: 'custom', path: ['errors', index, 'name'], message: `expected a unique name, \`${entry.name}\` is taken` })
      names.add(entry.name)
      for (const code of entry.related) {
        if (code === entry.code) context.addIssue({ code: 'custom', path: ['errors', index, 'related'], message: 'expected no link to itself' })
      }
    })
  })

export type Level = z.infer<typeof levelSchema>
export type Entry = z.infer<typeof entrySchema>
export type Catalog = z.infer<typeof catalogSchema>
/**
 * An entry before the naming, categorising and rendering steps, with what the
 * docs page needs beyond the entry's fields.
 */
export type DraftEntry = Omit<Entry, 'name' | 'category' | 'docs'> & {
  /** The secondary message as clean markdown for the docs page, or null. */
  docsSecondary: string | null
  /** False when the docs body is the literal `null`: such entries have no docs page. */
  hasDocs: boolean
}

/** Curated data: the category taxonomy. */
export const categorySchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1),
    description: z.string().min(1),
    ranges: z.array(z.tuple([codeSchema, codeSchema]).refine(([from, to]) => from <= to, 'expected [from, to] with from <= to')).min(1),
  })
  .strict()
export const taxonomySchema = z.array(categorySchema).min(1)
export type Category = z.infer<typeof categorySchema>

/** Curated data: the names lock, code → name. */
export const namesLockSchema = z.record(z.string().regex(/^\d+$/), nameSchema)
export type NamesLock = z.infer<typeof namesLockSchema>

/** Fields an override may set, with the reason it must give. */
export const overrideSchema = z
  .object({
    reason: z.string().min(1),
    level: levelSchema.optional(),
    category: slugSchema.optional(),
    message: z.string().min(1).optional(),
    secondaryMessage: z.string().min(1).nullable().optional(),
    description: markdownSchema.nullable().optional(),
    causes: z.array(markdownSchema).optional(),
    solutions: z.array(markdownSchema).optional(),
  })
  .strict()
export type Override = z.infer<typeof overrideSchema>
