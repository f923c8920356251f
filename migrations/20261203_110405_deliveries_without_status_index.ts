import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Each delivery row is written twice on its way out (claimed, sent). With no index on a column
// those writes change and room left on each page, PostgreSQL updates the row in place (a HOT
// update) instead of adding an entry to each of the table's nine indexes for every write.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "newsletter_status_idx";
  ALTER TABLE "deliveries" SET (fillfactor = 50);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "newsletter_status_idx" ON "deliveries" USING btree ("newsletter_id","status");
  ALTER TABLE "deliveries" RESET (fillfactor);`)
}
