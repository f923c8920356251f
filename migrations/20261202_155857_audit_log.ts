import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Generated, then the trigger added by hand (issue 17): the audit log is append-only in the
// database too. The API refuses updates and deletes to everyone (src/access/permissions.ts);
// this also stops the app's own code and a raw SQL session. Two changes pass: retention's
// delete, in a transaction that set `arctic.audit_log_prune` (src/audit/retention.ts), and the
// foreign key clearing the link to a deleted account (the row keeps the copied address).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_log_action" AS ENUM('viewList', 'viewDocument', 'export', 'erase', 'publish', 'unpublish', 'issuePartnerKey', 'revokePartnerKey', 'sendNewsletter', 'messageAttendees', 'checkIn');
  CREATE TYPE "public"."enum_audit_log_locale" AS ENUM('fi', 'sv', 'en');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "audit_log_time_idx" ON "audit_log" USING btree ("time");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
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
   ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_log" CASCADE;
  DROP FUNCTION "audit_log_append_only"();
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_audit_log_locale";`)
}
