import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Hand-written (issue 15): indexes for a search that ranks a bounded set (src/search/searchIndex.ts).
// The search schema is outside Payload's drift check: no snapshot changes.
// - entries_news_newest: a common word's newest matching news, walked in order, stopping at the
//   limit, without reading every match.
// - entries_tsv_<locale> in place of one GIN index for all languages: a rare word's few rows
//   straight from its language's index. With the shared index the planner ANDed it with a
//   locale index, reading 100,000 index entries for a word in 100 items. A new language needs
//   its own index here, as it needs its configuration in search.config.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX entries_news_newest ON search.entries (locale, published_at DESC NULLS LAST, doc_id DESC)
    WHERE collection = 'news';
  DROP INDEX search.entries_tsv;
  CREATE INDEX entries_tsv_fi ON search.entries USING gin (tsv) WHERE locale = 'fi';
  CREATE INDEX entries_tsv_sv ON search.entries USING gin (tsv) WHERE locale = 'sv';
  CREATE INDEX entries_tsv_en ON search.entries USING gin (tsv) WHERE locale = 'en';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX search.entries_news_newest;
  DROP INDEX search.entries_tsv_fi;
  DROP INDEX search.entries_tsv_sv;
  DROP INDEX search.entries_tsv_en;
  CREATE INDEX entries_tsv ON search.entries USING gin (tsv);`)
}
