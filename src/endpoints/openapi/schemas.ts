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
      alternates: {
        type: 'array',
        description: 'The languages that really have this item (not a fallback), for hreflang.',
        items: {
          type: 'object',
          required: ['locale', 'slug', 'url'],
          properties: { locale, slug: text, url: { type: 'string', format: 'uri' } },
        },
      },
      contentLocales: {
        type: 'object',
        description: 'The language each text is really in (Finnish where it fell back).',
        properties: Object.fromEntries(
          ['title', 'summary', 'body', 'byline'].map((field) => [
            field,
            { anyOf: [locale, { type: 'null' }] },
          ]),
        ),
      },
      meta: seoMeta,
      _status: { type: ['string', 'null'], enum: ['published', 'draft', null] },
      ...translationStatus,
    },
    'A news item in one language.',
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
