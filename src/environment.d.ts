declare global {
  namespace NodeJS {
    interface ProcessEnv {
      /** postgres://user:password@host:port/database; unset = embedded PostgreSQL (dev, tests) */
      DATABASE_URI?: string
      /** Signs sessions and tokens; required in production */
      PAYLOAD_SECRET?: string
      /** Port of `npm run dev` / `npm start` (default 3000) */
      PORT?: string
      /** Public address of this app, used in links and the CSRF allow-list */
      SERVER_URL?: string
      /** First administrator, created on start when no user exists */
      ADMIN_EMAIL?: string
      ADMIN_PASSWORD?: string
      /** Payload's log level: trace, debug, info, warn, error, fatal or silent */
      LOG_LEVEL?: string
      /** smtp://user:pass@host:587 or smtps://…; unset: mail is logged (development) */
      SMTP_URL?: string
      /** Sender of all mail, e.g. "Arctic Smartness <uutiset@example.fi>" */
      EMAIL_FROM?: string
      /** Where readers open a news item: {locale} and {slug} are filled in */
      NEWS_URL_PATTERN?: string
    }
  }
}

export {}
