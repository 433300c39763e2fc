-- pg_trgm ships with PostgreSQL (contrib) and PGlite, and is a trusted extension (the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE SEQUENCE "public"."knowledge_index_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "knowledge_article_uses" (
	"contact_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"team_id" uuid,
	"product_id" uuid,
	"handed_over" boolean NOT NULL,
	CONSTRAINT "knowledge_article_uses_contact_id_article_id_pk" PRIMARY KEY("contact_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "knowledge_article_versions" (
	"article_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"question" text,
	"answer_html" text NOT NULL,
	"keywords" text[] NOT NULL,
	"product_id" uuid,
	"team_id" uuid,
	"visibility" text NOT NULL,
	"review_by" date,
	"b1" jsonb NOT NULL,
	"event" text NOT NULL,
	"b1_confirmed" boolean DEFAULT false NOT NULL,
	"restored_from" integer,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "knowledge_article_versions_article_id_version_pk" PRIMARY KEY("article_id","version"),
	CONSTRAINT "knowledge_versions_event" CHECK ("knowledge_article_versions"."event" in ('created', 'saved', 'published', 'restored', 'archived'))
);
--> statement-breakpoint
CREATE TABLE "knowledge_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"visibility" text NOT NULL,
	"title" text NOT NULL,
	"question" text,
	"answer_html" text NOT NULL,
	"answer_text" text NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"product_id" uuid,
	"team_id" uuid,
	"review_by" date,
	"version" integer DEFAULT 1 NOT NULL,
	"b1" jsonb NOT NULL,
	"use_count" integer DEFAULT 0 NOT NULL,
	"handed_over_count" integer DEFAULT 0 NOT NULL,
	"clear_yes" integer DEFAULT 0 NOT NULL,
	"clear_no" integer DEFAULT 0 NOT NULL,
	"search" "tsvector",
	"index_seq" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"published_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	CONSTRAINT "knowledge_articles_slug_unique" UNIQUE("slug"),
	CONSTRAINT "knowledge_articles_status" CHECK ("knowledge_articles"."status" in ('draft', 'published', 'archived')),
	CONSTRAINT "knowledge_articles_visibility" CHECK ("knowledge_articles"."visibility" in ('public', 'internal'))
);
--> statement-breakpoint
CREATE TABLE "knowledge_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	CONSTRAINT "knowledge_feedback_kind" CHECK ("knowledge_feedback"."kind" in ('incorrect', 'unclear', 'missing'))
);
--> statement-breakpoint
CREATE TABLE "knowledge_synonyms" (
	"term" text PRIMARY KEY NOT NULL,
	"synonyms" text[] NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"articles" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "knowledge_article_uses" ADD CONSTRAINT "knowledge_article_uses_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_article_uses" ADD CONSTRAINT "knowledge_article_uses_article_id_knowledge_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."knowledge_articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_article_uses" ADD CONSTRAINT "knowledge_article_uses_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_article_uses" ADD CONSTRAINT "knowledge_article_uses_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_article_versions" ADD CONSTRAINT "knowledge_article_versions_article_id_knowledge_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."knowledge_articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_article_versions" ADD CONSTRAINT "knowledge_article_versions_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_article_versions" ADD CONSTRAINT "knowledge_article_versions_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_article_versions" ADD CONSTRAINT "knowledge_article_versions_author_id_employees_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_created_by_employees_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_updated_by_employees_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_feedback" ADD CONSTRAINT "knowledge_feedback_article_id_knowledge_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."knowledge_articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_feedback" ADD CONSTRAINT "knowledge_feedback_created_by_employees_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_feedback" ADD CONSTRAINT "knowledge_feedback_resolved_by_employees_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_synonyms" ADD CONSTRAINT "knowledge_synonyms_updated_by_employees_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_uses_article_idx" ON "knowledge_article_uses" USING btree ("article_id","occurred_at");--> statement-breakpoint
CREATE INDEX "knowledge_uses_occurred_idx" ON "knowledge_article_uses" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "knowledge_articles_index_seq_idx" ON "knowledge_articles" USING btree ("index_seq");--> statement-breakpoint
CREATE INDEX "knowledge_articles_list_idx" ON "knowledge_articles" USING btree ("status","updated_at","id");--> statement-breakpoint
CREATE INDEX "knowledge_articles_team_idx" ON "knowledge_articles" USING btree ("team_id","status");--> statement-breakpoint
CREATE INDEX "knowledge_articles_product_idx" ON "knowledge_articles" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "knowledge_articles_review_idx" ON "knowledge_articles" USING btree ("review_by");--> statement-breakpoint
CREATE INDEX "knowledge_feedback_article_idx" ON "knowledge_feedback" USING btree ("article_id","resolved_at");--> statement-breakpoint
CREATE INDEX "knowledge_feedback_open_idx" ON "knowledge_feedback" USING btree ("created_at") WHERE "knowledge_feedback"."resolved_at" is null;
--> statement-breakpoint
-- Misspelt words find their term by trigram similarity.
CREATE INDEX "knowledge_terms_trgm_idx" ON "knowledge_terms" USING gin ("term" gin_trgm_ops);
