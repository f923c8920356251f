/**
 * Every environment variable the app reads, with its default, in one place; nothing else reads
 * `process.env` (the entry points in src/bin/ only set it up). The first read of any setting
 * checks them all, so a bad value stops the start with a message naming each bad variable.
 *
 * Checked with zod rather than envalid: the schemas are the TypeScript types, and transforms
 * (lists of URLs, proxy ranges, trailing slashes) sit beside the checks they follow.
 */
import { z } from 'zod'

import type { Locale } from '@/i18n/locales'

import { parseTrustedProxies } from './trustedProxies'

const numberFrom = (
  min: number,
  fallback: number,
  { whole = true, max = Number.MAX_SAFE_INTEGER } = {},
) => {
  const kind = whole ? 'a whole number' : 'a number'
  const expected = `expected ${kind} from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`
  const number = z.coerce.number({ error: expected }).min(min, expected).max(max, expected)
  return (whole ? number.int(expected) : number).default(fallback)
}
const yesNo = z.stringbool({ error: 'expected true or false' }).default(false)
const address = (protocols: RegExp, expected: string) =>
  z.url({ protocol: protocols, error: `expected ${expected}` })
const postgresUrl = address(/^postgres(ql)?$/, 'a postgres:// connection string')
const webUrl = address(/^https?$/, 'an http:// or https:// address').transform((url) =>
  url.replace(/\/+$/, ''),
)
const newsUrlPattern = z
  .string()
  .refine((pattern) => pattern.includes('{slug}'), 'expected an address with {slug} in it')
  .optional()
const postgresUrls = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .pipe(z.array(postgresUrl))
  .transform((uris) => (uris.length ? uris : undefined))
  .optional()
const trustedProxies = z
  .string()
  .default('')
  .transform((value, context) => {
    try {
      return parseTrustedProxies(value)
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message })
      return z.NEVER
    }
  })

