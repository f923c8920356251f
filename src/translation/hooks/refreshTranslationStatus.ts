import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import type { Locale } from '@/i18n/locales'
import { tablesOf } from '@/platform/database/tables'
import { transactionDb } from '@/platform/database/transaction'
import { translationStatus, type LanguageFacts } from '@/translation/status'

type Settings = {
  collection: CollectionSlug
  /** The localized column whose presence means a language has been written. */
  textColumn: string
  /** With drafts, the newest text lives in the versions table and readers see `_status`. */
  drafts: boolean
}

type FactRow = {
  locale: Locale
  has_text: boolean
  published: boolean
  text_updated_at: Date | null
}

/**
 * Recomputes the three status columns after every save, in the same transaction, on the
 * document and on its newest version (the admin's list reads those), in SQL: the statuses
 * depend on every language at once, which one save's hooks do not see.
 */
export const refreshTranslationStatus =
  ({ collection, textColumn, drafts }: Settings): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const db = await transactionDb(req)
    const t = sql.identifier
    const tables = tablesOf(req.payload, collection)
    const facts = drafts
      ? sql`SELECT vl._locale AS locale, vl.${t(`version_${textColumn}`)} IS NOT NULL AS has_text,
              coalesce(ml._status = 'published', false) AS published,
              vl.version_text_updated_at AS text_updated_at
            FROM ${t(tables.versions)} v
            JOIN ${t(tables.versionLocales)} vl ON vl._parent_id = v.id
            LEFT JOIN ${t(tables.locales)} ml ON ml._parent_id = v.parent_id AND ml._locale = vl._locale
            WHERE v.parent_id = ${doc.id} AND v.latest`
      : sql`SELECT _locale AS locale, ${t(textColumn)} IS NOT NULL AS has_text,
              ${t(textColumn)} IS NOT NULL AS published, text_updated_at
            FROM ${t(tables.locales)} WHERE _parent_id = ${doc.id}`
    const { rows } = (await db.execute(facts)) as unknown as { rows: FactRow[] }
    const status = translationStatus(
      rows.map((row): LanguageFacts => ({
        locale: row.locale,
        hasText: row.has_text,
        published: row.published,
        textUpdatedAt: row.text_updated_at ? new Date(row.text_updated_at) : null,
      })),
    )
    await db.execute(
      sql`UPDATE ${t(tables.main)} SET translation_fi = ${status.fi}, translation_sv = ${status.sv},
            translation_en = ${status.en} WHERE id = ${doc.id}`,
    )
    if (drafts) {
      await db.execute(
        sql`UPDATE ${t(tables.versions)} SET version_translation_fi = ${status.fi},
              version_translation_sv = ${status.sv}, version_translation_en = ${status.en}
            WHERE parent_id = ${doc.id} AND latest`,
      )
    }
    return { ...doc, translationFi: status.fi, translationSv: status.sv, translationEn: status.en }
  }
