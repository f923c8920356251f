/**
 * How a partner site fetches the newest Swedish news of one cluster: docs/partners.md shows this
 * file, and the dev-server test runs it against `npm run dev`.
 */
import { PayloadSDK } from '@payloadcms/sdk'

import type { Config } from '@/payload-types'

type Headline = { title: string; url?: string }

/** With Payload's typed SDK; the key is optional (it adds scope and higher limits). */
export async function swedishNewsWithSdk(baseURL: string, cluster: string, apiKey?: string) {
  const sdk = new PayloadSDK<Config>({
    baseURL: `${baseURL}/api`,
    baseInit: apiKey ? { headers: { Authorization: `partners API-Key ${apiKey}` } } : {},
  })
  const { docs } = await sdk.find({
    collection: 'news',
    locale: 'sv',
    limit: 10,
    where: { 'clusters.slug': { equals: cluster } },
  })
  return docs.map((news): Headline => ({
    title: news.title,
    url: news.alternates?.find((alternate) => alternate.locale === 'sv')?.url,
  }))
}

/** With GraphQL and plain `fetch`. */
export async function swedishNewsWithGraphQL(baseURL: string, cluster: string) {
  const ask = async <T>(query: string, variables: object): Promise<T> => {
    const response = await fetch(`${baseURL}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
    const { data, errors } = await response.json()
    if (errors) throw new Error(errors[0].message)
    return data as T
  }
  const { Clusters } = await ask<{ Clusters: { docs: { id: number }[] } }>(
    'query ($slug: String) { Clusters(where: { slug: { equals: $slug } }) { docs { id } } }',
    { slug: cluster },
  )
  const { allNews } = await ask<{ allNews: { docs: { title: string; alternates: Headline[] }[] } }>(
    `query ($clusters: [JSON]) {
      allNews(locale: sv, limit: 10, where: { clusters: { in: $clusters } }) {
        docs { title alternates }
      }
    }`,
    { clusters: Clusters.docs.map((doc) => doc.id) },
  )
  return allNews.docs.map((news) => news.title)
}
