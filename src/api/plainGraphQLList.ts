import {
  Kind,
  parse,
  print,
  type ArgumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql'

import type { PublishedPageQuery } from '@collections/News/publishedPage'

import type { Caller } from './caller'
import { plainNewsList } from './plainNewsList'

/** The fields of Payload's paginated list type that a page of ours answers (not `offset`). */
export const pageFields = [
  'totalDocs',
  'limit',
  'page',
  'totalPages',
  'hasNextPage',
  'hasPrevPage',
  'nextPage',
  'prevPage',
  'pagingCounter',
] as const
type PageField = (typeof pageFields)[number]

/** The alias under which the documents query asks for each document's id. */
export const idAlias = 'arcticPageId'

export type PlainGraphQLList = {
  page: PublishedPageQuery
  /** The answer's key under `data`: the field's alias, or `allNews`. */
  responseKey: string
  /** The list's own fields, in the order asked: `docs` (undefined) or a field of the page. */
  fields: { key: string; name?: PageField }[]
  /** Payload's query for the documents of some ids, as the list would render them. */
  documentsQuery: (ids: number[]) => string
  /** What renders a document: its language, fallback and the whole selection. */
  rendering: string
}

// The body keys graphql-http reads; Payload also reads `locale` and more from the body.
const bodyKeys = new Set(['query', 'operationName', 'variables'])
// Payload reads these from the address of a GraphQL request too.
const addressParams =
  /^(locale|fallback-locale|fallbackLocale|draft|depth|trash|select|populate|joins|where|sort|limit|page|pagination)(\[|$)/
const listArguments = new Set(['locale', 'fallbackLocale', 'limit', 'page'])
const fallbackValues = new Set(['fi', 'sv', 'en', 'none'])

type Body = { query?: unknown; operationName?: unknown; variables?: unknown }

function parsedBody(text: string): Body | undefined {
  try {
    const body = JSON.parse(text) as unknown
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined
    return Object.keys(body).every((key) => bodyKeys.has(key)) ? (body as Body) : undefined
  } catch {
    return undefined
  }
}

const noVariables = (variables: unknown) =>
  variables === undefined ||
  variables === null ||
  (typeof variables === 'object' && Object.keys(variables).length === 0)

/** The one query of the document, with no variables, directives, or fragments to resolve. */
function plainOperation(body: Body): OperationDefinitionNode | undefined {
  if (typeof body.query !== 'string' || !noVariables(body.variables)) return undefined
  let document
  try {
    document = parse(body.query)
  } catch {
    return undefined
  }
  const [operation, ...others] = document.definitions
  if (others.length || operation?.kind !== Kind.OPERATION_DEFINITION) return undefined
  if (operation.operation !== 'query' || operation.variableDefinitions?.length) return undefined
  if (operation.directives?.length) return undefined
  const name = body.operationName
  if (name !== undefined && name !== null && name !== operation.name?.value) return undefined
  return operation
}

/** A field as written, with no directives; anything else (fragments) is undefined. */
const plainField = (selection: SelectionNode | undefined): FieldNode | undefined =>
  selection?.kind === Kind.FIELD && !selection.directives?.length ? selection : undefined

/** The list's arguments as the address of a REST list would give them. */
function listParams(args: readonly ArgumentNode[]): URLSearchParams | undefined {
  const params = new URLSearchParams()
  for (const { name, value } of args) {
    if (!listArguments.has(name.value) || params.has(name.value)) return undefined
    const kind = name.value === 'limit' || name.value === 'page' ? Kind.INT : Kind.ENUM
    if (value.kind !== kind) return undefined
    params.set(name.value, value.value)
  }
  const fallback = params.get('fallbackLocale')
  if (fallback !== null && !fallbackValues.has(fallback)) return undefined
  return params
}

/** The list's own fields; undefined unless it asks for `docs` once and nothing else of its own. */
function listFields(list: FieldNode) {
  const fields: PlainGraphQLList['fields'] = []
  let docs: FieldNode | undefined
  const keys = new Set<string>()
  for (const selection of list.selectionSet?.selections ?? []) {
    const field = plainField(selection)
    if (!field || field.arguments?.length) return undefined
    const key = field.alias?.value ?? field.name.value
    if (keys.has(key)) return undefined
    keys.add(key)
    if (field.name.value === 'docs' && !docs && field.selectionSet) {
      docs = field
      fields.push({ key })
    } else if ((pageFields as readonly string[]).includes(field.name.value)) {
      fields.push({ key, name: field.name.value as PageField })
    } else return undefined
  }
  const ownId = docs?.selectionSet?.selections.some(
    (selection) => selection.kind === Kind.FIELD && selection.alias?.value === idAlias,
  )
  return docs && !ownId ? { fields, docs } : undefined
}

/**
 * The plain news list of a GraphQL request (one `allNews` with a language, `limit` and `page`
 * as literals, newest first), which `plainNewsList` lets us choose for this caller; undefined
 * for anything else, which Payload answers whole.
 */
export function plainGraphQLList(
  caller: Caller,
  url: URL,
  bodyText: string,
): PlainGraphQLList | undefined {
  if ([...url.searchParams.keys()].some((name) => addressParams.test(name))) return undefined
  const body = parsedBody(bodyText)
  const operation = body && plainOperation(body)
  const [root, ...more] = operation?.selectionSet.selections ?? []
  const list = plainField(root)
  if (more.length || list?.name.value !== 'allNews') return undefined
  const params = listParams(list.arguments ?? [])
  const page = params && plainNewsList(caller, params)
  const shape = page && listFields(list)
  if (!shape) return undefined
  const fallback = params.get('fallbackLocale')
  const listArgs = [`locale: ${page.locale}`, ...(fallback ? [`fallbackLocale: ${fallback}`] : [])]
  // The list's own fields are asked again so the query counts no less than the original in
  // Payload's complexity and depth limits: if it passes, the original would have.
  const others = (list.selectionSet?.selections ?? []).filter((field) => field !== shape.docs)
  const docsSelection = print(shape.docs.selectionSet!).slice(1, -1)
  const docsKey = shape.docs.alias ? `${shape.docs.alias.value}: docs` : 'docs'
  // Its id filter has no `in` in Payload's GraphQL schema.
  const documentsQuery = (ids: number[]) =>
    `{ allNews(${listArgs.join(', ')}, limit: ${ids.length}, where: { OR: [${ids.map((id) => `{ id: { equals: ${id} } }`).join(', ')}] }) { ${others.map(print).join(' ')} ${docsKey} { ${idAlias}: id ${docsSelection} } } }`
  return {
    page,
    responseKey: list.alias?.value ?? 'allNews',
    fields: shape.fields,
    documentsQuery,
    rendering: `${page.locale} ${fallback ?? ''} ${print(list.selectionSet!)}`,
  }
}
