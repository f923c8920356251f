import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_languages" AS ENUM('fi', 'sv', 'en', 'se', 'no', 'de', 'fr', 'ru');
  CREATE TYPE "public"."enum_events_programme_startsat_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum_events_programme_endsat_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum_events_format" AS ENUM('onSite', 'online', 'hybrid');
  CREATE TYPE "public"."enum_events_registrationopensat_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum_events_registrationclosesat_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum_events_translation_fi" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum_events_translation_sv" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum_events_translation_en" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_languages" AS ENUM('fi', 'sv', 'en', 'se', 'no', 'de', 'fr', 'ru');
  CREATE TYPE "public"."enum__events_v_version_programme_startsat_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum__events_v_version_programme_endsat_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum__events_v_version_startsat_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum__events_v_version_endsat_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum__events_v_version_format" AS ENUM('onSite', 'online', 'hybrid');
  CREATE TYPE "public"."enum__events_v_version_registrationopensat_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum__events_v_version_registrationclosesat_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum__events_v_version_translation_fi" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum__events_v_version_translation_sv" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum__events_v_version_translation_en" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_registrations_locale" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('pending', 'confirmed', 'waitlisted', 'cancelled', 'attended');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendRegistrationEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendRegistrationEmail' BEFORE 'schedulePublish';
  CREATE TABLE "events_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_programme" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_events_programme_startsat_tz" DEFAULT 'Europe/Helsinki',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_programme_endsat_tz" DEFAULT 'Europe/Helsinki'
  );
  
  CREATE TABLE "events_programme_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "events_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"file_id" integer
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_events_startsat_tz" DEFAULT 'Europe/Helsinki',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_endsat_tz" DEFAULT 'Europe/Helsinki',
  	"format" "enum_events_format" DEFAULT 'onSite',
  	"venue_address" varchar,
  	"venue_map_url" varchar,
  	"online_url" varchar,
  	"capacity" numeric,
  	"registration_opens_at" timestamp(3) with time zone,
  	"registrationopensat_tz" "enum_events_registrationopensat_tz" DEFAULT 'Europe/Helsinki',
  	"registration_closes_at" timestamp(3) with time zone,
  	"registrationclosesat_tz" "enum_events_registrationclosesat_tz" DEFAULT 'Europe/Helsinki',
  	"recording_url" varchar,
  	"translation_fi" "enum_events_translation_fi" DEFAULT 'missing',
  	"translation_sv" "enum_events_translation_sv" DEFAULT 'missing',
  	"translation_en" "enum_events_translation_en" DEFAULT 'missing',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"lead" varchar,
  	"body" jsonb,
  	"venue_name" varchar,
  	"summary" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"text_updated_at" timestamp(3) with time zone,
  	"_status" "enum_events_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"experts_id" integer,
  	"clusters_id" integer,
  	"contacts_id" integer
  );
  
  CREATE TABLE "_events_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_programme" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum__events_v_version_programme_startsat_tz" DEFAULT 'Europe/Helsinki',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum__events_v_version_programme_endsat_tz" DEFAULT 'Europe/Helsinki',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_programme_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_version_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"file_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__events_v_version_startsat_tz" DEFAULT 'Europe/Helsinki',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__events_v_version_endsat_tz" DEFAULT 'Europe/Helsinki',
  	"version_format" "enum__events_v_version_format" DEFAULT 'onSite',
  	"version_venue_address" varchar,
  	"version_venue_map_url" varchar,
  	"version_online_url" varchar,
  	"version_capacity" numeric,
  	"version_registration_opens_at" timestamp(3) with time zone,
  	"version_registrationopensat_tz" "enum__events_v_version_registrationopensat_tz" DEFAULT 'Europe/Helsinki',
  	"version_registration_closes_at" timestamp(3) with time zone,
  	"version_registrationclosesat_tz" "enum__events_v_version_registrationclosesat_tz" DEFAULT 'Europe/Helsinki',
  	"version_recording_url" varchar,
  	"version_translation_fi" "enum__events_v_version_translation_fi" DEFAULT 'missing',
  	"version_translation_sv" "enum__events_v_version_translation_sv" DEFAULT 'missing',
  	"version_translation_en" "enum__events_v_version_translation_en" DEFAULT 'missing',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_lead" varchar,
  	"version_body" jsonb,
  	"version_venue_name" varchar,
  	"version_summary" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_text_updated_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"experts_id" integer,
  	"clusters_id" integer,
  	"contacts_id" integer
  );
  
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"organisation" varchar,
  	"locale" "enum_registrations_locale" NOT NULL,
  	"status" "enum_registrations_status" DEFAULT 'pending' NOT NULL,
  	"answers" jsonb,
  	"consent_text" varchar,
  	"consent_version" varchar,
  	"consent_locale" varchar,
  	"consent_source" varchar,
  	"consent_given_at" timestamp(3) with time zone,
  	"consent_confirmed_at" timestamp(3) with time zone,
  	"seat_decided_at" timestamp(3) with time zone,
  	"token_hash" varchar,
  	"confirmation_sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "registrations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clusters_id" integer
  );
  
  ALTER TABLE "news_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "_news_v_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registrations_id" integer;
  ALTER TABLE "events_languages" ADD CONSTRAINT "events_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_programme" ADD CONSTRAINT "events_programme_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_programme_locales" ADD CONSTRAINT "events_programme_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_materials" ADD CONSTRAINT "events_materials_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_materials" ADD CONSTRAINT "events_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_experts_fk" FOREIGN KEY ("experts_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_clusters_fk" FOREIGN KEY ("clusters_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_languages" ADD CONSTRAINT "_events_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_programme" ADD CONSTRAINT "_events_v_version_programme_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_programme_locales" ADD CONSTRAINT "_events_v_version_programme_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_programme"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_materials" ADD CONSTRAINT "_events_v_version_materials_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_version_materials" ADD CONSTRAINT "_events_v_version_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_experts_fk" FOREIGN KEY ("experts_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_clusters_fk" FOREIGN KEY ("clusters_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations_rels" ADD CONSTRAINT "registrations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations_rels" ADD CONSTRAINT "registrations_rels_clusters_fk" FOREIGN KEY ("clusters_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_languages_order_idx" ON "events_languages" USING btree ("order");
  CREATE INDEX "events_languages_parent_idx" ON "events_languages" USING btree ("parent_id");
  CREATE INDEX "events_programme_order_idx" ON "events_programme" USING btree ("_order");
  CREATE INDEX "events_programme_parent_id_idx" ON "events_programme" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "events_programme_locales_locale_parent_id_unique" ON "events_programme_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_materials_order_idx" ON "events_materials" USING btree ("_order");
  CREATE INDEX "events_materials_parent_id_idx" ON "events_materials" USING btree ("_parent_id");
  CREATE INDEX "events_materials_locale_idx" ON "events_materials" USING btree ("_locale");
  CREATE INDEX "events_materials_file_idx" ON "events_materials" USING btree ("file_id");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_translation_fi_idx" ON "events" USING btree ("translation_fi");
  CREATE INDEX "events_translation_sv_idx" ON "events" USING btree ("translation_sv");
  CREATE INDEX "events_translation_en_idx" ON "events" USING btree ("translation_en");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events_locales" USING btree ("slug","_locale");
  CREATE INDEX "events__status_idx" ON "events_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_experts_id_idx" ON "events_rels" USING btree ("experts_id");
  CREATE INDEX "events_rels_clusters_id_idx" ON "events_rels" USING btree ("clusters_id");
  CREATE INDEX "events_rels_contacts_id_idx" ON "events_rels" USING btree ("contacts_id");
  CREATE INDEX "_events_v_version_languages_order_idx" ON "_events_v_version_languages" USING btree ("order");
  CREATE INDEX "_events_v_version_languages_parent_idx" ON "_events_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_programme_order_idx" ON "_events_v_version_programme" USING btree ("_order");
  CREATE INDEX "_events_v_version_programme_parent_id_idx" ON "_events_v_version_programme" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_events_v_version_programme_locales_locale_parent_id_unique" ON "_events_v_version_programme_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_version_materials_order_idx" ON "_events_v_version_materials" USING btree ("_order");
  CREATE INDEX "_events_v_version_materials_parent_id_idx" ON "_events_v_version_materials" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_materials_locale_idx" ON "_events_v_version_materials" USING btree ("_locale");
  CREATE INDEX "_events_v_version_materials_file_idx" ON "_events_v_version_materials" USING btree ("file_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_translation_fi_idx" ON "_events_v" USING btree ("version_translation_fi");
  CREATE INDEX "_events_v_version_version_translation_sv_idx" ON "_events_v" USING btree ("version_translation_sv");
  CREATE INDEX "_events_v_version_version_translation_en_idx" ON "_events_v" USING btree ("version_translation_en");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_experts_id_idx" ON "_events_v_rels" USING btree ("experts_id");
  CREATE INDEX "_events_v_rels_clusters_id_idx" ON "_events_v_rels" USING btree ("clusters_id");
  CREATE INDEX "_events_v_rels_contacts_id_idx" ON "_events_v_rels" USING btree ("contacts_id");
  CREATE INDEX "registrations_event_idx" ON "registrations" USING btree ("event_id");
  CREATE INDEX "registrations_email_idx" ON "registrations" USING btree ("email");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE INDEX "registrations_seat_decided_at_idx" ON "registrations" USING btree ("seat_decided_at");
  CREATE INDEX "registrations_token_hash_idx" ON "registrations" USING btree ("token_hash");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_email_idx" ON "registrations" USING btree ("event_id","email");
  CREATE INDEX "registrations_rels_order_idx" ON "registrations_rels" USING btree ("order");
  CREATE INDEX "registrations_rels_parent_idx" ON "registrations_rels" USING btree ("parent_id");
  CREATE INDEX "registrations_rels_path_idx" ON "registrations_rels" USING btree ("path");
  CREATE INDEX "registrations_rels_clusters_id_idx" ON "registrations_rels" USING btree ("clusters_id");
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "news_rels_events_id_idx" ON "news_rels" USING btree ("events_id");
  CREATE INDEX "_news_v_rels_events_id_idx" ON "_news_v_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_programme" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_programme_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_materials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_programme" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_programme_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_materials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events_languages" CASCADE;
  DROP TABLE "events_programme" CASCADE;
  DROP TABLE "events_programme_locales" CASCADE;
  DROP TABLE "events_materials" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_languages" CASCADE;
  DROP TABLE "_events_v_version_programme" CASCADE;
  DROP TABLE "_events_v_version_programme_locales" CASCADE;
  DROP TABLE "_events_v_version_materials" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "registrations_rels" CASCADE;
  ALTER TABLE "news_rels" DROP CONSTRAINT "news_rels_events_fk";
  
  ALTER TABLE "_news_v_rels" DROP CONSTRAINT "_news_v_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_registrations_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNewsletterIssue', 'sendConfirmationEmail', 'deliverWebhook', 'sendJoinRequestEmail', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNewsletterIssue', 'sendConfirmationEmail', 'deliverWebhook', 'sendJoinRequestEmail', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "news_rels_events_id_idx";
  DROP INDEX "_news_v_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_registrations_id_idx";
  ALTER TABLE "news_rels" DROP COLUMN "events_id";
  ALTER TABLE "_news_v_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registrations_id";
  DROP TYPE "public"."enum_events_languages";
  DROP TYPE "public"."enum_events_programme_startsat_tz";
  DROP TYPE "public"."enum_events_programme_endsat_tz";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum_events_format";
  DROP TYPE "public"."enum_events_registrationopensat_tz";
  DROP TYPE "public"."enum_events_registrationclosesat_tz";
  DROP TYPE "public"."enum_events_translation_fi";
  DROP TYPE "public"."enum_events_translation_sv";
  DROP TYPE "public"."enum_events_translation_en";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_languages";
  DROP TYPE "public"."enum__events_v_version_programme_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_programme_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_format";
  DROP TYPE "public"."enum__events_v_version_registrationopensat_tz";
  DROP TYPE "public"."enum__events_v_version_registrationclosesat_tz";
  DROP TYPE "public"."enum__events_v_version_translation_fi";
  DROP TYPE "public"."enum__events_v_version_translation_sv";
  DROP TYPE "public"."enum__events_v_version_translation_en";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum_registrations_locale";
  DROP TYPE "public"."enum_registrations_status";`)
}
