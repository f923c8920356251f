import { schemas } from './schemas'

/**
 * OpenAPI 3.1 description of the public API: what a partner site may read and send without a
 * login. Staff-only collections, the admin's endpoints and GraphQL (it describes itself) are
 * left out. Checked by a validator and against real answers in test/int/openapi.int.spec.ts.
 */
const json = (schema: string) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${schema}` } },
})
const answer = (description: string, schema: string) => ({ description, content: json(schema) })
const refused = (description: string) => answer(description, 'Errors')
const param = (name: string, description: string, schema: object, required = false) => ({
  name,
  in: 'query',
  description,
  required,
  schema,
})
const ref = (name: string) => ({ $ref: `#/components/parameters/${name}` })

const languageParameters = {
  locale: param(
    'locale',
    'Language of the texts; `all`: every translation at once (each localized field becomes an object by language). Default `fi`.',
    { type: 'string', enum: ['fi', 'sv', 'en', 'all'] },
  ),
  fallbackLocale: param(
    'fallback-locale',
    'Where an untranslated field is filled from; `none`: left empty.',
    { type: 'string', enum: ['fi', 'sv', 'en', 'none'] },
  ),
}

const parameters = {
  ...languageParameters,
  depth: param('depth', 'How deep relations are filled in (0: ids only).', {
    type: 'integer',
    minimum: 0,
    maximum: 3,
    default: 1,
  }),
  limit: param('limit', 'Documents per page; anonymous pages hold at most 100.', {
    type: 'integer',
    minimum: 1,
    maximum: 100,
    default: 10,
  }),
  page: param('page', 'Page number, from 1.', { type: 'integer', minimum: 1, default: 1 }),
  sort: param('sort', 'A field to sort by, `-` first for descending (`-publishedAt`).', {
    type: 'string',
  }),
  where: {
    name: 'where',
    in: 'query',
    style: 'deepObject',
    explode: true,
    description:
      "Payload's query: `where[field][operator]=value`, e.g. `where[slug][equals]=…`, `where[clusters.slug][equals]=arctic-design` (with curl, `-g`).",
    schema: { type: 'object', additionalProperties: true },
  },
  select: {
    name: 'select',
    in: 'query',
    style: 'deepObject',
    explode: true,
    description: 'Only these fields: `select[title]=true&select[slug]=true`.',
    schema: { type: 'object', additionalProperties: { type: 'boolean' } },
  },
}

const errors = {
  '400': refused('A bad parameter (unknown locale, depth or limit out of range, malformed where).'),
  '401': refused('A wrong, revoked or malformed partner key.'),
  '403': refused('A language outside the partner key’s scope.'),
  '429': refused('Too many requests; see Retry-After.'),
}

const collection = (slug: string, schema: string, what: string) => ({
  [`/${slug}`]: {
    get: {
      operationId: `list${schema}`,
      summary: `${what}: a page`,
      tags: ['collections'],
      parameters: [
        'locale',
        'fallbackLocale',
        'depth',
        'limit',
        'page',
        'sort',
        'where',
        'select',
      ].map(ref),
      responses: {
        '200': {
          description: `A page of ${what.toLowerCase()}.`,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['docs', 'totalDocs', 'limit', 'page', 'totalPages'],
                properties: {
                  docs: { type: 'array', items: { $ref: `#/components/schemas/${schema}` } },
                  totalDocs: { type: 'integer' },
                  limit: { type: 'integer' },
                  page: { type: 'integer' },
                  totalPages: { type: 'integer' },
                  pagingCounter: { type: 'integer' },
                  hasPrevPage: { type: 'boolean' },
                  hasNextPage: { type: 'boolean' },
                  prevPage: { type: ['integer', 'null'] },
                  nextPage: { type: ['integer', 'null'] },
                },
              },
            },
          },
        },
        ...errors,
      },
    },
  },
  [`/${slug}/{id}`]: {
    get: {
      operationId: `get${schema}`,
      summary: `${what}: one, by id`,
      tags: ['collections'],
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
        ...['locale', 'fallbackLocale', 'depth', 'select'].map(ref),
      ],
      responses: {
        '200': answer(`One of the ${what.toLowerCase()}.`, schema),
        '404': refused('No such document (or a draft).'),
        ...errors,
      },
    },
  },
})

