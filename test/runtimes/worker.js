// A Cloudflare Worker (module syntax) around the status-callback handler.
import { handleStatusCallback } from './handler.js'

export default { fetch: (request) => handleStatusCallback(request) }
