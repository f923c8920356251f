import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { translate } from '@/i18n'
import type { Cluster, Contact, Expert, Media, News } from '@/payload-types'

import * as client from '../../docs/examples/publicClient'

/**
 * What a partner developer meets first, against `npm run dev` with the demo content: every
 * curl example of the README and the API guides, run as written, and the typed client.
 * Registered by test/e2e/devServer.e2e.spec.ts, which starts the server once.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..')
const run = promisify(execFile)
const guides = ['README.md', 'docs/api.md', 'docs/partners.md', 'docs/reach.md']
/** The examples say http://localhost:3000; curl's own config sends them to the test's server. */
const documentedOrigin = 'localhost:3000'
const marker = /\n@@(\d{3})@@\n/

type Example = { file: string; line: number; script: string }

/** The fenced sh/bash blocks that call curl. */
function curlExamples(file: string): Example[] {
  const text = readFileSync(path.join(repoRoot, file), 'utf8')
  return [...text.matchAll(/^```(?:sh|bash)\n([\s\S]*?)^```$/gm)]
    .filter(([, script]) => /^\s*curl\b/m.test(script!))
    .map((found) => ({
      file,
      line: text.slice(0, found.index).split('\n').length,
      script: found[1]!,
    }))
}

/** Every `docs` list in an answer, at any depth (REST, GraphQL, search). */
const docsLists = (value: unknown): unknown[][] =>
  Array.isArray(value)
    ? value.flatMap(docsLists)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) =>
          key === 'docs' && Array.isArray(inner) ? [inner, ...docsLists(inner)] : docsLists(inner),
        )
      : []

/** Compile-time: the app's own documents still fit the client's types. */
type Fits<App, Client> = [App] extends [Client] ? true : false
const appFitsClient: [
  Fits<News, client.NewsItem>,
  Fits<Cluster, client.Cluster>,
  Fits<Expert, client.Expert>,
  Fits<Contact, client.Contact>,
  Fits<Media, client.Image>,
] = [true, true, true, true, true]

export function partnerFrontDoorTests(server: {
  baseUrl: () => string
  /** A partner key issued through the admin's endpoint, as the guide's key example needs. */
  partnerKey: () => Promise<string>
}) {
  describe('the partner developer’s front door', () => {
    const examples = guides.flatMap(curlExamples)

    it('finds the examples to run', () => {
      const calls = examples.flatMap(({ script }) => script.match(/^\s*curl\b/gm) ?? [])
      expect(calls.length).toBeGreaterThanOrEqual(15)
      for (const file of guides)
        expect(examples.some((example) => example.file === file)).toBe(true)
    })

    it('runs every curl example of the guides as written: each answers 2xx with something in it', async () => {
      const home = mkdtempSync(path.join(os.tmpdir(), 'curl-'))
      const port = new URL(server.baseUrl()).port
      // No globoff: an address with [...] must carry -g itself, as a reader's curl needs it.
      writeFileSync(
        path.join(home, '.curlrc'),
        [
          `connect-to = "localhost:3000:localhost:${port}"`,
          'silent',
          'show-error',
          'write-out = "\\n@@%{http_code}@@\\n"',
        ].join('\n'),
      )
      // A reader's shell: no NODE_ENV, whatever Next's types say.
      const env = Object.fromEntries(
        Object.entries({
          PATH: process.env.PATH!,
          HOME: home,
          CURL_HOME: home,
          XDG_CONFIG_HOME: home,
          ARCTIC_KEY: await server.partnerKey(),
        }),
      ) as NodeJS.ProcessEnv
      for (const { file, line, script } of examples) {
        const where = `${file}:${line}`
        expect(script, where).toContain(documentedOrigin)
        const { stdout } = await run('bash', ['-c', script], { env, cwd: home }).catch(
          (error: { stdout: string; stderr: string; code: number }) => {
            throw new Error(`${where} exited ${error.code}: ${error.stderr}\n${script}`)
          },
        )
        const parts = stdout.split(marker)
        const calls = script.match(/^\s*curl\b/gm)!.length
        expect(parts.length, `${where}: one answer per curl`).toBe(calls * 2 + 1)
        for (let at = 0; at < calls; at++) {
          const body = parts[at * 2]!
          const status = Number(parts[at * 2 + 1])
          expect(status, `${where} #${at + 1}: ${body.slice(0, 300)}`).toBeGreaterThanOrEqual(200)
          expect(status, `${where} #${at + 1}: ${body.slice(0, 300)}`).toBeLessThan(300)
          expect(body.trim(), `${where} #${at + 1}`).not.toBe('')
          if (!body.trimStart().startsWith('{')) continue
          const answer = JSON.parse(body)
          expect(answer.errors, `${where} #${at + 1}`).toBeUndefined()
          for (const docs of docsLists(answer)) {
            expect(docs.length, `${where} #${at + 1}: an empty list`).toBeGreaterThan(0)
          }
          if ('clusters' in answer && Array.isArray(answer.clusters)) {
            expect(answer.clusters.length, `${where} #${at + 1}: no cluster`).toBeGreaterThan(0)
          }
        }
      }
    }, 120_000)

    it('serves its OpenAPI description to anyone', async () => {
      const response = await fetch(`${server.baseUrl()}/api/openapi.json`)
      expect(response.status).toBe(200)
      const document = await response.json()
      expect(document.openapi).toBe('3.1.0')
      expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/news', '/match']))
    })

    it('reads the public collections, search and match with the typed client', async () => {
      expect(appFitsClient).toEqual([true, true, true, true, true])
      const newsroom = client.newsroomClient(server.baseUrl(), { language: 'sv' })
      const { docs } = await newsroom.find('news', {
        locale: 'sv',
        limit: 5,
        where: { 'clusters.slug': { equals: 'arctic-design' } },
      })
      expect(docs[0]!.title).toBe('Fler företag behövs i klusterverksamheten i Lappland')
      expect(docs[0]!.alternates?.map((alternate) => alternate.locale)).toEqual(['fi', 'sv', 'en'])

      const clusters = await newsroom.find('clusters', {
        locale: 'en',
        depth: 0,
        sort: 'displayOrder',
      })
      expect(clusters.docs).toHaveLength(6)
      const design = clusters.docs.find((cluster) => cluster.slug === 'arctic-design')!
      expect((await newsroom.findById('clusters', design.id, { locale: 'sv' })).name).toBe(
        'Arktisk design',
      )
      expect((await newsroom.find('experts', { locale: 'fi' })).docs.length).toBeGreaterThan(0)

      const hits = await newsroom.search('klusterverksamheten', { locale: 'sv', type: 'news' })
      expect(hits.docs[0]!.url).toContain('/sv/')
      const match = await newsroom.match(
        'Matkailuyritys haluaa kehittää ympärivuotisia tuotteita',
        {
          locale: 'fi',
          municipality: 'Rovaniemi',
        },
      )
      expect(match.clusters[0]!.slug).toBe('smart-and-sustainable-arctic-tourism')

      const refused = await newsroom.find('news', { depth: 9 as 3 }).catch((error) => error)
      expect(refused).toBeInstanceOf(client.NewsroomError)
      expect(refused).toMatchObject({
        status: 400,
        message: translate('sv', 'api.badDepth', { max: 3 }),
      })
    })
  })
}