const feedTypes = {
  'application/rss+xml': { schema: { type: 'string' } },
  'application/atom+xml': { schema: { type: 'string' } },
  'application/feed+json': { schema: { type: 'object', required: ['version', 'items'] } },
}

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Arctic Newsroom public API',
    version: '1.0.0',
    summary: 'News, clusters and experts of the Regional Council of Lapland, in fi, sv and en.',
    description:
      'Read without a key; a partner key (`Authorization: partners API-Key <key>`) adds a scope of clusters and languages and higher limits. Every refusal is `{"errors":[{"message"}]}` in the language of `Accept-Language` (fi, sv, else en). Guides: docs/api.md, docs/partners.md, docs/reach.md.',
  },
  servers: [{ url: '/api' }],
  security: [{}, { partnerKey: [] }],
  tags: [
    { name: 'collections', description: 'Published content, over Payload’s REST API.' },
    { name: 'feeds', description: 'RSS, Atom and JSON Feed per language.' },
    { name: 'reach', description: 'Search, “which cluster is for me?”, joining a cluster.' },
    { name: 'newsletter', description: 'Subscribing to the newsletter.' },
  ],
  paths: {
    ...collection('news', 'News', 'News items'),
    ...collection('clusters', 'Cluster', 'Clusters'),
    ...collection('experts', 'Expert', 'Experts'),
    ...collection('contacts', 'Contact', 'Contacts'),
    ...collection('media', 'Media', 'Images'),
    '/feeds/{locale}/{file}': {
      get: {
        operationId: 'newsFeed',
        summary: 'The news of one language as a feed',
        tags: ['feeds'],
        parameters: [
          {
            name: 'locale',
            in: 'path',
            required: true,
            schema: { type: 'string', enum: ['fi', 'sv', 'en'] },
          },
          {
            name: 'file',
            in: 'path',
            required: true,
            schema: { type: 'string', enum: ['news.rss', 'news.atom', 'news.json'] },
          },
          param('cluster', 'A cluster’s slug: its news only.', { type: 'string' }),
          param('limit', 'Items.', { type: 'integer', minimum: 1, maximum: 100, default: 20 }),
        ],
        responses: {
          '200': { description: 'RSS 2.0, Atom or JSON Feed 1.1.', content: feedTypes },
          '400': refused('An unknown locale or a limit out of range.'),
          '404': refused('An unknown feed or cluster.'),
        },
      },
    },
    '/search': {
      get: {
        operationId: 'search',
        summary: 'Full-text search of published news, clusters and experts in one language',
        tags: ['reach'],
        parameters: [
          param(
            'q',
            'Words to find (2–200 characters).',
            { type: 'string', minLength: 2, maxLength: 200 },
            true,
          ),
          param('locale', 'Language searched and answered in.', {
            type: 'string',
            enum: ['fi', 'sv', 'en'],
          }),
          param('type', 'Comma-separated: news, clusters, experts (default all).', {
            type: 'string',
          }),
          param('page', 'Page, 1–100.', { type: 'integer', minimum: 1, maximum: 100, default: 1 }),
          param('limit', 'Hits per page, 1–50.', {
            type: 'integer',
            minimum: 1,
            maximum: 50,
            default: 10,
          }),
        ],
        responses: {
          '200': answer('Ranked hits with highlighted snippets.', 'SearchResult'),
          ...errors,
        },
      },
    },
    '/match': {
      get: {
        operationId: 'match',
        summary: 'Which cluster is for me? Clusters, people and news for a company’s need',
        tags: ['reach'],
        parameters: [
          param(
            'q',
            'The need, in the company’s words (3–1000 characters).',
            { type: 'string', minLength: 3, maxLength: 1000 },
            true,
          ),
          param('locale', 'Language of the answer.', { type: 'string', enum: ['fi', 'sv', 'en'] }),
          param('industry', 'TOL 2008 code of the company’s industry.', { type: 'string' }),
          param('municipality', 'A municipality of Lapland: name or code.', { type: 'string' }),
        ],
        responses: {
          '200': answer('Up to three clusters, each with a reason.', 'MatchResult'),
          ...errors,
        },
      },
    },
    '/join': {
      post: {
        operationId: 'join',
        summary: 'A company asks to join clusters',
        tags: ['reach'],
        requestBody: { required: true, content: json('JoinRequest') },
        responses: {
          '202': answer('Taken; the cluster’s people answer by email.', 'Accepted'),
          '400': refused('The first field with a problem, named.'),
          '429': refused('Too many requests from this address or email; see Retry-After.'),
        },
      },
    },
    '/newsletter/subscribe': {
      post: {
        operationId: 'subscribe',
        summary: 'Subscribe to the newsletter (double opt-in: a confirmation email follows)',
        tags: ['newsletter'],
        requestBody: { required: true, content: json('Subscription') },
        responses: {
          '202': answer('The same answer whether or not the address was on the list.', 'Accepted'),
          '400': refused('A bad email, language or cluster, or no consent.'),
          '429': refused('Too many requests; see Retry-After.'),
        },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'openApi',
        summary: 'This description',
        responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } },
      },
    },
  },
  components: {
    parameters,
    schemas,
    securitySchemes: {
      partnerKey: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        description: 'The value is `partners API-Key <key>` (Payload’s API-key header).',
      },
    },
  },
}
