import type { Role } from './roles'

/**
 * Who may do what: the one table. Collection access, field access, the publishing and restore
 * checks and every custom endpoint's guard are derived from it (src/access/enforce.ts and
 * src/plugins/permissionModel.ts); test/int/permissionMatrix.int.spec.ts tries every cell and
 * the README's access section is rendered from it.
 */
export const actors = [
  'anonymous',
  'partner',
  'translator',
  'clusterEditor',
  'editor',
  'admin',
] as const
export type Actor = 'anonymous' | 'partner' | Role

/**
 * How far a grant reaches.
 * - all: every document, in every language.
 * - published: published documents in the language asked for (a partner: its clusters only).
 * - ownClusters: documents of the cluster editor's own clusters; what they write stays there.
 * - translations: every document, in the languages other than Finnish, and only its localized
 *   fields (what is shared by every language stays as it was).
 * - self: their own account; in a collection with an `owner`, the documents naming them there.
 */
export type Reach = 'all' | 'published' | 'ownClusters' | 'translations' | 'self'
export type Grants = Partial<Record<Actor, Reach>>

/** How a document names the clusters it belongs to, for `ownClusters`. */
export type ClusterLink =
  | { field: string }
  /** The document is a cluster. */
  | { self: true }
  /** The document belongs to the clusters whose `field` names it (a coordinator, a contact). */
  | { namedBy: string }

export type EndpointRule = {
  method: 'get' | 'post' | 'delete'
  path: string
  who: Grants
  /** What the endpoint does with full access once the caller passed, if anything. */
  privileged?: string
}

export type FieldRule = { read?: Grants; create?: Grants; update?: Grants }

export type CollectionRules = {
  clusters?: ClusterLink
  /** The relationship to users naming whose a document is, for `self` (users: the account). */
  owner?: string
  read: Grants
  create: Grants
  update: Grants
  delete: Grants
  /** Versions (drafts): reading them, restoring one (every language at once), and the
   * `publishAllLocales` / `unpublishAllLocales` flags of a save. */
  readVersions?: Grants
  restoreVersion?: Grants
  publishAllLocales?: Grants
  /** Uploads: sending a new file for an existing document. */
  replaceFile?: Grants
  /** Auth collections: opening the admin UI, unlocking a locked account. */
  admin?: Grants
  unlock?: Grants
  /** Fields whose rule differs from the document's. An absent operation follows the document. */
  fields?: Record<string, FieldRule>
  endpoints?: Record<string, EndpointRule>
}

const nobody: Grants = {}
const admins: Grants = { admin: 'all' }
const editors: Grants = { editor: 'all', admin: 'all' }
const staff: Grants = { translator: 'all', clusterEditor: 'all', ...editors }
const everyone: Grants = { anonymous: 'all', partner: 'all', ...staff }
/** Content of the clusters: cluster editors their own, editors all. */
const clusterWriters: Grants = { clusterEditor: 'ownClusters', ...editors }
/** …and translators the other languages of all of it. */
const clusterWritersAndTranslators: Grants = { translator: 'translations', ...clusterWriters }
const systemOnly: FieldRule = { create: nobody, update: nobody }

