CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"team_id" uuid,
	"product_id" uuid,
	"line" text NOT NULL,
	"score" integer NOT NULL,
	"timeliness_score" integer,
	"source" text DEFAULT 'import' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_responses_reference_unique" UNIQUE("reference"),
	CONSTRAINT "survey_responses_line" CHECK ("survey_responses"."line" in ('first', 'second')),
	CONSTRAINT "survey_responses_score" CHECK ("survey_responses"."score" between 1 and 10),
	CONSTRAINT "survey_responses_timeliness" CHECK ("survey_responses"."timeliness_score" is null or "survey_responses"."timeliness_score" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "survey_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question" text NOT NULL,
	"measured_on" date NOT NULL,
	"score_hundredths" integer NOT NULL,
	"sample_size" integer NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_results_score" CHECK ("survey_results"."score_hundredths" between 100 and 1000),
	CONSTRAINT "survey_results_sample" CHECK ("survey_results"."sample_size" > 0)
);
--> statement-breakpoint
ALTER TABLE "callback_requests" ADD COLUMN "external_reference" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "external_reference" text;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_results" ADD CONSTRAINT "survey_results_created_by_employees_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_responses_answered_idx" ON "survey_responses" USING btree ("answered_at");--> statement-breakpoint
CREATE INDEX "survey_responses_team_answered_idx" ON "survey_responses" USING btree ("team_id","answered_at");--> statement-breakpoint
CREATE INDEX "survey_responses_product_answered_idx" ON "survey_responses" USING btree ("product_id","answered_at");--> statement-breakpoint
CREATE INDEX "survey_results_question_measured_idx" ON "survey_results" USING btree ("question","measured_on");--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callback_requests_external_reference_unique" UNIQUE("external_reference");--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_external_reference_unique" UNIQUE("external_reference");