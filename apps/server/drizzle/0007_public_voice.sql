CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"related_type" text,
	"related_id" text,
	CONSTRAINT "outbox_status" CHECK ("outbox_messages"."status" in ('pending', 'sending', 'sent', 'failed', 'held'))
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"recipient_key" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"contact_id" uuid,
	"callback_request_id" uuid,
	"team_id" uuid,
	"product_id" uuid,
	"channel" text NOT NULL,
	"line" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"send_after" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "survey_invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "survey_invitations_line" CHECK ("survey_invitations"."line" in ('first', 'second'))
);
--> statement-breakpoint
ALTER TABLE "kpi_callback_days" DROP CONSTRAINT "kpi_callback_days_key";--> statement-breakpoint
ALTER TABLE "callback_requests" DROP CONSTRAINT "callbacks_reply_by";--> statement-breakpoint
ALTER TABLE "callback_requests" ADD COLUMN "kind" text DEFAULT 'callback' NOT NULL;--> statement-breakpoint
ALTER TABLE "callback_requests" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "callback_requests" ADD COLUMN "occurred_on" date;--> statement-breakpoint
ALTER TABLE "callback_requests" ADD COLUMN "about_team_id" uuid;--> statement-breakpoint
ALTER TABLE "callback_requests" ADD COLUMN "status_token_hash" text;--> statement-breakpoint
ALTER TABLE "callback_requests" ADD COLUMN "status_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "kpi_callback_days" ADD COLUMN "kind" text DEFAULT 'callback' NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "resolved" boolean;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "comment" text;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "may_contact" boolean;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "invitation_id" uuid;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_callback_request_id_callback_requests_id_fk" FOREIGN KEY ("callback_request_id") REFERENCES "public"."callback_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox_messages" USING btree ("next_attempt_at") WHERE status in ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "outbox_created_idx" ON "outbox_messages" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "outbox_status_created_idx" ON "outbox_messages" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "survey_invitations_recipient_idx" ON "survey_invitations" USING btree ("recipient_key","created_at");--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callback_requests_about_team_id_teams_id_fk" FOREIGN KEY ("about_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "callbacks_kind_created_idx" ON "callback_requests" USING btree ("kind","created_at");--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callback_requests_status_token_hash_unique" UNIQUE("status_token_hash");--> statement-breakpoint
ALTER TABLE "kpi_callback_days" ADD CONSTRAINT "kpi_callback_days_kind_key" UNIQUE("day","team_id","kind");--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_invitation_id_unique" UNIQUE("invitation_id");--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callbacks_kind" CHECK ("callback_requests"."kind" in ('callback', 'report', 'follow_up'));--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callbacks_category" CHECK ("callback_requests"."category" is null or "callback_requests"."category" in ('not_called_back', 'unclear_letter', 'conflicting_answers', 'treatment', 'other'));--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callbacks_reply_by_channel" CHECK ("callback_requests"."reply_by" in ('phone', 'email', 'none'));