import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { translate } from '@/i18n'
import { isLocale, type Locale } from '@/i18n/locales'
import { industryName } from '@/lapland/industrySections'
import type { JoinRequest } from '@/payload-types'

type Data = Partial<JoinRequest>

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number)

/** Names of the request's clusters in the company's language, as the caller may read them. */
async function clusterNames(props: UIFieldServerProps, ids: number[], locale: Locale) {
  if (!ids.length) return []
  const { docs } = await props.req.payload.find({
    collection: 'clusters',
    where: { id: { in: ids } },
    locale,
    depth: 0,
    limit: ids.length,
    overrideAccess: false,
    user: props.req.user,
    req: props.req,
  })
  return docs.map((cluster) => cluster.name)
}

async function newsTitle(props: UIFieldServerProps, id: number | undefined, locale: Locale) {
  if (!id) return undefined
  const news = await props.req.payload
    .findByID({
      collection: 'news',
      id,
      locale,
      depth: 0,
      overrideAccess: false,
      user: props.req.user,
      req: props.req,
    })
    .catch(() => null)
  return news?.title ?? undefined
}

/**
 * A join request told in words in the admin's language (where it came from, the company's
 * language, its industry by name), and a reply by email in the company's own language.
 */
export async function JoinRequestPanel(props: UIFieldServerProps) {
  const data = (props.data ?? {}) as Data
  if (!(props.id ?? data.id) || !data.company) return null
  const admin: Locale = isLocale(props.i18n.language) ? props.i18n.language : 'fi'
  const company: Locale = isLocale(data.source?.locale) ? data.source.locale : 'fi'
  const say = (key: Parameters<typeof translate>[1], values?: Record<string, string>) =>
    translate(admin, key, values)
  const clusters = await clusterNames(props, (data.clusters ?? []).map(idOf), company)
  const title = await newsTitle(
    props,
    data.source?.news ? idOf(data.source.news) : undefined,
    admin,
  )
  const industry = data.industry ? industryName(data.industry, admin) : undefined

  const subject = translate(company, 'join.reply.subject')
  const body = translate(company, 'join.reply.body', {
    name: data.contact?.name ?? '',
    company: data.company,
    clusters: clusters.join(', '),
  })
  // The address as written (its @ unescaped, as mail programs expect); the rest encoded.
  const to = encodeURIComponent(data.contact?.email ?? '').replace('%40', '@')
  const mailto = `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`

  return (
    <section aria-labelledby="join-request-about" style={{ marginBottom: 24 }}>
      <h3 id="join-request-about">{say('join.about')}</h3>
      <ul>
        <li>
          {data.source?.partnerSite
            ? say('join.about.partner', { site: data.source.partnerSite })
            : say('join.about.site')}
        </li>
        {title && <li>{say('join.about.news', { title })}</li>}
        <li>{say('join.about.language', { language: say(`language.${company}`) })}</li>
        {data.industry && (
          <li>{say('join.about.industry', { code: data.industry, name: industry ?? '' })}</li>
        )}
      </ul>
      {data.contact?.email && (
        <a className="btn btn--style-primary btn--size-small" href={mailto}>
          {say('join.reply', { language: say(`language.${company}`) })}
        </a>
      )}
    </section>
  )
}
