import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_webhook_deliveries_event_type" ADD VALUE 'cancel';
  ALTER TYPE "public"."enum_webhook_deliveries_target_collection" ADD VALUE 'events' BEFORE 'clusters';
  DROP INDEX "deliveries_status_idx";
  DROP INDEX "deliveries_next_attempt_at_idx";
  DROP INDEX "deliveries_updated_at_idx";
  ALTER TABLE "events" ADD COLUMN "cancelled" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_cancelled" boolean DEFAULT false;
  ALTER TABLE "registrations" ADD COLUMN "cancellation_notified_at" timestamp(3) with time zone;
  CREATE INDEX "events_ends_at_idx" ON "events" USING btree ("ends_at");
  CREATE INDEX "events_cancelled_idx" ON "events" USING btree ("cancelled");
  CREATE INDEX "_events_v_version_version_ends_at_idx" ON "_events_v" USING btree ("version_ends_at");
  CREATE INDEX "_events_v_version_version_cancelled_idx" ON "_events_v" USING btree ("version_cancelled");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "webhook_deliveries" ALTER COLUMN "event_type" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhook_deliveries_event_type";
  CREATE TYPE "public"."enum_webhook_deliveries_event_type" AS ENUM('publish', 'update', 'unpublish', 'delete');
  ALTER TABLE "webhook_deliveries" ALTER COLUMN "event_type" SET DATA TYPE "public"."enum_webhook_deliveries_event_type" USING "event_type"::"public"."enum_webhook_deliveries_event_type";
  ALTER TABLE "webhook_deliveries" ALTER COLUMN "target_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhook_deliveries_target_collection";
  CREATE TYPE "public"."enum_webhook_deliveries_target_collection" AS ENUM('news', 'clusters', 'experts', 'contacts');
  ALTER TABLE "webhook_deliveries" ALTER COLUMN "target_collection" SET DATA TYPE "public"."enum_webhook_deliveries_target_collection" USING "target_collection"::"public"."enum_webhook_deliveries_target_collection";
  DROP INDEX "events_ends_at_idx";
  DROP INDEX "events_cancelled_idx";
  DROP INDEX "_events_v_version_version_ends_at_idx";
  DROP INDEX "_events_v_version_version_cancelled_idx";
  CREATE INDEX "deliveries_status_idx" ON "deliveries" USING btree ("status");
  CREATE INDEX "deliveries_next_attempt_at_idx" ON "deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  ALTER TABLE "events" DROP COLUMN "cancelled";
  ALTER TABLE "_events_v" DROP COLUMN "version_cancelled";
  ALTER TABLE "registrations" DROP COLUMN "cancellation_notified_at";`)
}