/** What an operator sets; `.env.example` lists the same names, in this order. */
const variables = {
  /** PostgreSQL primary; unset: `npm run dev` and the tests start an embedded PostgreSQL. */
  DATABASE_URI: postgresUrl.optional(),
  /** Signs login tokens and cookies; required in production, the same on every instance. */
  PAYLOAD_SECRET: z.string().optional(),
  /** Port of `npm run dev` and `npm start` (3000). */
  PORT: numberFrom(1, 3000, { max: 65_535 }),
  /** Public address of the app: links, and the origin allowed to send login cookies (in development this machine's names too). */
  SERVER_URL: webUrl.optional(),
  /** The first administrator, created at start when there are no users. */
  ADMIN_EMAIL: z.string().optional(),
  /** The first administrator's password; it needs PASSWORD_MIN_LENGTH characters too. */
  ADMIN_PASSWORD: z.string().optional(),
  /** Fewest characters of any password when it is set, changed or reset (12). */
  PASSWORD_MIN_LENGTH: numberFrom(1, 12),
  /** Largest image accepted, all frames counted (40; decoding takes ~4 bytes a pixel). */
  IMAGE_MAX_MEGAPIXELS: numberFrom(0.01, 40, { whole: false }),
  /** Log level (info): trace, debug, info, warn, error, fatal or silent; set, logs are JSON. */
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).optional(),
  /** `json`: JSON log lines in development too (production always writes them). */
  LOG_FORMAT: z.enum(['json']).optional(),
  /** Outgoing mail relay, smtp:// (STARTTLS) or smtps:// (TLS); unset: mail is not sent. */
  SMTP_URL: address(/^smtps?$/, 'an smtp:// or smtps:// address').optional(),
  /** Sender address of every message (a `Name <address>` form keeps only the address). */
  EMAIL_FROM: z.string().default('uutiset@localhost'),
  /** Sender name of Finnish messages, and of Payload's own (Lapin liitto). */
  EMAIL_SENDER_NAME: z.string().min(1).default('Lapin liitto'),
  /** Sender name of Swedish messages (Lapplands förbund). */
  EMAIL_SENDER_NAME_SV: z.string().min(1).default('Lapplands förbund'),
  /** Sender name of English messages (Regional Council of Lapland). */
  EMAIL_SENDER_NAME_EN: z.string().min(1).default('Regional Council of Lapland'),
  /** Logo at the top of every message, a PNG address; `none` for none (SERVER_URL's own). */
  EMAIL_LOGO_URL: z.union([z.literal('none'), webUrl]).optional(),
  /** Postal address in the footer of every message, as marketing law asks. */
  EMAIL_POSTAL_ADDRESS: z.string().min(1).default('Hallituskatu 20 B, 96100 Rovaniemi'),
  /** Who answers a join request for a cluster without a coordinator (unset: the editors and admins). */
  JOIN_FALLBACK_EMAIL: z.email({ error: 'expected an email address' }).optional(),
  /** Feedback on the site's accessibility, named in its statement (the council's registry). */
  ACCESSIBILITY_FEEDBACK_EMAIL: z
    .email({ error: 'expected an email address' })
    .default('kirjaamo@lapinliitto.fi'),
  /** SMTP connections per process, i.e. newsletter messages in flight (5). */
  SMTP_MAX_CONNECTIONS: numberFrom(1, 5),
  /** Where newsletter, feed and search links send readers; {locale} and {slug} are filled in. */
  NEWS_URL_PATTERN: newsUrlPattern,
  /** The same for Finnish readers, before NEWS_URL_PATTERN. */
  NEWS_URL_PATTERN_FI: newsUrlPattern,
  /** The same for Swedish readers, before NEWS_URL_PATTERN. */
  NEWS_URL_PATTERN_SV: newsUrlPattern,
  /** The same for English readers, before NEWS_URL_PATTERN. */
  NEWS_URL_PATTERN_EN: newsUrlPattern,
  /** Newsletter rows one SMTP connection claims at a time (25). */
  NEWSLETTER_BATCH_SIZE: numberFrom(1, 25),
  /** How long a claim or a send may take before another worker takes the row over (300). */
  NEWSLETTER_LEASE_SECONDS: numberFrom(1, 300),
  /** First wait after a temporary failure; it doubles with each attempt, up to an hour (60000). */
  NEWSLETTER_RETRY_BASE_MS: numberFrom(1, 60_000),
  /** Temporary failures retried per message, about a day with the default wait (30). */
  NEWSLETTER_MAX_ATTEMPTS: numberFrom(1, 30),
  /** Jobs queued per issue, i.e. workers that can share one issue's sending (2). */
  NEWSLETTER_PARALLEL_JOBS: numberFrom(1, 2),
  /** Hours before an event starts that its confirmed attendees get their reminder (24). */
  EVENT_REMINDER_HOURS: numberFrom(1, 24),
  /** A job whose worker has not beaten its heart for this long is run again (600). */
  JOBS_STALE_AFTER_SECONDS: numberFrom(1, 600),
  /** How often an idle worker looks for due jobs (1000). */
  WORKER_INTERVAL_MS: numberFrom(1, 1000),
  /** First wait before a failed webhook is sent again; it doubles with each retry (10000). */
  WEBHOOK_RETRY_BASE_MS: numberFrom(1, 10_000),
  /** `true`: webhooks may go to this machine and private networks (development, tests). */
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: yesNo,
  /** Pooled database connections per process (10); writes at once are two fewer. */
  DATABASE_POOL_MAX: numberFrom(1, 10),
  /** Read replicas, comma-separated (none); workers ignore them. */
  DATABASE_READ_REPLICA_URIS: postgresUrls,
  /** Media on S3-compatible storage in this bucket; unset: on local disk (`media/`). */
  S3_BUCKET: z.string().optional(),
  /** The bucket's region (us-east-1). */
  S3_REGION: z.string().default('us-east-1'),
  /** The storage server, for S3-compatible services other than AWS. */
  S3_ENDPOINT: webUrl.optional(),
  /** `true`: bucket in the path, not the host name (MinIO, Ceph and the like). */
  S3_FORCE_PATH_STYLE: yesNo,
  /** Bucket credentials; unset: the AWS SDK's own chain (instance role, AWS_* variables). */
  S3_ACCESS_KEY_ID: z.string().optional(),
  /** The secret of S3_ACCESS_KEY_ID. */
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Readers fetch media from this address (the bucket or its CDN) instead of through the app. */
  S3_PUBLIC_URL: webUrl.optional(),
  /** Memory, per instance, for answers of public reads kept until content changes (32). */
  RESPONSE_CACHE_MAX_MB: numberFrom(0, 32),
  /** Memory, per instance, for documents' JSON reused across lists and pages (32). */
  DOCUMENT_CACHE_MAX_MB: numberFrom(0, 32),
  /** On SIGTERM, serve on while answering unready this long, for the balancer to notice (5). */
  SHUTDOWN_DELAY_SECONDS: numberFrom(0, 5),
  /** Then wait at most this long for requests in flight (30). */
  SHUTDOWN_TIMEOUT_SECONDS: numberFrom(0, 30),
  /** Idle keep-alive connections are kept this long; above the balancer's own (65). */
  HTTP_KEEP_ALIVE_SECONDS: numberFrom(1, 65),
  /** Readiness fails when a due job has waited longer (300; 0: never). */
  READY_MAX_QUEUE_WAIT_SECONDS: numberFrom(0, 300),
  /** How long a save waits for another save of the same document before a 409 (10). */
  SAVE_LOCK_WAIT_SECONDS: numberFrom(1, 10),
  /** API requests per minute per client address, all instances together (600). */
  API_RATE_LIMIT_PER_MINUTE: numberFrom(1, 600),
  /** API requests per minute per partner key, all instances together (6000). */
  PARTNER_RATE_LIMIT_PER_MINUTE: numberFrom(1, 6000),
  /** Proxies whose X-Forwarded-For entry is believed: a hop count or addresses/CIDRs (none). */
  TRUSTED_PROXIES: trustedProxies,
  /** Where the privacy notices send questions and requests about personal data (the council's registry). */
  PRIVACY_CONTACT_EMAIL: z
    .email({ error: 'expected an email address' })
    .default('kirjaamo@lapinliitto.fi'),
  /** Days an unconfirmed subscription is kept before it is deleted (7). */
  RETENTION_UNCONFIRMED_SUBSCRIPTION_DAYS: numberFrom(1, 7),
  /** Days an unsubscribed address is kept after it left (30). */
  RETENTION_UNSUBSCRIBED_DAYS: numberFrom(1, 30),
  /** Months a join request is kept after its last status change (24). */
  RETENTION_JOIN_REQUEST_MONTHS: numberFrom(1, 24),
  /** Days registrants' data is kept after their event ended (180). */
  RETENTION_REGISTRANT_DAYS: numberFrom(1, 180),
  /** Months a newsletter delivery row is kept (13). */
  RETENTION_DELIVERY_MONTHS: numberFrom(1, 13),
  /** Days access-log rows (request records with addresses) are kept (90). */
  RETENTION_ACCESS_LOG_DAYS: numberFrom(1, 90),
  /** Months the audit log (who did what, with staff addresses) is kept (24). */
  RETENTION_AUDIT_LOG_MONTHS: numberFrom(1, 24),
}

