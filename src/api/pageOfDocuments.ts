import { contentGeneration, listenForContentChanges } from '@/cache/contentChanges'
import { cachedDocument, storeDocument } from '@/cache/documentCache'

import type { Caller } from './caller'

type Handle = (request: Request) => Promise<Response>
type Page = { docs: { id: number }[] } & Record<string, unknown>

const listPaths = /^\/api\/(news|clusters|experts|contacts|media)$/

// How Payload renders each document: part of a document's key.
const rendering = ['locale', 'fallback-locale', 'fallbackLocale', 'depth']
// `where`, `sort`, `limit` and `page` choose the documents; Payload answers them on every
// request. Anything else Payload reads changes the documents themselves: such lists go to Payload whole.
const reshaping = /^(select|populate|joins|draft|pagination|trash)(\[|$)/

const covers = (params: URLSearchParams) =>
  [...params.keys()].every((name) => !reshaping.test(name))

function documentKeyOf(caller: Caller, collection: string, params: URLSearchParams) {
  const who = caller.kind === 'partner' ? `partner:${caller.partner.id}` : 'public'
  const how = rendering.map((name) => `${name}=${params.get(name) ?? ''}`).join('&')
  return (id: number) => `${who} ${collection} ${how} ${id}`
}

/** The same request, asking Payload for the page's ids only: access, where, sort and counts. */
function idsRequest(request: Request, url: URL): Request {
  const ids = new URL(url)
  ids.searchParams.set('select[id]', 'true')
  ids.searchParams.set('depth', '0')
  return new Request(ids, { headers: request.headers })
}

/** The documents of `ids` as the page's own request would render them. */
function documentsRequest(request: Request, url: URL, ids: number[]): Request {
  const documents = new URL(url.pathname, url)
  for (const name of rendering) {
    const value = url.searchParams.get(name)
    if (value !== null) documents.searchParams.set(name, value)
  }
  ids.forEach((id, n) => documents.searchParams.set(`where[id][in][${n}]`, String(id)))
  documents.searchParams.set('limit', String(ids.length))
  return new Request(documents, { headers: request.headers })
}

async function fetchDocuments(request: Request, url: URL, ids: number[], handle: Handle) {
  const response = await handle(documentsRequest(request, url, ids))
  if (response.status !== 200) return undefined
  const { docs } = (await response.json()) as Page
  return new Map(docs.map((doc) => [doc.id, JSON.stringify(doc)]))
}

/**
 * A public list as Payload answers it, with each document's JSON taken from the document cache:
 * Payload still decides, per request, who may see which documents in which order (a query for
 * the ids alone), and renders only the documents not rendered since content last changed.
 * Lists that reshape documents (`select`, `populate`, drafts, ...) go to Payload whole.
 */
export async function pageOfDocuments(
  request: Request,
  caller: Caller,
  handle: Handle,
): Promise<Response> {
  const url = new URL(request.url)
  const collection = listPaths.exec(url.pathname)?.[1]
  const readers = caller.kind === 'anonymous' || caller.kind === 'partner'
  if (request.method !== 'GET' || !collection || !readers || !covers(url.searchParams)) {
    return handle(request)
  }
  if (!(await listenForContentChanges())) return handle(request)
  const generation = contentGeneration()
  const idsAnswer = await handle(idsRequest(request, url))
  if (idsAnswer.status !== 200) return handle(request)
  const page = (await idsAnswer.json()) as Page
  const ids = page.docs.map((doc) => doc.id)
  const keyOf = documentKeyOf(caller, collection, url.searchParams)
  const json = new Map(ids.map((id) => [id, cachedDocument(keyOf(id))]))
  const missing = ids.filter((id) => json.get(id) === undefined)
  if (missing.length) {
    const fetched = await fetchDocuments(request, url, missing, handle)
    if (!fetched || missing.some((id) => !fetched.has(id))) return handle(request)
    for (const [id, text] of fetched) {
      json.set(id, text)
      storeDocument(keyOf(id), text, generation)
    }
  }
  // A change between the two queries: the page and its documents may disagree.
  if (contentGeneration() !== generation) return handle(request)
  // Payload's answer is JSON.stringify of the page, documents first; only they are spliced in.
  const rest = JSON.stringify({ ...page, docs: [] })
  const body = rest.replace('"docs":[]', `"docs":[${ids.map((id) => json.get(id)).join(',')}]`)
  const headers = new Headers(idsAnswer.headers)
  headers.delete('content-length')
  return new Response(body, { status: 200, headers })
}
