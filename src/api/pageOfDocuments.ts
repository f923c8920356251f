import { headersWithCors, type Payload, type PayloadRequest } from 'payload'

import { contentGeneration, listenForContentChanges } from '@/cache/contentChanges'
import { cachedDocument, storeDocument } from '@/cache/documentCache'

import { callerScope, type Caller } from './caller'
import { graphqlPageOfDocuments } from './graphqlPageOfDocuments'
import { pageAround, plainNewsList, type Page } from './plainNewsList'
import { publishedNewsPageCounted } from './publishedTotals'

type Handle = (request: Request) => Promise<Response>

const listPaths = /^\/api\/(news|clusters|experts|contacts|media)$/

// How Payload renders each document: part of a document's key.
const rendering = ['locale', 'fallback-locale', 'fallbackLocale', 'depth']
// `where`, `sort`, `limit` and `page` choose the documents, on every request. Anything else
// Payload reads changes the documents themselves: such lists go to Payload whole.
const reshaping = /^(select|populate|joins|draft|pagination|trash)(\[|$)/

const covers = (params: URLSearchParams) =>
  [...params.keys()].every((name) => !reshaping.test(name))

function documentKeyOf(caller: Caller, collection: string, params: URLSearchParams) {
  const who = callerScope(caller)
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
 * Which documents, in which order, with the page's counts: a plain news list in one statement
 * of ours, any other list by Payload (the same request, for ids only).
 */
async function choosePage(
  request: Request,
  url: URL,
  caller: Caller,
  payload: Payload,
  collection: string,
  handle: Handle,
): Promise<{ page: Page; headers: Headers } | undefined> {
  const plain = collection === 'news' ? plainNewsList(caller, url.searchParams) : undefined
  if (plain) {
    const page = pageAround(await publishedNewsPageCounted(payload, plain), plain.limit, plain.page)
    // The headers of Payload's answers: Response.json's type, and its CORS defaults.
    const req = { payload, headers: request.headers } as PayloadRequest
    const headers = new Headers({ 'Content-Type': 'application/json' })
    return { page, headers: headersWithCors({ headers, req }) }
  }
  const answer = await handle(idsRequest(request, url))
  if (answer.status !== 200) return undefined
  const headers = new Headers(answer.headers)
  headers.delete('content-length')
  return { page: (await answer.json()) as Page, headers }
}

/**
 * A public list as Payload answers it, with each document's JSON taken from the document cache:
 * which documents is decided per request (`choosePage`), and Payload renders only the documents
 * not rendered since content last changed. Lists that reshape documents (`select`, `populate`,
 * drafts, ...) go to Payload whole. test/int/pageOfDocuments.int.spec.ts holds it to Payload's
 * answers, byte for byte.
 */
export async function pageOfDocuments(
  request: Request,
  caller: Caller,
  payload: Payload,
  handle: Handle,
): Promise<Response> {
  const url = new URL(request.url)
  const collection = listPaths.exec(url.pathname)?.[1]
  const readers = caller.kind === 'anonymous' || caller.kind === 'partner'
  if (request.method === 'POST' && url.pathname === '/api/graphql' && readers) {
    const plain = (await listenForContentChanges())
      ? await graphqlPageOfDocuments(request, caller, payload, handle)
      : undefined
    return plain ?? handle(request)
  }
  if (request.method !== 'GET' || !collection || !readers || !covers(url.searchParams)) {
    return handle(request)
  }
  if (!(await listenForContentChanges())) return handle(request)
  const generation = contentGeneration()
  const chosen = await choosePage(request, url, caller, payload, collection, handle)
  if (!chosen) return handle(request)
  const { page, headers } = chosen
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
  return new Response(body, { status: 200, headers })
}
