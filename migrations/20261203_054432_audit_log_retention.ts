import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_retention_runs_results_rule" ADD VALUE 'auditLog';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM "retention_runs_results" WHERE "rule" = 'auditLog';
  ALTER TABLE "retention_runs_results" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum_retention_runs_results_rule";
  CREATE TYPE "public"."enum_retention_runs_results_rule" AS ENUM('unconfirmedSubscriptions', 'unsubscribedAddresses', 'joinRequests', 'eventRegistrants', 'newsletterDeliveries', 'rateLimitCounters', 'staffSessions', 'webhookDeliveries');
  ALTER TABLE "retention_runs_results" ALTER COLUMN "rule" SET DATA TYPE "public"."enum_retention_runs_results_rule" USING "rule"::"public"."enum_retention_runs_results_rule";`)
}
