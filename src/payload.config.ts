import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { graphQLLimits } from '@/api/graphqlLimits'
import { emailAdapter } from '@/email/adapter'
import { eventRegistrationEndpoints } from '@/endpoints/events'
import { joinEndpoint } from '@/endpoints/join'
import { matchEndpoint } from '@/endpoints/match'
import { newsletterSubscriptionEndpoints } from '@/endpoints/newsletter'
import { openApiEndpoint } from '@/endpoints/openapi'
import { privacyEndpoints } from '@/endpoints/privacy'
import { reportEndpoints } from '@/endpoints/reports'
import { searchEndpoint } from '@/endpoints/search'
import { newsFeedEndpoint } from '@/feeds/endpoint'
import { SafeLinksFeature } from '@/fields/links'
import { invalidValueIsClientError } from '@/hooks/invalidValueIsClientError'
import { onInit } from '@/hooks/onInit'
import { label } from '@/i18n'
import { adminI18n } from '@/i18n/admin'
import { adminMeta } from '@/i18n/admin/meta'
import { defaultLocale, locales } from '@/i18n/locales'
import { jobs } from '@/jobs'
import { cookieOrigins, payloadServerUrl } from '@/platform/adminOrigins'
import { apiLimits } from '@/platform/apiLimits'
import { poolOptions } from '@/platform/database/poolOptions'
import { payloadLogger } from '@/platform/logging/logger'
import { settings } from '@/platform/settings'
import { adminDates } from '@/plugins/adminDates'
import { auditTrail } from '@/plugins/auditTrail'
import { contentEvents } from '@/plugins/contentEvents'
import { partnerLocales } from '@/plugins/partnerLocales'
import { permissionModel } from '@/plugins/permissionModel'
import { publicPageSize } from '@/plugins/publicPageSize'
import { seo } from '@/plugins/seo'
import { serializeSaves } from '@/plugins/serializeSaves'
import { mediaStorage } from '@/storage/mediaStorage'
import { limitedSharp } from '@/uploads/pixelLimit'
import { collections } from '@collections/index'
import { migrations } from '@migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: 'users',
    // Gravatar would send a hash of each editor's address to a third party (and the admin's
    // Content-Security-Policy allows no image host but ours).
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: adminMeta,
    components: {
      graphics: { Logo: '/components/Brand#Logo', Icon: '/components/Brand#Icon' },
      providers: [
        {
          path: '/components/AddressCheck#AddressCheck',
          clientProps: { origins: cookieOrigins() },
        },
      ],
      beforeDashboard: [
        '/components/PrivacyRequestsPanel#PrivacyRequestsPanel',
        '/components/ClusterImpactDashboard#ClusterImpactDashboard',
      ],
    },
  },
  collections,
  db: postgresAdapter({
    pool: poolOptions(),
    readReplicas: settings.database.readReplicaUris,
    // Committed migrations are the only source of the schema, in development too.
    push: false,
    migrationDir: path.resolve(dirname, '../migrations'),
    prodMigrations: migrations,
  }),
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [...defaultFeatures, SafeLinksFeature()],
  }),
  // Per-language publishing (experimental in Payload 3.90; see docs/decisions.md).
  experimental: { localizeStatus: true },
  email: emailAdapter(),
  endpoints: [
    ...newsletterSubscriptionEndpoints,
    ...eventRegistrationEndpoints,
    newsFeedEndpoint,
    searchEndpoint,
    joinEndpoint,
    matchEndpoint,
    ...reportEndpoints,
    ...privacyEndpoints,
    openApiEndpoint,
  ],
  graphQL: graphQLLimits,
  jobs,
  logger: payloadLogger(),
  localization: {
    locales: locales.map((code) => ({ code, label: label(`language.${code}`) })),
    defaultLocale,
    fallback: true,
  },
  i18n: adminI18n,
  defaultDepth: apiLimits.defaultDepth,
  maxDepth: apiLimits.maxDepth,
  upload: { limits: { fileSize: apiLimits.maxUploadBytes }, abortOnLimit: true },
  hooks: { afterError: [invalidValueIsClientError] },
  onInit,
  // The permission model last: it gives every collection and endpoint the others made its rule.
  plugins: [
    seo,
    adminDates,
    publicPageSize,
    partnerLocales,
    contentEvents,
    serializeSaves,
    auditTrail,
    mediaStorage(),
    permissionModel,
  ],
  secret: settings.payloadSecret,
  serverURL: payloadServerUrl(),
  csrf: cookieOrigins(),
  sharp: limitedSharp,
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Only `next dev` regenerates them at start: every test file, worker and script would
    // otherwise spend a core on it and rewrite the committed file.
    autoGenerate: settings.development,
  },
})
