import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_news_translation_fi" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum_news_translation_sv" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum_news_translation_en" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum__news_v_version_translation_fi" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum__news_v_version_translation_sv" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum__news_v_version_translation_en" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum_clusters_translation_fi" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum_clusters_translation_sv" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum_clusters_translation_en" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum_experts_translation_fi" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum_experts_translation_sv" AS ENUM('missing', 'draft', 'published', 'stale');
  CREATE TYPE "public"."enum_experts_translation_en" AS ENUM('missing', 'draft', 'published', 'stale');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'clusterEditor';
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'translator';
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clusters_id" integer
  );
  
  ALTER TABLE "news" ADD COLUMN "translation_fi" "enum_news_translation_fi" DEFAULT 'missing';
  ALTER TABLE "news" ADD COLUMN "translation_sv" "enum_news_translation_sv" DEFAULT 'missing';
  ALTER TABLE "news" ADD COLUMN "translation_en" "enum_news_translation_en" DEFAULT 'missing';
  ALTER TABLE "news_locales" ADD COLUMN "text_updated_at" timestamp(3) with time zone;
  ALTER TABLE "news_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "news_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "news_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_translation_fi" "enum__news_v_version_translation_fi" DEFAULT 'missing';
  ALTER TABLE "_news_v" ADD COLUMN "version_translation_sv" "enum__news_v_version_translation_sv" DEFAULT 'missing';
  ALTER TABLE "_news_v" ADD COLUMN "version_translation_en" "enum__news_v_version_translation_en" DEFAULT 'missing';
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_text_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_news_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "clusters" ADD COLUMN "translation_fi" "enum_clusters_translation_fi" DEFAULT 'missing';
  ALTER TABLE "clusters" ADD COLUMN "translation_sv" "enum_clusters_translation_sv" DEFAULT 'missing';
  ALTER TABLE "clusters" ADD COLUMN "translation_en" "enum_clusters_translation_en" DEFAULT 'missing';
  ALTER TABLE "clusters_locales" ADD COLUMN "text_updated_at" timestamp(3) with time zone;
  ALTER TABLE "clusters_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "clusters_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "clusters_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "experts" ADD COLUMN "translation_fi" "enum_experts_translation_fi" DEFAULT 'missing';
  ALTER TABLE "experts" ADD COLUMN "translation_sv" "enum_experts_translation_sv" DEFAULT 'missing';
  ALTER TABLE "experts" ADD COLUMN "translation_en" "enum_experts_translation_en" DEFAULT 'missing';
  ALTER TABLE "experts_locales" ADD COLUMN "text_updated_at" timestamp(3) with time zone;
  -- Existing texts count as written when their document was last saved: nothing starts stale.
  UPDATE "news_locales" l SET "text_updated_at" = d."updated_at" FROM "news" d WHERE l."_parent_id" = d."id";
  UPDATE "clusters_locales" l SET "text_updated_at" = d."updated_at" FROM "clusters" d WHERE l."_parent_id" = d."id";
  UPDATE "experts_locales" l SET "text_updated_at" = d."updated_at" FROM "experts" d WHERE l."_parent_id" = d."id";
  UPDATE "_news_v_locales" l SET "version_text_updated_at" = v."updated_at" FROM "_news_v" v WHERE l."_parent_id" = v."id";
  -- Each language's status from what is there now.
  UPDATE "news" n SET "translation_fi" = coalesce((SELECT (CASE WHEN l."_status" = 'published' THEN 'published' ELSE 'draft' END)::"enum_news_translation_fi" FROM "news_locales" l WHERE l."_parent_id" = n."id" AND l."_locale" = 'fi' AND l."title" IS NOT NULL), 'missing');
  UPDATE "_news_v" v SET "version_translation_fi" = coalesce((SELECT (CASE WHEN l."version__status" = 'published' THEN 'published' ELSE 'draft' END)::"enum__news_v_version_translation_fi" FROM "_news_v_locales" l WHERE l."_parent_id" = v."id" AND l."_locale" = 'fi' AND l."version_title" IS NOT NULL), 'missing') WHERE v."latest";
  UPDATE "clusters" c SET "translation_fi" = CASE WHEN EXISTS (SELECT 1 FROM "clusters_locales" l WHERE l."_parent_id" = c."id" AND l."_locale" = 'fi' AND l."name" IS NOT NULL) THEN 'published' ELSE 'missing' END::"enum_clusters_translation_fi";
  UPDATE "experts" e SET "translation_fi" = CASE WHEN EXISTS (SELECT 1 FROM "experts_locales" l WHERE l."_parent_id" = e."id" AND l."_locale" = 'fi' AND l."title" IS NOT NULL) THEN 'published' ELSE 'missing' END::"enum_experts_translation_fi";
  UPDATE "news" n SET "translation_sv" = coalesce((SELECT (CASE WHEN l."_status" = 'published' THEN 'published' ELSE 'draft' END)::"enum_news_translation_sv" FROM "news_locales" l WHERE l."_parent_id" = n."id" AND l."_locale" = 'sv' AND l."title" IS NOT NULL), 'missing');
  UPDATE "_news_v" v SET "version_translation_sv" = coalesce((SELECT (CASE WHEN l."version__status" = 'published' THEN 'published' ELSE 'draft' END)::"enum__news_v_version_translation_sv" FROM "_news_v_locales" l WHERE l."_parent_id" = v."id" AND l."_locale" = 'sv' AND l."version_title" IS NOT NULL), 'missing') WHERE v."latest";
  UPDATE "clusters" c SET "translation_sv" = CASE WHEN EXISTS (SELECT 1 FROM "clusters_locales" l WHERE l."_parent_id" = c."id" AND l."_locale" = 'sv' AND l."name" IS NOT NULL) THEN 'published' ELSE 'missing' END::"enum_clusters_translation_sv";
  UPDATE "experts" e SET "translation_sv" = CASE WHEN EXISTS (SELECT 1 FROM "experts_locales" l WHERE l."_parent_id" = e."id" AND l."_locale" = 'sv' AND l."title" IS NOT NULL) THEN 'published' ELSE 'missing' END::"enum_experts_translation_sv";
  UPDATE "news" n SET "translation_en" = coalesce((SELECT (CASE WHEN l."_status" = 'published' THEN 'published' ELSE 'draft' END)::"enum_news_translation_en" FROM "news_locales" l WHERE l."_parent_id" = n."id" AND l."_locale" = 'en' AND l."title" IS NOT NULL), 'missing');
  UPDATE "_news_v" v SET "version_translation_en" = coalesce((SELECT (CASE WHEN l."version__status" = 'published' THEN 'published' ELSE 'draft' END)::"enum__news_v_version_translation_en" FROM "_news_v_locales" l WHERE l."_parent_id" = v."id" AND l."_locale" = 'en' AND l."version_title" IS NOT NULL), 'missing') WHERE v."latest";
  UPDATE "clusters" c SET "translation_en" = CASE WHEN EXISTS (SELECT 1 FROM "clusters_locales" l WHERE l."_parent_id" = c."id" AND l."_locale" = 'en' AND l."name" IS NOT NULL) THEN 'published' ELSE 'missing' END::"enum_clusters_translation_en";
  UPDATE "experts" e SET "translation_en" = CASE WHEN EXISTS (SELECT 1 FROM "experts_locales" l WHERE l."_parent_id" = e."id" AND l."_locale" = 'en' AND l."title" IS NOT NULL) THEN 'published' ELSE 'missing' END::"enum_experts_translation_en";
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_clusters_fk" FOREIGN KEY ("clusters_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_clusters_id_idx" ON "users_rels" USING btree ("clusters_id");
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clusters_locales" ADD CONSTRAINT "clusters_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "news_translation_fi_idx" ON "news" USING btree ("translation_fi");
  CREATE INDEX "news_translation_sv_idx" ON "news" USING btree ("translation_sv");
  CREATE INDEX "news_translation_en_idx" ON "news" USING btree ("translation_en");
  CREATE INDEX "news_meta_meta_image_idx" ON "news_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_news_v_version_version_translation_fi_idx" ON "_news_v" USING btree ("version_translation_fi");
  CREATE INDEX "_news_v_version_version_translation_sv_idx" ON "_news_v" USING btree ("version_translation_sv");
  CREATE INDEX "_news_v_version_version_translation_en_idx" ON "_news_v" USING btree ("version_translation_en");
  CREATE INDEX "_news_v_version_meta_version_meta_image_idx" ON "_news_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "clusters_translation_fi_idx" ON "clusters" USING btree ("translation_fi");
  CREATE INDEX "clusters_translation_sv_idx" ON "clusters" USING btree ("translation_sv");
  CREATE INDEX "clusters_translation_en_idx" ON "clusters" USING btree ("translation_en");
  CREATE INDEX "clusters_meta_meta_image_idx" ON "clusters_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "experts_translation_fi_idx" ON "experts" USING btree ("translation_fi");
  CREATE INDEX "experts_translation_sv_idx" ON "experts" USING btree ("translation_sv");
  CREATE INDEX "experts_translation_en_idx" ON "experts" USING btree ("translation_en");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_rels" CASCADE;
  ALTER TABLE "news_locales" DROP CONSTRAINT "news_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_news_v_locales" DROP CONSTRAINT "_news_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "clusters_locales" DROP CONSTRAINT "clusters_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "news_translation_fi_idx";
  DROP INDEX "news_translation_sv_idx";
  DROP INDEX "news_translation_en_idx";
  DROP INDEX "news_meta_meta_image_idx";
  DROP INDEX "_news_v_version_version_translation_fi_idx";
  DROP INDEX "_news_v_version_version_translation_sv_idx";
  DROP INDEX "_news_v_version_version_translation_en_idx";
  DROP INDEX "_news_v_version_meta_version_meta_image_idx";
  DROP INDEX "clusters_translation_fi_idx";
  DROP INDEX "clusters_translation_sv_idx";
  DROP INDEX "clusters_translation_en_idx";
  DROP INDEX "clusters_meta_meta_image_idx";
  DROP INDEX "experts_translation_fi_idx";
  DROP INDEX "experts_translation_sv_idx";
  DROP INDEX "experts_translation_en_idx";
  ALTER TABLE "news" DROP COLUMN "translation_fi";
  ALTER TABLE "news" DROP COLUMN "translation_sv";
  ALTER TABLE "news" DROP COLUMN "translation_en";
  ALTER TABLE "news_locales" DROP COLUMN "text_updated_at";
  ALTER TABLE "news_locales" DROP COLUMN "meta_title";
  ALTER TABLE "news_locales" DROP COLUMN "meta_description";
  ALTER TABLE "news_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation_fi";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation_sv";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation_en";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_text_updated_at";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_news_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "clusters" DROP COLUMN "translation_fi";
  ALTER TABLE "clusters" DROP COLUMN "translation_sv";
  ALTER TABLE "clusters" DROP COLUMN "translation_en";
  ALTER TABLE "clusters_locales" DROP COLUMN "text_updated_at";
  ALTER TABLE "clusters_locales" DROP COLUMN "meta_title";
  ALTER TABLE "clusters_locales" DROP COLUMN "meta_description";
  ALTER TABLE "clusters_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "experts" DROP COLUMN "translation_fi";
  ALTER TABLE "experts" DROP COLUMN "translation_sv";
  ALTER TABLE "experts" DROP COLUMN "translation_en";
  ALTER TABLE "experts_locales" DROP COLUMN "text_updated_at";
  DROP TYPE "public"."enum_news_translation_fi";
  DROP TYPE "public"."enum_news_translation_sv";
  DROP TYPE "public"."enum_news_translation_en";
  DROP TYPE "public"."enum__news_v_version_translation_fi";
  DROP TYPE "public"."enum__news_v_version_translation_sv";
  DROP TYPE "public"."enum__news_v_version_translation_en";
  DROP TYPE "public"."enum_clusters_translation_fi";
  DROP TYPE "public"."enum_clusters_translation_sv";
  DROP TYPE "public"."enum_clusters_translation_en";
  DROP TYPE "public"."enum_experts_translation_fi";
  DROP TYPE "public"."enum_experts_translation_sv";
  DROP TYPE "public"."enum_experts_translation_en";`)
}
