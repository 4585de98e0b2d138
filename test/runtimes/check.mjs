// Run by Bun and Deno in a scratch project that installed the packed tarball: both entry points, ESM
// and CommonJS, fromError on a webhook body, loadDocs of codes in two docs chunks, the JSON export
// with its import attribute, and errorCodeSchema. Prints one JSON line for the test to read.
import { createRequire } from 'node:module'
import { ErrorCode, fromError, getError } from 'signalwire-errors'
import * as lite from 'signalwire-errors/lite'
import catalog from 'signalwire-errors/catalog.json' with { type: 'json' }

const statusCallback = { MessageSid: 'SM7f3e2a', MessageStatus: 'undelivered', ErrorCode: '30003' }
const [first, other] = await Promise.all([lite.loadDocs(30003), lite.loadDocs(53215)])
const required = createRequire(import.meta.url)('signalwire-errors')

console.log(
  JSON.stringify({
    constant: ErrorCode.HTTP_RETRIEVAL_FAILURE,
    cause: getError(11200).causes[0],
    fromError: fromError(statusCallback)?.name,
    liteFromError: lite.fromError(statusCallback)?.message,
    docs: [first?.causes.length, other?.docs?.includes('| Code')],
    catalog: catalog.errors.length,
    commonJs: required.getError(30003).name,
    schema: lite.errorCodeSchema['~standard'].validate(' 30003 '),
  }),
)
