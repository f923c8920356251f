import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_erasures_kind" AS ENUM('subscriber', 'registrant', 'joinRequest', 'user');
  CREATE TYPE "public"."enum_erasures_requested_by" AS ENUM('self', 'staff');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "erasures_id" integer;
  CREATE INDEX "erasures_former_id_idx" ON "erasures" USING btree ("former_id");
  CREATE INDEX "erasures_address_hash_idx" ON "erasures" USING btree ("address_hash");
  CREATE INDEX "erasures_updated_at_idx" ON "erasures" USING btree ("updated_at");
  CREATE INDEX "erasures_created_at_idx" ON "erasures" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_erasures_fk" FOREIGN KEY ("erasures_id") REFERENCES "public"."erasures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_erasures_id_idx" ON "payload_locked_documents_rels" USING btree ("erasures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "erasures" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "erasures" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_erasures_fk";
  
  DROP INDEX "payload_locked_documents_rels_erasures_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "erasures_id";
  DROP TYPE "public"."enum_erasures_kind";
  DROP TYPE "public"."enum_erasures_requested_by";`)
}
