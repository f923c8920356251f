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

/** The events' own: what a partner site filters and sorts them by (each indexed). */
const eventParameters = {
  eventWhere: {
    ...parameters.where,
    description:
      "Payload's query. For a partner's list of upcoming events: `where[_status][equals]=published` (the language's published events; others never reach a reader or a key anyway), `where[endsAt][greater_than]=<now, ISO 8601>` or `where[startsAt][greater_than_equal]=…`, `where[clusters][in]=<cluster id>` or `where[clusters.slug][equals]=arctic-design`, `where[slug][equals]=…` for one event. With curl, `-g`.",
  },
  eventSort: {
    ...parameters.sort,
    description: '`startsAt` (soonest first) for upcoming events, `-startsAt` for past ones.',
  },
}

const errors = {
  '400': refused('A bad parameter (unknown locale, depth or limit out of range, malformed where).'),
  '401': refused('A wrong, revoked or malformed partner key.'),
  '403': refused('A language outside the partner key’s scope.'),
  '429': refused('Too many requests; see Retry-After.'),
}

type ListParameter = keyof typeof parameters
type Parameter = ListParameter | keyof typeof eventParameters

const listParameters: ListParameter[] = [
  'locale',
  'fallbackLocale',
  'depth',
  'limit',
  'page',
  'sort',
  'where',
  'select',
]

/** A collection's list and item; `own` names parameters it describes its own way. */
const collection = (
  slug: string,
  schema: string,
  what: string,
  own: Partial<Record<ListParameter, Parameter>> = {},
) => ({
  [`/${slug}`]: {
    get: {
      operationId: `list${schema}`,
      summary: `${what}: a page`,
      tags: ['collections'],
      parameters: listParameters.map((name) => ref(own[name] ?? name)),
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
  'application/feed+json': { schema: { $ref: '#/components/schemas/JsonFeed' } },
  'text/calendar': { schema: { type: 'string', description: 'iCalendar (RFC 5545).' } },
}

const token = param(
  'token',
  'The token of the link in the registrant’s email.',
  { type: 'string' },
  true,
)
const message = (description: string) => answer(description, 'Accepted')
const pageOrMessage = (description: string) => ({
  description: `${description} An HTML page; JSON with \`Accept: application/json\`.`,
  content: { 'text/html': { schema: { type: 'string' } }, ...json('Accepted') },
})
const refusedLink = {
  '400': { ...pageOrMessage('A forged or damaged link.') },
  '410': { ...pageOrMessage('An expired or used link, or one whose registrant was erased.') },
}

/** The registrant's links (GET asks, changing nothing: mail scanners open links; POST does it). */
const registrantLink = (page: 'confirm' | 'cancel', does: string) => ({
  [`/event-registration/${page}`]: {
    get: {
      operationId: `${page}RegistrationPage`,
      summary: `The ${page} link of a registrant’s email: a page with a button`,
      tags: ['events'],
      parameters: [token],
      responses: { '200': pageOrMessage('The question and its button.'), ...refusedLink },
    },
    post: {
      operationId: `${page}Registration`,
      summary: does,
      tags: ['events'],
      parameters: [token],
      responses: {
        '200': pageOrMessage('Done: what happened, in the registrant’s language.'),
        ...refusedLink,
        ...(page === 'confirm'
          ? { '409': pageOrMessage('The event was cancelled: the link gives no seat.') }
          : {}),
      },
    },
  },
})

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Arctic Newsroom public API',
    version: '1.0.0',
    summary:
      'News, events, clusters and experts of the Regional Council of Lapland, in fi, sv and en.',
    description:
      'Read without a key; a partner key (`Authorization: partners API-Key <key>`) adds a scope of clusters and languages and higher limits. Every refusal is `{"errors":[{"message"}]}` in the language of `Accept-Language` (fi, sv, else en). Guides: docs/api.md, docs/partners.md, docs/reach.md.',
  },
  servers: [{ url: '/api' }],
  security: [{}, { partnerKey: [] }],
  tags: [
    { name: 'collections', description: 'Published content, over Payload’s REST API.' },
    { name: 'feeds', description: 'RSS, Atom, JSON Feed and iCalendar per language.' },
    { name: 'events', description: 'Registering for an event, and the registrant’s links.' },
    { name: 'reach', description: 'Search, “which cluster is for me?”, joining a cluster.' },
    { name: 'newsletter', description: 'Subscribing to the newsletter.' },
  ],
  paths: {
    ...collection('news', 'News', 'News items'),
    ...collection('events', 'Event', 'Events', { where: 'eventWhere', sort: 'eventSort' }),
    '/events/{id}/register': {
      post: {
        operationId: 'register',
        summary: 'Register for an event (the address is confirmed by a link emailed to it)',
        tags: ['events'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        requestBody: { required: true, content: json('Registration') },
        responses: {
          '202': message('The same answer whether or not the address was registered already.'),
          '400': refused('The first field with a problem, named.'),
          '404': refused('No such event, or one the caller cannot read.'),
          '409': refused('Registration is not open (not yet, or closed).'),
          '429': refused(
            'Too many requests from this client or for this address; see Retry-After.',
          ),
        },
      },
    },
    ...registrantLink(
      'confirm',
      'Confirm the address: a seat if one is free, else the waiting list',
    ),
    ...registrantLink('cancel', 'Cancel the registration; its seat goes to the next in line'),
    ...collection('clusters', 'Cluster', 'Clusters'),
    ...collection('experts', 'Expert', 'Experts'),
    ...collection('contacts', 'Contact', 'Contacts'),
    ...collection('media', 'Media', 'Images'),
    '/feeds/{locale}/{file}': {
      get: {
        operationId: 'feed',
        summary: 'The news or the events of one language as a feed or calendar',
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
            description:
              'News: RSS, Atom, JSON Feed. Events (upcoming, and those ended in the last 90 days, soonest first): iCalendar or JSON Feed with an `_event` object per item.',
            schema: {
              type: 'string',
              enum: ['news.rss', 'news.atom', 'news.json', 'events.ics', 'events.json'],
            },
          },
          param('cluster', 'A cluster’s slug: its news or events only.', { type: 'string' }),
          param('limit', 'Items.', { type: 'integer', minimum: 1, maximum: 100, default: 20 }),
          param('event', 'events.ics only: one event’s own file, by its slug (past ones too).', {
            type: 'string',
          }),
        ],
        responses: {
          '200': {
            description: 'RSS 2.0, Atom, JSON Feed 1.1 or iCalendar, by the file asked for.',
            content: feedTypes,
          },
          '400': refused('An unknown locale or a limit out of range.'),
          '403': refused('A language outside the partner key’s scope.'),
          '404': refused('An unknown feed, cluster or (events.ics?event=) event.'),
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
    parameters: { ...parameters, ...eventParameters },
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