/** Set by npm scripts and Next, not by an operator. */
const toolVariables = {
  NODE_ENV: z.string().optional(),
  /** `phase-production-build` during `next build`, which needs no secret and no database. */
  NEXT_PHASE: z.string().optional(),
}

const environment = z.object({ ...variables, ...toolVariables })
type Environment = z.output<typeof environment>
type Name = keyof Environment
type Env = Record<string, string | undefined>

export const settingNames = Object.keys(variables) as (keyof typeof variables)[]

/**
 * Read again at each use instead of once: tests change these between requests (rate limits,
 * trusted proxies, password length, image size, private webhook targets, the lock wait, the
 * first administrator, the server under test).
 */
const followsEnvironment = new Set<Name>([
  'SERVER_URL',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'JOIN_FALLBACK_EMAIL',
  'PASSWORD_MIN_LENGTH',
  'IMAGE_MAX_MEGAPIXELS',
  'WEBHOOKS_ALLOW_PRIVATE_TARGETS',
  'SAVE_LOCK_WAIT_SECONDS',
  'API_RATE_LIMIT_PER_MINUTE',
  'PARTNER_RATE_LIMIT_PER_MINUTE',
  'TRUSTED_PROXIES',
])

/** Secrets are named in an error, never shown. */
const secret = new Set<string>([
  'DATABASE_URI',
  'DATABASE_READ_REPLICA_URIS',
  'PAYLOAD_SECRET',
  'ADMIN_PASSWORD',
  'SMTP_URL',
  'S3_SECRET_ACCESS_KEY',
])

// `NAME=` in a .env file means unset, as it does for most tools.
const valueOf = (env: Env, name: string) => (env[name] === '' ? undefined : env[name])

/** `name`: the variable, for issues of one variable's schema (their path is empty). */
function settingsError(issues: z.core.$ZodIssue[], env: Env, name?: string): Error {
  const lines = issues.map((issue) => {
    const variable = String(issue.path[0] ?? name)
    const shown = secret.has(variable) ? '' : ` ("${env[variable]}")`
    return `  ${variable}${shown}: ${issue.message}`
  })
  return new Error(
    `Invalid environment variable${lines.length > 1 ? 's' : ''}:\n${lines.join('\n')}`,
  )
}

