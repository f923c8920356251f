import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload, PayloadRequest } from 'payload'

import { eventTimeZone } from '@/events/calendar'
import type { locales } from '@/i18n/locales'

import { createInAllLocales } from './createInAllLocales'
import { clusterSeeds } from './data/clusters'
import { eventSeeds } from './data/events'
import type { Localized } from './data/localized'
import { newsSeeds } from './data/news'
import { contactSeeds, expertSeeds } from './data/people'

type Ids = Map<string, number | string>
type Context = {
  payload: Payload
  req: PayloadRequest
  toRichText: (paragraphs: string[]) => object
}

const perLocale = <T>(build: (locale: (typeof locales)[number]) => T): Localized<T> => ({
  fi: build('fi'),
  sv: build('sv'),
  en: build('en'),
})

const idsOf = (ids: Ids, keys: string[]) =>
  keys.map((key) => ids.get(key)).filter((id) => id !== undefined) as number[]

/**
 * The six Arctic Smartness clusters, the people named in the seed article, the event it ends
 * with and an upcoming demo event, and the article.
 */
export async function seedDemoContent(payload: Payload, req: PayloadRequest): Promise<void> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const toRichText = (paragraphs: string[]) =>
    convertMarkdownToLexical({ editorConfig, markdown: paragraphs.join('\n\n') })
  const context = { payload, req, toRichText }

  const clusters = await seedClusters(context)
  const experts = await seedExperts(context, clusters)
  await seedCoordinators(context, clusters, experts)
  const contacts = await seedContacts(context, clusters, experts)
  const events = await seedEvents(context, { clusters, contacts })
  await seedNews(context, { clusters, experts, contacts, events })
}

async function seedClusters({ payload, req, toRichText }: Context): Promise<Ids> {
  const ids: Ids = new Map()
  for (const cluster of clusterSeeds) {
    const id = await createInAllLocales({
      payload,
      req,
      collection: 'clusters',
      shared: {
        slug: cluster.slug,
        displayOrder: cluster.displayOrder,
        hostOrganisations: cluster.hostOrganisations,
        website: cluster.website,
      },
      localized: perLocale((locale) => ({
        name: cluster.name[locale],
        shortDescription: cluster.shortDescription[locale],
        description: toRichText(cluster.description[locale]) as never,
        focusAreas: cluster.focusAreas.map((area) => area[locale]),
      })),
    })
    ids.set(cluster.slug, id)
  }
  return ids
}

async function seedExperts({ payload, req }: Context, clusters: Ids): Promise<Ids> {
  const ids: Ids = new Map()
  for (const expert of expertSeeds) {
    const id = await createInAllLocales({
      payload,
      req,
      collection: 'experts',
      shared: {
        name: expert.name,
        slug: expert.key,
        organisation: expert.organisation,
        email: expert.email,
        languages: expert.languages,
        clusters: idsOf(clusters, expert.clusterSlugs),
      },
      localized: perLocale((locale) => ({
        title: expert.title[locale],
        bio: expert.bio[locale],
        expertiseAreas: expert.expertiseAreas.map((area) => area[locale]),
      })),
    })
    ids.set(expert.key, id)
  }
  return ids
}

/** Every demo cluster gets a coordinator, so a company's request to join reaches a person. */
async function seedCoordinators({ payload, req }: Context, clusters: Ids, experts: Ids) {
  for (const expert of expertSeeds) {
    for (const slug of expert.coordinates ?? []) {
      await payload.update({
        collection: 'clusters',
        id: clusters.get(slug)!,
        data: { coordinator: experts.get(expert.key) as number },
        req,
      })
    }
  }
}

async function seedContacts({ payload, req }: Context, clusters: Ids, experts: Ids): Promise<Ids> {
  const ids: Ids = new Map()
  for (const contact of contactSeeds) {
    const id = await createInAllLocales({
      payload,
      req,
      collection: 'contacts',
      shared: {
        kind: contact.kind,
        name: contact.name,
        organisation: contact.organisation,
        email: contact.email,
        clusters: idsOf(clusters, contact.clusterSlugs),
        expert: contact.expertKey ? (experts.get(contact.expertKey) as number) : undefined,
      },
      localized: perLocale((locale) => ({ role: contact.role[locale] })),
    })
    ids.set(contact.key, id)
  }
  return ids
}

async function seedEvents(
  { payload, req }: Context,
  related: { clusters: Ids; contacts: Ids },
): Promise<Ids> {
  const ids: Ids = new Map()
  for (const event of eventSeeds(new Date())) {
    const id = await createInAllLocales({
      payload,
      req,
      collection: 'events',
      shared: {
        _status: 'published',
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        format: event.format,
        capacity: event.capacity,
        recordingUrl: event.recordingUrl,
        languages: event.languages,
        clusters: idsOf(related.clusters, event.clusterSlugs),
        organisers: idsOf(related.contacts, event.organiserKeys),
        ...(event.venue && { venue: { address: event.venue.address } }),
      },
      localized: perLocale((locale) => ({
        title: event.title[locale],
        slug: event.slug[locale],
        lead: event.lead[locale],
        summary: event.summary?.[locale],
        ...(event.venue && { venue: { name: event.venue.name[locale] } }),
        // The same row ids in each language: the rows are shared, their texts per language.
        programme: event.programme.map((session, index) => ({
          id: `${event.key}-${index}`,
          startsAt: session.startsAt,
          startsAt_tz: eventTimeZone,
          title: session.title[locale],
          description: session.description?.[locale],
        })),
      })),
    })
    ids.set(event.key, id)
  }
  return ids
}

async function seedNews(
  { payload, req, toRichText }: Context,
  related: { clusters: Ids; experts: Ids; contacts: Ids; events: Ids },
): Promise<void> {
  for (const item of newsSeeds) {
    await createInAllLocales({
      payload,
      req,
      collection: 'news',
      shared: {
        _status: 'published',
        publishedAt: item.publishedAt,
        clusters: idsOf(related.clusters, item.clusterSlugs),
        experts: idsOf(related.experts, item.expertKeys),
        contacts: idsOf(related.contacts, item.contactKeys),
        events: idsOf(related.events, item.eventKeys),
      },
      localized: perLocale((locale) => ({
        title: item.title[locale],
        slug: item.slug[locale],
        summary: item.summary[locale],
        byline: item.byline[locale],
        body: toRichText(item.body[locale]) as never,
        externalLinks: item.externalLinks.map((link) => ({
          url: link.url,
          label: link.label[locale],
        })),
      })),
    })
  }
}
