import * as restRoute from '@/app/(payload)/api/[...slug]/route'
import * as graphqlRoute from '@/app/(payload)/api/graphql/route'

const origin = 'http://localhost:3000'

type Init = Omit<RequestInit, 'body'> & { body?: unknown; token?: string }

function buildRequest(url: string, { body, token, headers, ...init }: Init): Request {
  const allHeaders = new Headers(headers)
  if (token) allHeaders.set('Authorization', `JWT ${token}`)
  if (body !== undefined && typeof body !== 'string' && !(body instanceof FormData)) {
    allHeaders.set('Content-Type', 'application/json')
  }
  const payloadBody =
    body === undefined || typeof body === 'string' || body instanceof FormData
      ? body
      : JSON.stringify(body)
  return new Request(url, { ...init, headers: allHeaders, body: payloadBody as BodyInit })
}

/** Calls the app's own REST route handlers (Payload's, behind our guard), as Next would. */
export async function rest(path: string, init: Init = {}): Promise<Response> {
  const method = (init.method ?? 'GET') as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  const request = buildRequest(`${origin}/api/${path}`, { ...init, method })
  const slug = path.split('?')[0]!.split('/')
  return restRoute[method](request, { params: Promise.resolve({ slug }) })
}

/** Calls the app's GraphQL route handler. */
export async function graphql(
  query: string,
  {
    token,
    search = '',
    headers,
    variables,
  }: {
    token?: string
    search?: string
    headers?: HeadersInit
    variables?: Record<string, unknown>
  } = {},
): Promise<Response> {
  const request = buildRequest(`${origin}/api/graphql${search}`, {
    method: 'POST',
    body: variables ? { query, variables } : { query },
    token,
    headers,
  })
  return graphqlRoute.POST(request, undefined)
}

export async function login(email: string, password: string): Promise<string> {
  const response = await rest('users/login', { method: 'POST', body: { email, password } })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`login failed for ${email}: ${response.status}`)
  return token
}