function parseEnvironment(env: Env): Environment {
  const names = Object.keys(environment.shape)
  const result = environment.safeParse(
    Object.fromEntries(names.map((name) => [name, valueOf(env, name)])),
  )
  if (!result.success) throw settingsError(result.error.issues, env)
  return result.data
}

function parseOne<N extends Name>(name: N, env: Env): Environment[N] {
  const schema: z.ZodType = environment.shape[name]
  const result = schema.safeParse(valueOf(env, name))
  if (!result.success) throw settingsError(result.error.issues, env, name)
  return result.data as Environment[N]
}

type Read = <N extends Name>(name: N) => Environment[N]

const developmentSecret = 'arctic-newsroom-development-only-secret'

/** The settings as the app uses them, over one way of reading a variable. */
function view(read: Read) {
  const production = () => read('NODE_ENV') === 'production'
  const building = () => read('NEXT_PHASE') === 'phase-production-build'
  return {
    get production() {
      return production()
    },
    get development() {
      return read('NODE_ENV') === 'development'
    },
    get building() {
      return building()
    },
    /** The public address without a trailing slash: SERVER_URL, or this machine at PORT. */
    get serverUrl() {
      return read('SERVER_URL') ?? `http://localhost:${read('PORT')}`
    },
    /**
     * SERVER_URL as set, for what behaves differently without one: Payload's CSRF list and
     * serverURL, CORS, and preview links (relative, so the admin opens them on its own origin).
     */
    get configuredServerUrl() {
      return read('SERVER_URL')
    },
    get port() {
      return read('PORT')
    },
    /** Development gets a fixed secret so `npm run dev` needs no setup; production must bring its own. */
    get payloadSecret() {
      const value = read('PAYLOAD_SECRET')
      if (value) return value
      if (production() && !building()) {
        throw new Error('PAYLOAD_SECRET must be set in production (a long random string).')
      }
      return developmentSecret
    },
    database: {
      get uri() {
        return read('DATABASE_URI')
      },
      get poolMax() {
        return read('DATABASE_POOL_MAX')
      },
      get readReplicaUris() {
        return read('DATABASE_READ_REPLICA_URIS')
      },
    },
    /** Both set, or no first administrator. */
    get firstAdmin() {
      const email = read('ADMIN_EMAIL')
      const password = read('ADMIN_PASSWORD')
      return email && password ? { email, password } : undefined
    },
    get passwordMinLength() {
      return read('PASSWORD_MIN_LENGTH')
    },
    log: {
      get level() {
        return read('LOG_LEVEL') ?? 'info'
      },
      /** JSON lines in production, or whenever a level or the format is asked for. */
      get json() {
        return production() || Boolean(read('LOG_LEVEL')) || read('LOG_FORMAT') === 'json'
      },
    },
    smtp: {
      get url() {
        return read('SMTP_URL')
      },
      /** The bare address, whatever form EMAIL_FROM was given in. */
      get from() {
        const value = read('EMAIL_FROM')
        return (/<([^>]+)>/.exec(value)?.[1] ?? value).trim()
      },
      senderName(locale: Locale): string {
        if (locale === 'sv') return read('EMAIL_SENDER_NAME_SV')
        if (locale === 'en') return read('EMAIL_SENDER_NAME_EN')
        return read('EMAIL_SENDER_NAME')
      },
      /** Unset: the council's logo from this app's own address. */
      get logoUrl(): string | undefined {
        const value = read('EMAIL_LOGO_URL')
        if (value === 'none') return undefined
        return (
          value ??
          `${read('SERVER_URL') ?? `http://localhost:${read('PORT')}`}/email/lapin-liitto.png`
        )
      },
      get postalAddress() {
        return read('EMAIL_POSTAL_ADDRESS')
      },
      get maxConnections() {
        return read('SMTP_MAX_CONNECTIONS')
      },
    },
    /** The address for join requests no coordinator answers; undefined: the editors and admins. */
    get joinFallbackEmail() {
      return read('JOIN_FALLBACK_EMAIL')
    },
    get accessibilityFeedbackEmail() {
      return read('ACCESSIBILITY_FEEDBACK_EMAIL')
    },
    /** NEWS_URL_PATTERN_FI (or _SV, _EN) before NEWS_URL_PATTERN; unset: our own site. */
    newsUrlPattern(locale: Locale): string | undefined {
      const upper = locale.toUpperCase() as Uppercase<Locale>
      return read(`NEWS_URL_PATTERN_${upper}`) ?? read('NEWS_URL_PATTERN')
    },
    newsletter: {
      get batchSize() {
        return read('NEWSLETTER_BATCH_SIZE')
      },
      get leaseSeconds() {
        return read('NEWSLETTER_LEASE_SECONDS')
      },
      get retryBaseMs() {
        return read('NEWSLETTER_RETRY_BASE_MS')
      },
      get maxAttempts() {
        return read('NEWSLETTER_MAX_ATTEMPTS')
      },
      get parallelJobs() {
        return read('NEWSLETTER_PARALLEL_JOBS')
      },
    },
    events: {
      get reminderHours() {
        return read('EVENT_REMINDER_HOURS')
      },
    },
    jobs: {
      get staleAfterSeconds() {
        return read('JOBS_STALE_AFTER_SECONDS')
      },
      get workerIntervalMs() {
        return read('WORKER_INTERVAL_MS')
      },
    },
    webhooks: {
      get retryBaseMs() {
        return read('WEBHOOK_RETRY_BASE_MS')
      },
      get allowPrivateTargets() {
        return read('WEBHOOKS_ALLOW_PRIVATE_TARGETS')
      },
    },
    media: {
      get bucket() {
        return read('S3_BUCKET')
      },
      get region() {
        return read('S3_REGION')
      },
      get endpoint() {
        return read('S3_ENDPOINT')
      },
      get forcePathStyle() {
        return read('S3_FORCE_PATH_STYLE')
      },
      /** Both or neither. */
      get credentials() {
        const accessKeyId = read('S3_ACCESS_KEY_ID')
        const secretAccessKey = read('S3_SECRET_ACCESS_KEY')
        return accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined
      },
      get publicUrl() {
        return read('S3_PUBLIC_URL')
      },
      get maxMegapixels() {
        return read('IMAGE_MAX_MEGAPIXELS')
      },
    },
    cache: {
      get responseMaxBytes() {
        return read('RESPONSE_CACHE_MAX_MB') * 1024 * 1024
      },
      get documentMaxBytes() {
        return read('DOCUMENT_CACHE_MAX_MB') * 1024 * 1024
      },
    },
    server: {
      get shutdownDelaySeconds() {
        return read('SHUTDOWN_DELAY_SECONDS')
      },
      get shutdownTimeoutSeconds() {
        return read('SHUTDOWN_TIMEOUT_SECONDS')
      },
      get keepAliveSeconds() {
        return read('HTTP_KEEP_ALIVE_SECONDS')
      },
    },
    get readyMaxQueueWaitSeconds() {
      return read('READY_MAX_QUEUE_WAIT_SECONDS')
    },
    get saveLockWaitSeconds() {
      return read('SAVE_LOCK_WAIT_SECONDS')
    },
    rateLimits: {
      get perAddressPerMinute() {
        return read('API_RATE_LIMIT_PER_MINUTE')
      },
      get perPartnerPerMinute() {
        return read('PARTNER_RATE_LIMIT_PER_MINUTE')
      },
    },
    get trustedProxies() {
      return read('TRUSTED_PROXIES')
    },
    privacy: {
      get contactEmail() {
        return read('PRIVACY_CONTACT_EMAIL')
      },
      /** How long each kind of personal data is kept; the retention job and the notices read this. */
      retention: {
        get unconfirmedSubscriptionDays() {
          return read('RETENTION_UNCONFIRMED_SUBSCRIPTION_DAYS')
        },
        get unsubscribedDays() {
          return read('RETENTION_UNSUBSCRIBED_DAYS')
        },
        get joinRequestMonths() {
          return read('RETENTION_JOIN_REQUEST_MONTHS')
        },
        get registrantDays() {
          return read('RETENTION_REGISTRANT_DAYS')
        },
        get deliveryMonths() {
          return read('RETENTION_DELIVERY_MONTHS')
        },
        get accessLogDays() {
          return read('RETENTION_ACCESS_LOG_DAYS')
        },
        get auditLogMonths() {
          return read('RETENTION_AUDIT_LOG_MONTHS')
        },
      },
    },
  }
}

export type Settings = ReturnType<typeof view>

let checked: Environment | undefined

/** This process's settings; the first read checks every variable. */
export const settings: Settings = view((name) => {
  checked ??= parseEnvironment(process.env)
  return followsEnvironment.has(name) ? parseOne(name, process.env) : checked[name]
})

/** The settings an environment would give, checked the same way; throws naming each bad variable. */
export function readSettings(env: Env): Settings {
  const parsed = parseEnvironment(env)
  return view((name) => parsed[name])
}
