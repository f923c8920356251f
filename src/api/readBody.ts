import { apiLimits } from '@/platform/apiLimits'
import type { Problem } from '@/platform/problems'

type Body = { bytes: Uint8Array<ArrayBuffer> } | { problem: Problem }

const tooLarge = (max: number): Body => ({
  problem: { key: 'api.bodyTooLarge', values: { max }, status: 413 },
})

/**
 * Reads a request body up to a limit (uploads get a larger one), refusing a declared or
 * streamed size past it before it is held in memory, and refusing JSON that does not parse.
 */
export async function readBody(request: Request): Promise<Body> {
  const contentType = request.headers.get('content-type') ?? ''
  const max = contentType.startsWith('multipart/form-data')
    ? apiLimits.maxUploadBytes
    : apiLimits.maxJsonBodyBytes
  if (Number(request.headers.get('content-length') ?? 0) > max) return tooLarge(max)

  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body?.getReader()
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength
    if (size > max) {
      await reader?.cancel()
      return tooLarge(max)
    }
    chunks.push(chunk.value)
  }
  const bytes = new Uint8Array(size)
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0)
  if (contentType.includes('json') && bytes.byteLength > 0 && !parses(bytes)) {
    return { problem: { key: 'api.malformedJson' } }
  }
  return { bytes }
}

function parses(bytes: Uint8Array): boolean {
  try {
    JSON.parse(Buffer.from(bytes).toString('utf8'))
    return true
  } catch {
    return false
  }
}