export const permissions = {
  news: {
    clusters: { field: 'clusters' },
    read: { anonymous: 'published', partner: 'published', translator: 'all', ...clusterWriters },
    readVersions: { translator: 'all', ...clusterWriters },
    create: clusterWriters,
    update: clusterWritersAndTranslators,
    delete: clusterWriters,
    publishAllLocales: clusterWriters,
    restoreVersion: clusterWriters,
    endpoints: {
      startTranslation: {
        method: 'post',
        path: '/:id/start-translation',
        who: clusterWritersAndTranslators,
      },
    },
  },
  events: {
    clusters: { field: 'clusters' },
    read: { anonymous: 'published', partner: 'published', translator: 'all', ...clusterWriters },
    readVersions: { translator: 'all', ...clusterWriters },
    create: clusterWriters,
    update: clusterWritersAndTranslators,
    delete: clusterWriters,
    publishAllLocales: clusterWriters,
    restoreVersion: clusterWriters,
    // Shared by every language, and it emails every registrant: not a translator's to set.
    fields: { cancelled: { create: clusterWriters, update: clusterWriters } },
    endpoints: {
      register: {
        method: 'post',
        path: '/:id/register',
        who: everyone,
        privileged:
          'stores a pending registration for an event the caller may read and queues its confirmation email',
      },
      // Reads the event and its registrations with the caller's own access.
      attendeesCsv: { method: 'get', path: '/:id/attendees.csv', who: clusterWriters },
      // Reads the event and its registrations with the caller's own access first.
      messageAttendees: {
        method: 'post',
        path: '/:id/message',
        who: clusterWriters,
        privileged:
          'queues a message to the registrants of an event whose registrations it may read, and records it in the audit log',
      },
    },
  },
  // Registrants are private: staff of the event's clusters only (`clusters` is the event's).
  registrations: {
    clusters: { field: 'clusters' },
    read: clusterWriters,
    // Registrations arrive through POST /api/events/:id/register and its confirmation link.
    create: nobody,
    // Check-in at the door (the event's attendee list) is an update of `status`.
    update: clusterWriters,
    delete: clusterWriters,
    fields: {
      event: { update: nobody },
      clusters: systemOnly,
      consent: systemOnly,
      seatDecidedAt: systemOnly,
      // Set when the event's cancellation is queued to them; forging it would silence that.
      cancellationNotifiedAt: systemOnly,
    },
  },
  clusters: {
    clusters: { self: true },
    read: everyone,
    create: editors,
    update: clusterWritersAndTranslators,
    delete: editors,
    endpoints: { impact: { method: 'get', path: '/:slug/impact', who: everyone } },
  },
  experts: {
    clusters: { namedBy: 'coordinator' },
    read: everyone,
    create: { clusterEditor: 'all', ...editors },
    update: clusterWritersAndTranslators,
    delete: editors,
  },
  contacts: {
    clusters: { namedBy: 'contacts' },
    read: everyone,
    create: { clusterEditor: 'all', ...editors },
    update: clusterWritersAndTranslators,
    delete: editors,
  },
  benefits: {
    clusters: { field: 'cluster' },
    read: staff,
    create: clusterWriters,
    update: clusterWritersAndTranslators,
    delete: clusterWriters,
  },
  joinRequests: {
    clusters: { field: 'clusters' },
    read: clusterWriters,
    // Requests arrive through POST /api/join; staff may enter one taken by phone.
    create: editors,
    update: clusterWriters,
    delete: admins,
    fields: {
      // The proof of consent is written once, with the request.
      consent: { create: editors, update: nobody },
      history: systemOnly,
      joinedAt: systemOnly,
    },
  },
  media: {
    read: everyone,
    create: { clusterEditor: 'all', ...editors },
    update: { translator: 'translations', clusterEditor: 'all', ...editors },
    delete: editors,
    replaceFile: { clusterEditor: 'all', ...editors },
  },
  newsletters: {
    read: editors,
    create: editors,
    update: editors,
    delete: admins,
    fields: { status: systemOnly, audienceFrozenAt: systemOnly, sentAt: systemOnly },
    endpoints: {
      preview: { method: 'get', path: '/:id/preview', who: editors },
      progress: { method: 'get', path: '/:id/progress', who: editors },
      send: {
        method: 'post',
        path: '/:id/send',
        who: editors,
        privileged: 'moves a draft it may read to scheduled and queues the sending jobs',
      },
    },
  },
  subscribers: { read: editors, create: admins, update: admins, delete: admins },
  deliveries: { read: editors, create: nobody, update: nobody, delete: nobody },
  // Tombstones of erased people: written only by the erasure use-cases (src/privacy/).
  erasures: { read: admins, create: nobody, update: nobody, delete: nobody },
  users: {
    read: { translator: 'self', clusterEditor: 'self', editor: 'self', admin: 'all' },
    create: admins,
    update: { translator: 'self', clusterEditor: 'self', editor: 'self', admin: 'all' },
    delete: admins,
    admin: staff,
    // Payload's default lets any signed-in user unlock any account (GHSA-jg8r-5jh2-v2xj).
    unlock: admins,
    fields: {
      roles: { create: admins, update: admins },
      clusters: { create: admins, update: admins },
    },
  },
  partners: {
    read: admins,
    create: admins,
    update: admins,
    delete: admins,
    admin: nobody,
    fields: {
      webhookSecret: { read: admins, ...systemOnly },
      keyPrefix: systemOnly,
      keyIssuedAt: systemOnly,
      lastUsedAt: systemOnly,
      requestCount: systemOnly,
      apiKeyHash: systemOnly,
      previousKeyHash: systemOnly,
      previousKeyExpiresAt: systemOnly,
    },
    endpoints: {
      rotateKey: {
        method: 'post',
        path: '/:id/rotate-key',
        who: admins,
        privileged: 'writes the key hash, which nobody may write through the API',
      },
      revokeKey: {
        method: 'post',
        path: '/:id/revoke-key',
        who: admins,
        privileged: 'clears the key hash, which nobody may write through the API',
      },
    },
  },
  'webhook-deliveries': {
    read: admins,
    create: nobody,
    update: nobody,
    delete: admins,
    endpoints: {
      resend: {
        method: 'post',
        path: '/:id/resend',
        who: admins,
        privileged: 'resets the delivery it may read to pending and queues it',
      },
    },
  },
  // Append-only: rows are written by the app (src/audit/recordAudit.ts), never over the API.
  'audit-log': {
    owner: 'actor',
    read: { translator: 'self', clusterEditor: 'self', editor: 'self', admin: 'all' },
    create: nobody,
    update: nobody,
    delete: nobody,
    endpoints: {
      export: {
        method: 'get',
        path: '/export.csv',
        who: admins,
        privileged: 'records the export itself in the audit log',
      },
    },
  },
  // Written by the retention job alone; what it removed is the controller's proof (GDPR 5(2)).
  'retention-runs': { read: admins, create: nobody, update: nobody, delete: nobody },
  // Payload's own: document locks and admin preferences belong to the admin UI.
  'payload-locked-documents': { read: staff, create: staff, update: staff, delete: staff },
  'payload-preferences': {
    read: staff,
    create: staff,
    update: staff,
    delete: staff,
    // Each user their own, by key (Payload's handlers look them up by the signed-in user).
    endpoints: {
      readPreference: { method: 'get', path: '/:key', who: staff },
      savePreference: { method: 'post', path: '/:key', who: staff },
      deletePreference: { method: 'delete', path: '/:key', who: staff },
    },
  },
  // The app queues jobs itself; over HTTP only administrators may run them.
  'payload-jobs': {
    read: nobody,
    create: nobody,
    update: nobody,
    delete: nobody,
    endpoints: {
      run: { method: 'get', path: '/run', who: admins },
      // No task has a schedule: Payload answers 500 to whoever asks.
      handleSchedules: { method: 'get', path: '/handle-schedules', who: nobody },
    },
  },
  'payload-migrations': { read: nobody, create: nobody, update: nobody, delete: nobody },
  'payload-kv': { read: nobody, create: nobody, update: nobody, delete: nobody },
} satisfies Record<string, CollectionRules>

