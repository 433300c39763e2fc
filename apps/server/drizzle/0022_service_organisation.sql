CREATE TABLE "home_visits" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid,
	"address" jsonb NOT NULL,
	"preferred_dates" date[] DEFAULT '{}'::date[] NOT NULL,
	"planned_at" timestamp with time zone,
	"planned_by" uuid,
	"outcome_contact_id" uuid
);
--> statement-breakpoint
CREATE TABLE "onboarding_completions" (
	"employee_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onboarding_completions_employee_id_item_id_pk" PRIMARY KEY("employee_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "onboarding_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"link" text,
	"team_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "press_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "press_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"message_id" text NOT NULL,
	"in_reply_to" text,
	"references" text[] DEFAULT '{}'::text[] NOT NULL,
	"from_address" text NOT NULL,
	"from_name" text,
	"to_address" text,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"outbox_message_id" uuid,
	"sent_by" uuid,
	CONSTRAINT "press_messages_message_id_unique" UNIQUE("message_id"),
	CONSTRAINT "press_messages_direction" CHECK ("press_messages"."direction" in ('in', 'out')),
	CONSTRAINT "press_messages_source" CHECK ("press_messages"."source" in ('imap', 'smtp', 'helder'))
);
--> statement-breakpoint
CREATE TABLE "press_questions" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"subject" text NOT NULL,
	"from_address" text NOT NULL,
	"root_message_id" text NOT NULL,
	"answer_text" text,
	"answer_status" text DEFAULT 'none' NOT NULL,
	"needs_administrator_check" boolean DEFAULT false NOT NULL,
	"answer_updated_at" timestamp with time zone,
	"answer_updated_by" uuid,
	"checked_by" uuid,
	"checked_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	CONSTRAINT "press_questions_answer_status" CHECK ("press_questions"."answer_status" in ('none', 'draft', 'check_requested', 'changes_requested', 'approved', 'sent'))
);
--> statement-breakpoint
CREATE TABLE "team_goal_values" (
	"goal_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_goal_values_goal_id_period_pk" PRIMARY KEY("goal_id","period")
);
--> statement-breakpoint
CREATE TABLE "team_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kpi_id" text,
	"measure_name" text,
	"higher_is_better" boolean DEFAULT true NOT NULL,
	"target" double precision NOT NULL,
	"deadline" date NOT NULL,
	"specific" text NOT NULL,
	"measurable" text NOT NULL,
	"acceptable" text NOT NULL,
	"realistic" text NOT NULL,
	"time_bound" text NOT NULL,
	"owner_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "callback_requests" DROP CONSTRAINT "callbacks_kind";--> statement-breakpoint
ALTER TABLE "callback_requests" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "closing_days" ADD COLUMN "kind" text DEFAULT 'municipal' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "sender" text;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "message_id" text;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "in_reply_to" text;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "references" text;--> statement-breakpoint
ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_request_id_callback_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."callback_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_planned_by_employees_id_fk" FOREIGN KEY ("planned_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_outcome_contact_id_contacts_id_fk" FOREIGN KEY ("outcome_contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_completions" ADD CONSTRAINT "onboarding_completions_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_completions" ADD CONSTRAINT "onboarding_completions_item_id_onboarding_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."onboarding_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_items" ADD CONSTRAINT "onboarding_items_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_attachments" ADD CONSTRAINT "press_attachments_message_id_press_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."press_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_messages" ADD CONSTRAINT "press_messages_request_id_callback_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."callback_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_messages" ADD CONSTRAINT "press_messages_outbox_message_id_outbox_messages_id_fk" FOREIGN KEY ("outbox_message_id") REFERENCES "public"."outbox_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_messages" ADD CONSTRAINT "press_messages_sent_by_employees_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_questions" ADD CONSTRAINT "press_questions_request_id_callback_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."callback_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_questions" ADD CONSTRAINT "press_questions_answer_updated_by_employees_id_fk" FOREIGN KEY ("answer_updated_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_questions" ADD CONSTRAINT "press_questions_checked_by_employees_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_values" ADD CONSTRAINT "team_goal_values_goal_id_team_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."team_goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_values" ADD CONSTRAINT "team_goal_values_entered_by_employees_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goals" ADD CONSTRAINT "team_goals_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goals" ADD CONSTRAINT "team_goals_owner_id_employees_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goals" ADD CONSTRAINT "team_goals_created_by_employees_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "home_visits_planned_idx" ON "home_visits" USING btree ("planned_at") WHERE planned_at is not null;--> statement-breakpoint
CREATE INDEX "onboarding_completions_item_idx" ON "onboarding_completions" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "onboarding_items_team_idx" ON "onboarding_items" USING btree ("team_id","position");--> statement-breakpoint
CREATE INDEX "press_attachments_message_idx" ON "press_attachments" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "press_messages_request_idx" ON "press_messages" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "team_goals_team_idx" ON "team_goals" USING btree ("team_id","created_at");--> statement-breakpoint
CREATE INDEX "team_goals_created_idx" ON "team_goals" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callback_requests_parent_id_callback_requests_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."callback_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "callbacks_parent_idx" ON "callback_requests" USING btree ("parent_id") WHERE parent_id is not null;--> statement-breakpoint
ALTER TABLE "callback_requests" ADD CONSTRAINT "callbacks_kind" CHECK ("callback_requests"."kind" in ('callback', 'report', 'follow_up', 'press_question', 'home_visit', 'input_request'));--> statement-breakpoint
ALTER TABLE "closing_days" ADD CONSTRAINT "closing_days_kind" CHECK ("closing_days"."kind" in ('municipal', 'equalised'));