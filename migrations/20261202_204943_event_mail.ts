import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_deliveries_kind" AS ENUM('newsletter', 'reminder', 'followUp', 'message');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'planEventMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendEventMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'planEventMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendEventMail' BEFORE 'schedulePublish';
  ALTER TABLE "deliveries" ALTER COLUMN "newsletter_id" DROP NOT NULL;
  ALTER TABLE "deliveries" ALTER COLUMN "subscriber_id" DROP NOT NULL;
  ALTER TABLE "deliveries" ADD COLUMN "kind" "enum_deliveries_kind" DEFAULT 'newsletter' NOT NULL;
  ALTER TABLE "deliveries" ADD COLUMN "event_id" integer;
  ALTER TABLE "deliveries" ADD COLUMN "registration_id" integer;
  ALTER TABLE "deliveries" ADD COLUMN "once_key" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "subject" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "body" varchar;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "deliveries_event_idx" ON "deliveries" USING btree ("event_id");
  CREATE INDEX "deliveries_registration_idx" ON "deliveries" USING btree ("registration_id");
  CREATE UNIQUE INDEX "deliveries_once_key_idx" ON "deliveries" USING btree ("once_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_event_id_events_id_fk";
  
  ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_registration_id_registrations_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNewsletterIssue', 'sendConfirmationEmail', 'deliverWebhook', 'sendJoinRequestEmail', 'sendRegistrationEmail', 'applyRetention', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNewsletterIssue', 'sendConfirmationEmail', 'deliverWebhook', 'sendJoinRequestEmail', 'sendRegistrationEmail', 'applyRetention', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "deliveries_event_idx";
  DROP INDEX "deliveries_registration_idx";
  DROP INDEX "deliveries_once_key_idx";
  ALTER TABLE "deliveries" ALTER COLUMN "newsletter_id" SET NOT NULL;
  ALTER TABLE "deliveries" ALTER COLUMN "subscriber_id" SET NOT NULL;
  ALTER TABLE "deliveries" DROP COLUMN "kind";
  ALTER TABLE "deliveries" DROP COLUMN "event_id";
  ALTER TABLE "deliveries" DROP COLUMN "registration_id";
  ALTER TABLE "deliveries" DROP COLUMN "once_key";
  ALTER TABLE "deliveries" DROP COLUMN "subject";
  ALTER TABLE "deliveries" DROP COLUMN "body";
  DROP TYPE "public"."enum_deliveries_kind";`)
}
