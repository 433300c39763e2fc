DROP INDEX "survey_responses_answered_idx";--> statement-breakpoint
DROP INDEX "survey_responses_team_answered_idx";--> statement-breakpoint
CREATE INDEX "survey_responses_answered_id_idx" ON "survey_responses" USING btree ("answered_at","id");--> statement-breakpoint
CREATE INDEX "survey_responses_team_answered_id_idx" ON "survey_responses" USING btree ("team_id","answered_at","id");