import { createHash } from 'node:crypto'

import { headersWithCors, type Payload, type PayloadRequest } from 'payload'

import { contentGeneration } from '@/cache/contentChanges'
import { cachedDocument, storeDocument } from '@/cache/documentCache'

import { callerScope, type Caller } from './caller'
import { idAlias, plainGraphQLList, type PlainGraphQLList } from './plainGraphQLList'
import { pageAround } from './plainNewsList'
import { publishedNewsPageCounted } from './publishedTotals'

type Handle = (request: Request) => Promise<Response>
type Doc = Record<string, unknown>

/**
 * The content type graphql-http (Payload's GraphQL handler) answers with for this Accept, or
 * undefined where it would refuse it: the first media type it knows wins.
 */
function mediaType(accept: string | null): string | undefined {
  for (const entry of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [type, ...params] = entry.split(';')
    const charset = params.find((param) => param.includes('charset=')) ?? 'charset=utf-8'
    if (type === 'application/graphql-response+json' && charset === 'charset=utf-8') {
      return 'application/graphql-response+json; charset=utf-8'
    }
    const json = type === 'application/json' || type === 'application/*' || type === '*/*'
    if (json && (charset === 'charset=utf-8' || charset === 'charset=utf8')) {
      return 'application/json; charset=utf-8'
    }
  }
  return undefined
}

/** Payload renders the documents of `ids` with the list's own selection: their JSON by id. */
async function fetchDocuments(
  request: Request,
  list: PlainGraphQLList,
  ids: number[],
  handle: Handle,
) {
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  const body = JSON.stringify({ query: list.documentsQuery(ids) })
  const response = await handle(new Request(request.url, { method: 'POST', headers, body }))
  if (response.status !== 200) return undefined
  const answer = (await response.json()) as { data?: Record<string, Doc>; errors?: unknown }
  const docs = answer.data?.allNews?.[list.fields.find((field) => !field.name)!.key]
  if (answer.errors || !Array.isArray(docs)) return undefined
  return new Map(
    (docs as Doc[]).map(({ [idAlias]: id, ...doc }) => [id as number, JSON.stringify(doc)]),
  )
}

/**
 * A plain GraphQL news list (src/api/plainGraphQLList.ts) as Payload's GraphQL answers it: the
 * page chosen by the statement REST lists use, each document's JSON from the document cache,
 * rendered by Payload's GraphQL (the list's own selection) the first time since content
 * changed. Undefined for any other request, and whenever Payload's answer could differ.
 * test/int/pageOfDocuments.int.spec.ts holds it to Payload's answers, byte for byte.
 */
export async function graphqlPageOfDocuments(
  request: Request,
  caller: Caller,
  payload: Payload,
  handle: Handle,
): Promise<Response | undefined> {
  const contentType = mediaType(request.headers.get('accept'))
  const list =
    contentType && plainGraphQLList(caller, new URL(request.url), await request.clone().text())
  if (!list) return undefined
  const generation = contentGeneration()
  const { limit, page } = list.page
  const chosen = pageAround(await publishedNewsPageCounted(payload, list.page), limit, page)
  const ids = chosen.docs.map((doc) => doc.id)
  const rendering = createHash('sha256').update(list.rendering).digest('base64url')
  const keyOf = (id: number) => `${callerScope(caller)} graphql news ${rendering} ${id}`
  const json = new Map(ids.map((id) => [id, cachedDocument(keyOf(id))]))
  const missing = ids.filter((id) => json.get(id) === undefined)
  if (missing.length) {
    const fetched = await fetchDocuments(request, list, missing, handle)
    if (!fetched || missing.some((id) => !fetched.has(id))) return undefined
    for (const [id, text] of fetched) {
      json.set(id, text)
      storeDocument(keyOf(id), text, generation)
    }
  }
  // A change between the two queries: the page and its documents may disagree.
  if (contentGeneration() !== generation) return undefined
  const fields = list.fields.map(({ key, name }) => {
    const value = name
      ? JSON.stringify(chosen[name])
      : `[${ids.map((id) => json.get(id)).join(',')}]`
    return `${JSON.stringify(key)}:${value}`
  })
  const body = `{"data":{${JSON.stringify(list.responseKey)}:{${fields.join(',')}}}}`
  const req = { payload, headers: request.headers } as PayloadRequest
  const headers = headersWithCors({ headers: new Headers({ 'content-type': contentType }), req })
  return new Response(body, { status: 200, headers })
}
