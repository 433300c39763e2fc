CREATE TABLE "kpi_survey_days" (
	"day" date NOT NULL,
	"team_id" uuid,
	"channel" text NOT NULL,
	"product_id" uuid,
	"line" text NOT NULL,
	"score_sum" integer NOT NULL,
	"score_count" integer NOT NULL,
	"timeliness_sum" integer NOT NULL,
	"timeliness_count" integer NOT NULL,
	CONSTRAINT "kpi_survey_days_key" UNIQUE NULLS NOT DISTINCT("day","team_id","channel","product_id","line")
);
