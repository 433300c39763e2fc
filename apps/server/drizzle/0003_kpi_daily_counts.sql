CREATE TABLE "kpi_callback_days" (
	"day" date NOT NULL,
	"team_id" uuid NOT NULL,
	"total" integer NOT NULL,
	"completed_late" integer NOT NULL,
	"open" integer NOT NULL,
	CONSTRAINT "kpi_callback_days_key" UNIQUE("day","team_id")
);
--> statement-breakpoint
CREATE TABLE "kpi_contact_days" (
	"day" date NOT NULL,
	"team_id" uuid,
	"channel" text NOT NULL,
	"product_id" uuid,
	"first_line" integer NOT NULL,
	"total" integer NOT NULL,
	CONSTRAINT "kpi_contact_days_key" UNIQUE NULLS NOT DISTINCT("day","team_id","channel","product_id")
);
--> statement-breakpoint
CREATE INDEX "callbacks_open_due_idx" ON "callback_requests" USING btree ("due_at") WHERE status in ('open', 'in_progress');