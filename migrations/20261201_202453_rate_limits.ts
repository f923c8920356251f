import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Hand-written (issue 12): the counters of rate-limiter-flexible's PostgreSQL store
// (src/api/rateLimit.ts), shared by every app instance, in the columns the library queries.
// Its own schema: Payload's drift check compares `public` only, and no snapshot changes.
// Unlogged: every limited request writes a row, and a count lost in a crash costs nothing.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE SCHEMA "rate_limits";
  CREATE UNLOGGED TABLE "rate_limits"."counters" (
    "key" varchar(255) PRIMARY KEY,
    "points" integer DEFAULT 0 NOT NULL,
    "expire" bigint
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP SCHEMA "rate_limits" CASCADE;`)
}
