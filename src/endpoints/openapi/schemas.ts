/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 has them) of what the public API answers. Only `id` is
 * required of a document: `select` may leave out any other field. Relations are ids at depth 0
 * and documents deeper.
 */
import { rankedNewsLimit } from '@/search/searchIndex'

const text = { type: 'string' }
const optionalText = { type: ['string', 'null'] }
const texts = { type: ['array', 'null'], items: text }
const timestamp = { type: 'string', format: 'date-time' }
const optionalTimestamp = { type: ['string', 'null'], format: 'date-time' }
const locale = { type: 'string', enum: ['fi', 'sv', 'en'] }
const translation = {
  type: ['string', 'null'],
  enum: ['missing', 'draft', 'published', 'stale', null],
}
const relation = (schema: string) => ({
  anyOf: [{ type: 'integer' }, { $ref: `#/components/schemas/${schema}` }],
})
const optionalRelation = (schema: string) => ({ anyOf: [{ type: 'null' }, relation(schema)] })
const relations = (schema: string) => ({ type: ['array', 'null'], items: relation(schema) })
const richText = {
  type: ['object', 'null'],
  description: 'Lexical rich text (its JSON, as Payload stores it).',
  properties: { root: { type: 'object' } },
}
const seoMeta = {
  type: 'object',
  properties: { title: optionalText, description: optionalText, image: optionalRelation('Media') },
}
const translationStatus = {
  translationFi: translation,
  translationSv: translation,
  translationEn: translation,
  textUpdatedAt: optionalTimestamp,
}
const stamps = { createdAt: timestamp, updatedAt: timestamp }
const helsinki = { type: 'string', enum: ['Europe/Helsinki'] }
const alternates = {
  type: 'array',
  description: 'The languages that really have this document (not a fallback), for hreflang.',
  items: {
    type: 'object',
    required: ['locale', 'slug', 'url'],
    properties: { locale, slug: text, url: { type: 'string', format: 'uri' } },
  },
}
const contentLocales = (fields: string[]) => ({
  type: 'object',
  description: 'The language each text is really in (Finnish where it fell back).',
  properties: Object.fromEntries(
    fields.map((field) => [field, { anyOf: [locale, { type: 'null' }] }]),
  ),
})
const publishStatus = { type: ['string', 'null'], enum: ['published', 'draft', null] }

const document = (properties: Record<string, unknown>, description: string) => ({
  type: 'object',
  description,
  required: ['id'],
  properties: { id: { type: 'integer' }, ...properties, ...stamps },
})

const imageSize = {
  type: 'object',
  properties: {
    url: optionalText,
    width: { type: ['integer', 'null'] },
    height: { type: ['integer', 'null'] },
    mimeType: optionalText,
    filesize: { type: ['integer', 'null'] },
    filename: optionalText,
  },
}

