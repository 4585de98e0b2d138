// A status-callback webhook as an edge function writes it: the form-encoded body SignalWire posts,
// read with fromError from the lite entry point, and the docs of the code loaded lazily.
import { fromError, loadDocs } from 'signalwire-errors/lite'

export async function handleStatusCallback(request) {
  const body = Object.fromEntries(await request.formData())
  const entry = fromError(body)
  if (!entry) return Response.json({ sid: body.MessageSid, error: null })
  const docs = await loadDocs(entry.code)
  return Response.json({ sid: body.MessageSid, code: entry.code, name: entry.name, level: entry.level, firstCause: docs.causes[0] })
}
