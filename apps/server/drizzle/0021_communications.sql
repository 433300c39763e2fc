CREATE TABLE "communication_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"communication_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"decision" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"comment" text,
	"comments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "communication_reviews_decision" CHECK ("communication_reviews"."decision" is null or "communication_reviews"."decision" in ('approved', 'changes_requested'))
);
--> statement-breakpoint
CREATE TABLE "communication_versions" (
	"communication_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"b1" jsonb NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "communication_versions_communication_id_version_pk" PRIMARY KEY("communication_id","version")
);
--> statement-breakpoint
CREATE TABLE "communications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"team_id" uuid,
	"recipients" integer,
	"template" boolean DEFAULT false NOT NULL,
	"owner_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"review_required" boolean NOT NULL,
	"b1" jsonb NOT NULL,
	"is_b1" boolean NOT NULL,
	"level" text NOT NULL,
	"approved_version" integer,
	"review_due_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"sent_version" integer,
	"sent_is_b1" boolean,
	"sent_approved" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "communications_kind" CHECK ("communications"."kind" in ('letter', 'bulk_letter', 'email', 'web_text', 'flyer', 'other')),
	CONSTRAINT "communications_status" CHECK ("communications"."status" in ('draft', 'review_requested', 'changes_requested', 'approved', 'sent'))
);
--> statement-breakpoint
ALTER TABLE "communication_reviews" ADD CONSTRAINT "communication_reviews_communication_id_communications_id_fk" FOREIGN KEY ("communication_id") REFERENCES "public"."communications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_reviews" ADD CONSTRAINT "communication_reviews_requested_by_employees_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_reviews" ADD CONSTRAINT "communication_reviews_decided_by_employees_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_versions" ADD CONSTRAINT "communication_versions_communication_id_communications_id_fk" FOREIGN KEY ("communication_id") REFERENCES "public"."communications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_versions" ADD CONSTRAINT "communication_versions_author_id_employees_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_owner_id_employees_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communication_reviews_item_idx" ON "communication_reviews" USING btree ("communication_id","requested_at");--> statement-breakpoint
CREATE INDEX "communications_list_idx" ON "communications" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "communications_team_idx" ON "communications" USING btree ("team_id","updated_at");--> statement-breakpoint
CREATE INDEX "communications_review_queue_idx" ON "communications" USING btree ("review_due_at") WHERE status = 'review_requested';--> statement-breakpoint
CREATE INDEX "communications_sent_idx" ON "communications" USING btree ("sent_at") WHERE sent_at is not null;