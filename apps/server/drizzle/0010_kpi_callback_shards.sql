ALTER TABLE "kpi_callback_days" DROP CONSTRAINT "kpi_callback_days_kind_key";--> statement-breakpoint
ALTER TABLE "kpi_callback_days" ADD COLUMN "shard" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_callback_days" ADD CONSTRAINT "kpi_callback_days_shard_key" UNIQUE("day","team_id","kind","shard");