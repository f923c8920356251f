import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_erasures_kind" AS ENUM('subscriber', 'registrant', 'joinRequest', 'user');
  CREATE TYPE "public"."enum_erasures_requested_by" AS ENUM('self', 'staff');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('viewList', 'viewDocument', 'export', 'erase', 'publish', 'unpublish', 'issuePartnerKey', 'revokePartnerKey', 'sendNewsletter', 'messageAttendees', 'checkIn');
  CREATE TYPE "public"."enum_audit_log_locale" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_retention_runs_results_rule" AS ENUM('unconfirmedSubscriptions', 'unsubscribedAddresses', 'joinRequests', 'eventRegistrants', 'newsletterDeliveries', 'rateLimitCounters', 'staffSessions', 'webhookDeliveries');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'applyRetention' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'applyRetention' BEFORE 'schedulePublish';
  CREATE TABLE "erasures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_erasures_kind" NOT NULL,
  	"former_id" numeric,
  	"address_hash" varchar,
  	"consent_given_at" timestamp(3) with time zone,
  	"consent_confirmed_at" timestamp(3) with time zone,
  	"consent_version" varchar,
  	"erased_at" timestamp(3) with time zone NOT NULL,
  	"requested_by" "enum_erasures_requested_by" NOT NULL,
  	"link_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"time" timestamp(3) with time zone NOT NULL,
  	"actor_id" integer,
  	"actor_email" varchar,
  	"actor_roles" varchar,
  	"action" "enum_audit_log_action" NOT NULL,
  	"target_collection" varchar,
  	"target_id" varchar,
  	"locale" "enum_audit_log_locale",
  	"request_id" varchar,
  	"client_address" varchar,
  	"detail" jsonb
  );
  
  CREATE TABLE "retention_runs_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"rule" "enum_retention_runs_results_rule" NOT NULL,
  	"cutoff" timestamp(3) with time zone NOT NULL,
  	"count" numeric NOT NULL
  );
  
  CREATE TABLE "retention_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"ran_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "erasures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "retention_runs_id" integer;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "retention_runs_results" ADD CONSTRAINT "retention_runs_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."retention_runs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "erasures_former_id_idx" ON "erasures" USING btree ("former_id");
  CREATE INDEX "erasures_address_hash_idx" ON "erasures" USING btree ("address_hash");
  CREATE INDEX "erasures_updated_at_idx" ON "erasures" USING btree ("updated_at");
  CREATE INDEX "erasures_created_at_idx" ON "erasures" USING btree ("created_at");
  CREATE INDEX "audit_log_time_idx" ON "audit_log" USING btree ("time");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "retention_runs_results_order_idx" ON "retention_runs_results" USING btree ("_order");
  CREATE INDEX "retention_runs_results_parent_id_idx" ON "retention_runs_results" USING btree ("_parent_id");
  CREATE INDEX "retention_runs_ran_at_idx" ON "retention_runs" USING btree ("ran_at");
  CREATE INDEX "retention_runs_updated_at_idx" ON "retention_runs" USING btree ("updated_at");
  CREATE INDEX "retention_runs_created_at_idx" ON "retention_runs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_erasures_fk" FOREIGN KEY ("erasures_id") REFERENCES "public"."erasures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_retention_runs_fk" FOREIGN KEY ("retention_runs_id") REFERENCES "public"."retention_runs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_erasures_id_idx" ON "payload_locked_documents_rels" USING btree ("erasures_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_retention_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("retention_runs_id");
  CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      IF current_setting('arctic.audit_log_prune', true) = 'on' THEN
        RETURN OLD;
      END IF;
    ELSIF TG_OP = 'UPDATE' THEN
      IF OLD.actor_id IS NOT NULL AND NEW.actor_id IS NULL
         AND to_jsonb(NEW) - 'actor_id' = to_jsonb(OLD) - 'actor_id' THEN
        RETURN NEW;
      END IF;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END
  $$;
  CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
  CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "erasures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "retention_runs_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "retention_runs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "erasures" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP FUNCTION "audit_log_append_only"();
  DROP TABLE "retention_runs_results" CASCADE;
  DROP TABLE "retention_runs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_erasures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_retention_runs_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNewsletterIssue', 'sendConfirmationEmail', 'deliverWebhook', 'sendJoinRequestEmail', 'sendRegistrationEmail', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNewsletterIssue', 'sendConfirmationEmail', 'deliverWebhook', 'sendJoinRequestEmail', 'sendRegistrationEmail', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_erasures_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  DROP INDEX "payload_locked_documents_rels_retention_runs_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "erasures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "retention_runs_id";
  DROP TYPE "public"."enum_erasures_kind";
  DROP TYPE "public"."enum_erasures_requested_by";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_audit_log_locale";
  DROP TYPE "public"."enum_retention_runs_results_rule";`)
}
