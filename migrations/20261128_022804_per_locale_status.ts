import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'schedulePublish';
  DROP INDEX "news__status_idx";
  DROP INDEX "_news_v_version_version__status_idx";
  ALTER TABLE "news_locales" ADD COLUMN "_status" "enum_news_status" DEFAULT 'draft';
  ALTER TABLE "_news_v_locales" ADD COLUMN "version__status" "enum__news_v_version_status" DEFAULT 'draft';
  -- Every existing translation keeps the status its document had.
  UPDATE "news_locales" l SET "_status" = n."_status" FROM "news" n WHERE l."_parent_id" = n."id";
  UPDATE "_news_v_locales" l SET "version__status" = v."version__status" FROM "_news_v" v WHERE l."_parent_id" = v."id";
  CREATE INDEX "news__status_idx" ON "news_locales" USING btree ("_status","_locale");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v_locales" USING btree ("version__status","_locale");
  ALTER TABLE "news" DROP COLUMN "_status";
  ALTER TABLE "_news_v" DROP COLUMN "version__status";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNewsletterIssue', 'sendConfirmationEmail', 'deliverWebhook');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNewsletterIssue', 'sendConfirmationEmail', 'deliverWebhook');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "news__status_idx";
  DROP INDEX "_news_v_version_version__status_idx";
  ALTER TABLE "news" ADD COLUMN "_status" "enum_news_status" DEFAULT 'draft';
  ALTER TABLE "_news_v" ADD COLUMN "version__status" "enum__news_v_version_status" DEFAULT 'draft';
  -- A document is published if any of its languages was.
  UPDATE "news" n SET "_status" = 'published' WHERE EXISTS (SELECT 1 FROM "news_locales" l WHERE l."_parent_id" = n."id" AND l."_status" = 'published');
  UPDATE "_news_v" v SET "version__status" = 'published' WHERE EXISTS (SELECT 1 FROM "_news_v_locales" l WHERE l."_parent_id" = v."id" AND l."version__status" = 'published');
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  ALTER TABLE "news_locales" DROP COLUMN "_status";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version__status";`)
}
