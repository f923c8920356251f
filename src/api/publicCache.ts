import { createHash } from 'node:crypto'

import { parse } from 'graphql'

import { cachedResponse, matchesEtag } from '@/cache/responseCache'

import { callerScope, type Caller } from './caller'

// Published content only: file downloads carry their own validators, drafts need a session.
const publicPaths =
  /^\/api\/(news|events|clusters|experts|contacts|feeds|search|match|media(?!\/file\/))(\/|$)/

const maxAge = 'max-age=60, stale-while-revalidate=300'

/** A GraphQL body that only reads (no mutation) may be answered from the cache. */
function readOnlyGraphQL(body: Uint8Array): boolean {
  try {
    const { query } = JSON.parse(new TextDecoder().decode(body)) as { query?: unknown }
    if (typeof query !== 'string') return false
    return parse(query).definitions.every(
      (definition) => definition.kind !== 'OperationDefinition' || definition.operation === 'query',
    )
  } catch {
    return false
  }
}

// Partner sites send the same few queries again and again: each is parsed once.
const readOnlyBodies = new Map<string, boolean>()
const maxReadOnlyBodies = 1_000

function readOnlyBody(hash: string, body: Uint8Array): boolean {
  const known = readOnlyBodies.get(hash)
  if (known !== undefined) return known
  const readOnly = readOnlyGraphQL(body)
  if (readOnlyBodies.size >= maxReadOnlyBodies) readOnlyBodies.clear()
  readOnlyBodies.set(hash, readOnly)
  return readOnly
}

/** The cache key of a public read, or undefined when this request must not be cached. */
export function publicCacheKey(request: Request, caller: Caller, body?: Uint8Array) {
  if (caller.kind !== 'anonymous' && caller.kind !== 'partner') return undefined
  const url = new URL(request.url)
  const who = callerScope(caller)
  // Only a real GET: a POST that Payload answers as one (method override) has its query in the
  // body, which this key does not hold.
  if (request.method === 'GET' && publicPaths.test(url.pathname)) {
    return `${who} ${url.pathname}${url.search}`
  }
  if (request.method === 'POST' && url.pathname === '/api/graphql' && body) {
    const hash = createHash('sha256').update(body).digest('base64url')
    if (!readOnlyBody(hash, body)) return undefined
    // A 200 of GraphQL may carry `errors`, whose messages are in the request's language.
    const language = request.headers.get('accept-language')
    return `${who} graphql${url.search} ${language} ${hash}`
  }
  return undefined
}

const cachingHeaders = (caller: Caller, etag: string) =>
  new Headers({
    ETag: etag,
    'Cache-Control': caller.kind === 'partner' ? `private, ${maxAge}` : `public, ${maxAge}`,
    Vary: 'Authorization',
  })

/** Serves a public read from the cache, with an ETag and a 304 to a matching If-None-Match. */
export async function servePublicRead(
  request: Request,
  caller: Caller,
  key: string,
  produce: () => Promise<Response>,
): Promise<Response> {
  const { response, entry } = await cachedResponse(key, produce)
  if (!entry) return response
  const headers = cachingHeaders(caller, entry.etag)
  if (matchesEtag(request.headers.get('if-none-match'), entry.etag)) {
    return new Response(null, { status: 304, headers })
  }
  const merged = new Headers(response.headers)
  headers.forEach((value, name) => merged.set(name, value))
  return new Response(response.body, { status: 200, headers: merged })
}

/** Answers for a signed-in user are theirs alone. */
export const privateAnswer = (response: Response): Response => {
  if (response.headers.has('cache-control')) return response
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', 'private, no-store')
  return new Response(response.body, { status: response.status, headers })
}