export type ResourceSlug = keyof typeof permissions

/** Endpoints of the API's root (/api/...). Tokens in links stand for the person they were mailed to. */
export const rootEndpoints = {
  subscribe: { method: 'post', path: '/newsletter/subscribe', who: everyone },
  confirmPage: { method: 'get', path: '/newsletter/confirm', who: everyone },
  confirm: { method: 'post', path: '/newsletter/confirm', who: everyone },
  unsubscribePage: { method: 'get', path: '/newsletter/unsubscribe', who: everyone },
  unsubscribe: { method: 'post', path: '/newsletter/unsubscribe', who: everyone },
  managePage: { method: 'get', path: '/newsletter/manage', who: everyone },
  manage: { method: 'post', path: '/newsletter/manage', who: everyone },
  myData: {
    method: 'get',
    path: '/newsletter/my-data',
    who: everyone,
    privileged: 'reads everything stored about the subscriber its link names',
  },
  erasePage: { method: 'get', path: '/newsletter/erase', who: everyone },
  erase: {
    method: 'post',
    path: '/newsletter/erase',
    who: everyone,
    privileged: 'erases the subscriber its link names, leaving a tombstone',
  },
  registrationConfirmPage: { method: 'get', path: '/event-registration/confirm', who: everyone },
  registrationConfirm: {
    method: 'post',
    path: '/event-registration/confirm',
    who: everyone,
    privileged: 'gives the registration its link names a seat or a place on the waiting list',
  },
  registrationCancelPage: { method: 'get', path: '/event-registration/cancel', who: everyone },
  registrationCancel: {
    method: 'post',
    path: '/event-registration/cancel',
    who: everyone,
    privileged: 'cancels the registration its link names and gives its seat to the next in line',
  },
  registrationMyData: {
    method: 'get',
    path: '/event-registration/my-data',
    who: everyone,
    privileged: 'reads everything stored about the registration its link names',
  },
  registrationErasePage: { method: 'get', path: '/event-registration/erase', who: everyone },
  registrationErase: {
    method: 'post',
    path: '/event-registration/erase',
    who: everyone,
    privileged: 'erases the registration its link names and gives its seat to the next in line',
  },
  privacyExport: {
    method: 'get',
    path: '/privacy/export',
    who: admins,
    privileged: 'reads every collection holding personal data for one address',
  },
  privacyErase: {
    method: 'post',
    path: '/privacy/erase',
    who: admins,
    privileged: 'erases or anonymises one address in every collection holding personal data',
  },
  // news.{rss,atom,json} and events.{ics,json}: published content, as the caller may read it.
  feeds: { method: 'get', path: '/feeds/:locale/:file', who: everyone },
  search: { method: 'get', path: '/search', who: everyone },
  match: { method: 'get', path: '/match', who: everyone },
  openApi: { method: 'get', path: '/openapi.json', who: everyone },
  join: {
    method: 'post',
    path: '/join',
    who: everyone,
    privileged: 'stores the request and queues the coordinators’ emails',
  },
  joinRequestsReport: {
    method: 'get',
    path: '/reports/join-requests.csv',
    who: clusterWriters,
  },
  subscribersReport: {
    method: 'get',
    path: '/reports/subscribers-per-cluster.csv',
    who: editors,
    privileged: 'counts subscribers per cluster in SQL',
  },
  // The SEO plugin's "generate" buttons in the admin.
  seoTitle: { method: 'post', path: '/plugin-seo/generate-title', who: staff },
  seoDescription: { method: 'post', path: '/plugin-seo/generate-description', who: staff },
  seoUrl: { method: 'post', path: '/plugin-seo/generate-url', who: staff },
  seoImage: { method: 'post', path: '/plugin-seo/generate-image', who: staff },
} satisfies Record<string, EndpointRule>
