/**
 * A docs page in HTML, at build time: micromark with GFM tables (53215's
 * table of rules), which escapes any HTML in the markdown rather than passing it.
 */
import { micromark } from 'micromark'
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table'
import { type Html, trusted } from './html.ts'

export const markdownToHtml = (markdown: string): Html => trusted(micromark(markdown, { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] }))