export const schemas = {
  News: document(
    {
      title: text,
      slug: text,
      summary: optionalText,
      body: richText,
      heroImage: optionalRelation('Media'),
      externalLinks: {
        type: ['array', 'null'],
        items: {
          type: 'object',
          required: ['url', 'label'],
          properties: { url: text, label: text, id: optionalText },
        },
      },
      contacts: relations('Contact'),
      clusters: relations('Cluster'),
      experts: relations('Expert'),
      byline: optionalText,
      publishedAt: optionalTimestamp,
      alternates,
      contentLocales: contentLocales(['title', 'summary', 'body', 'byline']),
      meta: seoMeta,
      _status: publishStatus,
      ...translationStatus,
    },
    'A news item in one language.',
  ),
  Event: document(
    {
      title: text,
      slug: text,
      lead: optionalText,
      body: richText,
      startsAt: { ...timestamp, description: 'UTC; shown in Europe/Helsinki (`startsAt_tz`).' },
      startsAt_tz: helsinki,
      endsAt: timestamp,
      endsAt_tz: helsinki,
      format: { type: 'string', enum: ['onSite', 'online', 'hybrid'] },
      venue: {
        type: 'object',
        properties: { name: optionalText, address: optionalText, mapUrl: optionalText },
      },
      onlineUrl: optionalText,
      languages: { type: ['array', 'null'], items: text, description: 'Languages spoken.' },
      programme: {
        type: ['array', 'null'],
        items: {
          type: 'object',
          required: ['startsAt'],
          properties: {
            id: optionalText,
            startsAt: timestamp,
            startsAt_tz: helsinki,
            endsAt: optionalTimestamp,
            endsAt_tz: { anyOf: [helsinki, { type: 'null' }] },
            title: optionalText,
            description: optionalText,
            speakers: relations('Expert'),
          },
        },
      },
      capacity: { type: ['integer', 'null'], description: 'Seats; none: no limit.' },
      registrationOpensAt: optionalTimestamp,
      registrationOpensAt_tz: { anyOf: [helsinki, { type: 'null' }] },
      registrationClosesAt: {
        ...optionalTimestamp,
        description: 'None: registration closes when the event starts.',
      },
      registrationClosesAt_tz: { anyOf: [helsinki, { type: 'null' }] },
      recordingUrl: optionalText,
      summary: { ...optionalText, description: 'Afterwards: what happened.' },
      materials: {
        type: ['array', 'null'],
        items: {
          type: 'object',
          required: ['label'],
          properties: {
            id: optionalText,
            label: text,
            url: optionalText,
            file: optionalRelation('Media'),
          },
        },
      },
      clusters: relations('Cluster'),
      organisers: relations('Contact'),
      speakers: relations('Expert'),
      alternates,
      contentLocales: contentLocales(['title', 'lead', 'body', 'summary']),
      _status: publishStatus,
      ...translationStatus,
    },
    'An event in one language. Registrants are never part of it.',
  ),
  Cluster: document(
    {
      name: text,
      slug: text,
      shortDescription: optionalText,
      description: richText,
      focusAreas: texts,
      hostOrganisations: texts,
      website: optionalText,
      logo: optionalRelation('Media'),
      coordinator: optionalRelation('Expert'),
      contacts: relations('Contact'),
      displayOrder: { type: 'number' },
      meta: seoMeta,
      ...translationStatus,
    },
    'An Arctic Smartness cluster.',
  ),
  Expert: document(
    {
      name: text,
      slug: text,
      title: optionalText,
      organisation: optionalText,
      email: optionalText,
      phone: optionalText,
      clusters: relations('Cluster'),
      expertiseAreas: texts,
      bio: optionalText,
      photo: optionalRelation('Media'),
      languages: { type: ['array', 'null'], items: text },
      ...translationStatus,
    },
    'A person to ask.',
  ),
  Contact: document(
    {
      kind: { type: 'string', enum: ['person', 'office'] },
      name: text,
      role: optionalText,
      organisation: optionalText,
      email: optionalText,
      phone: optionalText,
      clusters: relations('Cluster'),
      expert: optionalRelation('Expert'),
    },
    'A contact point under items: a person or an office.',
  ),
  Media: document(
    {
      alt: text,
      caption: optionalText,
      credit: optionalText,
      url: optionalText,
      thumbnailURL: optionalText,
      filename: optionalText,
      mimeType: optionalText,
      filesize: { type: ['integer', 'null'] },
      width: { type: ['integer', 'null'] },
      height: { type: ['integer', 'null'] },
      focalX: { type: ['number', 'null'] },
      focalY: { type: ['number', 'null'] },
      sizes: {
        type: 'object',
        properties: { thumbnail: imageSize, card: imageSize, hero: imageSize },
      },
    },
    'An image, with its alt text.',
  ),
  Errors: {
    type: 'object',
    required: ['errors'],
    description: 'Why a request was refused, in the request’s language.',
    properties: {
      errors: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', required: ['message'], properties: { message: text } },
      },
    },
  },
  Accepted: {
    type: 'object',
    required: ['message'],
    properties: {
      message: { ...text, description: 'What happens next, in the request’s language.' },
    },
  },
  SearchResult: {
    type: 'object',
    required: ['docs', 'totalDocs', 'page', 'limit', 'totalPages', 'capped', 'locale', 'q'],
    properties: {
      docs: {
        type: 'array',
        items: {
          type: 'object',
          required: ['collection', 'id', 'slug', 'title', 'snippet', 'publishedAt', 'rank'],
          properties: {
            collection: { type: 'string', enum: ['news', 'clusters', 'experts'] },
            id: { type: 'integer' },
            slug: optionalText,
            title: { ...text, description: 'HTML: matches in <mark>, the rest escaped.' },
            snippet: { ...text, description: 'HTML: matches in <mark>, the rest escaped.' },
            publishedAt: optionalTimestamp,
            rank: { type: 'number' },
            url: { type: 'string', format: 'uri', description: 'News only: its page.' },
          },
        },
      },
      totalDocs: {
        type: 'integer',
        description: `Hits that can be paged through: every matching cluster and expert, and the newest ${rankedNewsLimit} matching news items.`,
      },
      page: { type: 'integer' },
      limit: { type: 'integer' },
      totalPages: { type: 'integer' },
      capped: {
        type: 'boolean',
        description: `More news items matched than the newest ${rankedNewsLimit}, which alone were ranked.`,
      },
      locale,
      q: text,
    },
  },
  MatchResult: {
    type: 'object',
    required: ['locale', 'q', 'clusters', 'experts', 'news'],
    properties: {
      locale,
      q: text,
      industry: {
        type: 'object',
        required: ['code', 'division'],
        properties: { code: text, division: text },
      },
      municipality: {
        type: 'object',
        required: ['code', 'name'],
        properties: { code: text, name: text },
      },
      clusters: {
        type: 'array',
        maxItems: 3,
        items: {
          type: 'object',
          required: ['id', 'slug', 'name', 'shortDescription', 'score', 'reason'],
          properties: {
            id: { type: 'integer' },
            slug: text,
            name: text,
            shortDescription: optionalText,
            score: { type: 'number' },
            reason: text,
          },
        },
      },
      experts: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'slug', 'name', 'title', 'organisation', 'email', 'phone', 'reason'],
          properties: {
            id: { type: 'integer' },
            slug: text,
            name: text,
            title: optionalText,
            organisation: optionalText,
            email: optionalText,
            phone: optionalText,
            reason: text,
          },
        },
      },
      news: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'slug', 'title', 'summary', 'publishedAt', 'url', 'reason'],
          properties: {
            id: { type: 'integer' },
            slug: text,
            title: text,
            summary: optionalText,
            publishedAt: optionalTimestamp,
            url: { type: 'string', format: 'uri' },
            reason: text,
          },
        },
      },
    },
  },
  JoinRequest: {
    type: 'object',
    required: ['company', 'businessId', 'municipality', 'contact', 'consent'],
    // Clusters, or "not sure, help me choose" (the newsroom's editors answer), or both.
    anyOf: [
      { required: ['clusters'], properties: { clusters: { minItems: 1 } } },
      { required: ['helpChoosing'], properties: { helpChoosing: { const: true } } },
    ],
    properties: {
      company: { type: 'string', maxLength: 200 },
      businessId: { type: 'string', description: 'Y-tunnus, e.g. 0112038-9 (checked).' },
      municipality: { type: 'string', description: 'A municipality of Lapland: name or code.' },
      industry: { type: 'string', description: 'TOL 2008 code, e.g. 79900.' },
      clusters: {
        type: 'array',
        maxItems: 10,
        items: { type: 'string', pattern: '^[a-z0-9-]{1,80}$' },
        description: 'Cluster slugs.',
      },
      helpChoosing: {
        type: 'boolean',
        description: 'Not sure which cluster: the newsroom’s editors help choose and answer.',
      },
      need: { type: 'string', maxLength: 2000 },
      contact: {
        type: 'object',
        required: ['name', 'email'],
        properties: {
          name: { type: 'string', maxLength: 120 },
          email: { type: 'string', format: 'email' },
          phone: { type: 'string' },
        },
      },
      consent: { const: true },
      source: {
        type: 'object',
        properties: {
          locale,
          news: { type: 'integer', description: 'The news item the company came from.' },
          partnerSite: { type: 'string', maxLength: 300 },
        },
      },
    },
  },
  Registration: {
    type: 'object',
    required: ['name', 'email', 'locale', 'consent'],
    properties: {
      name: { type: 'string', maxLength: 200 },
      email: { type: 'string', format: 'email', maxLength: 254 },
      organisation: { type: 'string', maxLength: 200 },
      locale: { ...locale, description: 'The registrant’s language: of the emails and pages.' },
      consent: { const: true },
      answers: {
        type: 'object',
        maxProperties: 20,
        additionalProperties: { type: 'string', maxLength: 1000 },
        description: 'Free answers (dietary needs, …), up to 20.',
      },
    },
  },
  JsonFeed: {
    type: 'object',
    required: ['version', 'title', 'items'],
    description: 'JSON Feed 1.1 (https://jsonfeed.org/version/1.1).',
    properties: {
      version: { const: 'https://jsonfeed.org/version/1.1' },
      title: text,
      home_page_url: { type: 'string', format: 'uri' },
      feed_url: { type: 'string', format: 'uri' },
      description: text,
      language: locale,
      authors: { type: 'array', items: { type: 'object', properties: { name: text } } },
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'url', 'title', 'date_published', 'language'],
          properties: {
            id: text,
            url: { type: 'string', format: 'uri' },
            title: text,
            summary: { ...text, description: 'Plain text: the lead.' },
            content_html: text,
            content_text: text,
            date_published: {
              ...timestamp,
              description: 'News: published; events: when the event entered the newsroom.',
            },
            date_modified: timestamp,
            tags: { type: 'array', items: text, description: 'Cluster names.' },
            language: locale,
            authors: { type: 'array', items: { type: 'object', properties: { name: text } } },
            _alternates: {
              type: 'array',
              items: {
                type: 'object',
                required: ['language', 'url'],
                properties: { language: locale, url: { type: 'string', format: 'uri' } },
              },
            },
            _event: { $ref: '#/components/schemas/FeedEvent' },
          },
        },
      },
    },
  },
  FeedEvent: {
    type: 'object',
    description: 'events.json only: what a partner site needs to show the event.',
    required: ['startsAt', 'endsAt', 'timeZone', 'format', 'venue', 'online', 'ics', 'clusters'],
    properties: {
      startsAt: { ...timestamp, description: 'UTC.' },
      endsAt: timestamp,
      timeZone: { const: 'Europe/Helsinki', description: 'The zone times are shown in.' },
      format: { type: 'string', enum: ['onSite', 'online', 'hybrid'] },
      venue: {
        type: ['object', 'null'],
        description: 'None for an online event.',
        properties: { name: optionalText, address: optionalText, mapUrl: optionalText },
      },
      online: { ...optionalText, description: 'Where to join online; none on site only.' },
      registrationOpensAt: optionalTimestamp,
      registrationClosesAt: timestamp,
      recordingUrl: optionalText,
      ics: { type: 'string', format: 'uri', description: 'The event’s own calendar file.' },
      clusters: {
        type: 'array',
        items: {
          type: 'object',
          required: ['slug', 'name'],
          properties: { slug: text, name: optionalText },
        },
      },
    },
  },
  Subscription: {
    type: 'object',
    required: ['email', 'locale', 'consent'],
    properties: {
      email: { type: 'string', format: 'email' },
      locale,
      clusters: {
        type: 'array',
        maxItems: 20,
        items: text,
        description: 'Cluster slugs.',
      },
      consent: { const: true },
      source: { type: 'string', maxLength: 300, description: 'Where the reader subscribed.' },
    },
  },
}
