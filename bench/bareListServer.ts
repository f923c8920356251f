/**
 * The two baselines of the partner benchmark, in `node:http`: the floor, one hand-written query
 * over Payload's tables answering what a partner's list asks for (GET /news?locale=sv); and the
 * ceiling, constant JSON with no database (GET /constant), kept here rather than as a route of
 * the app so that no production build carries it. Run in its own process, so it does not share
 * an event loop with the load generator.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import pg from 'pg'

const locales = ['fi', 'sv', 'en']

// Every item has all three translations, so an inner join returns what Payload's fallback
// to Finnish would. Each translation is published on its own (`news_locales._status`):
// published ones only, as anonymous readers see them.
const latestNews = `
  SELECT n.id, l.title, l.summary, l.slug, n.published_at AS "publishedAt",
    coalesce((
      SELECT json_agg(json_build_object('id', c.id, 'name', cl.name) ORDER BY r."order")
      FROM news_rels r
      JOIN clusters c ON c.id = r.clusters_id
      LEFT JOIN clusters_locales cl ON cl._parent_id = c.id AND cl._locale = $1::_locales
      WHERE r.parent_id = n.id AND r.path = 'clusters'
    ), '[]') AS clusters
  FROM news n
  JOIN news_locales l ON l._parent_id = n.id AND l._locale = $1::_locales
  WHERE l._status = 'published'
  ORDER BY n.published_at DESC NULLS LAST
  LIMIT 10`

const pool = new pg.Pool({ connectionString: process.argv[2], max: 10 })
// An idle connection dying at shutdown must not end the process with an unhandled error.
pool.on('error', () => {})

const constantBody = JSON.stringify({ ok: true, items: [] })

function json(response: http.ServerResponse, body: string) {
  response.writeHead(200, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  })
  response.end(body)
}

async function answer(request: http.IncomingMessage, response: http.ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://localhost')
  const locale = url.searchParams.get('locale') ?? 'fi'
  if (request.method === 'GET' && url.pathname === '/constant') return json(response, constantBody)
  if (request.method !== 'GET' || url.pathname !== '/news' || !locales.includes(locale)) {
    response.writeHead(404).end()
    return
  }
  // Named, so pg prepares the statement once per connection.
  const { rows } = await pool.query({ name: 'latest-news', text: latestNews, values: [locale] })
  json(response, JSON.stringify({ docs: rows }))
}

const server = http.createServer((request, response) => {
  answer(request, response).catch((error: unknown) => {
    console.error(error)
    if (!response.headersSent) response.writeHead(500)
    response.end()
  })
})

server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port })
})

process.on('disconnect', () => process.exit(0))
