-- Survey marks per day, kept like the daily counts of migration 0004: one upsert per key and statement.
-- Transition tables exist only for the events a trigger declares, so each event reads only its own.
CREATE OR REPLACE FUNCTION helder_kpi_surveys_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
  INSERT INTO kpi_survey_days AS k (day, team_id, channel, product_id, line, score_sum, score_count, timeliness_sum, timeliness_count)
  SELECT (answered_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, channel, product_id, line,
         sum(sign * score), sum(sign), coalesce(sum(sign * timeliness_score), 0), coalesce(sum(sign) FILTER (WHERE timeliness_score IS NOT NULL), 0)
  FROM (SELECT answered_at, team_id, channel, product_id, line, score, timeliness_score, 1 AS sign FROM new_rows) change
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT kpi_survey_days_key
  DO UPDATE SET score_sum = k.score_sum + excluded.score_sum, score_count = k.score_count + excluded.score_count,
    timeliness_sum = k.timeliness_sum + excluded.timeliness_sum, timeliness_count = k.timeliness_count + excluded.timeliness_count;
  ELSIF TG_OP = 'DELETE' THEN
  INSERT INTO kpi_survey_days AS k (day, team_id, channel, product_id, line, score_sum, score_count, timeliness_sum, timeliness_count)
  SELECT (answered_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, channel, product_id, line,
         sum(sign * score), sum(sign), coalesce(sum(sign * timeliness_score), 0), coalesce(sum(sign) FILTER (WHERE timeliness_score IS NOT NULL), 0)
  FROM (SELECT answered_at, team_id, channel, product_id, line, score, timeliness_score, -1 AS sign FROM old_rows) change
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT kpi_survey_days_key
  DO UPDATE SET score_sum = k.score_sum + excluded.score_sum, score_count = k.score_count + excluded.score_count,
    timeliness_sum = k.timeliness_sum + excluded.timeliness_sum, timeliness_count = k.timeliness_count + excluded.timeliness_count;
  ELSE
  INSERT INTO kpi_survey_days AS k (day, team_id, channel, product_id, line, score_sum, score_count, timeliness_sum, timeliness_count)
  SELECT (answered_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, channel, product_id, line,
         sum(sign * score), sum(sign), coalesce(sum(sign * timeliness_score), 0), coalesce(sum(sign) FILTER (WHERE timeliness_score IS NOT NULL), 0)
  FROM (SELECT answered_at, team_id, channel, product_id, line, score, timeliness_score, 1 AS sign FROM new_rows UNION ALL SELECT answered_at, team_id, channel, product_id, line, score, timeliness_score, -1 FROM old_rows) change
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT kpi_survey_days_key
  DO UPDATE SET score_sum = k.score_sum + excluded.score_sum, score_count = k.score_count + excluded.score_count,
    timeliness_sum = k.timeliness_sum + excluded.timeliness_sum, timeliness_count = k.timeliness_count + excluded.timeliness_count;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER survey_responses_kpi_insert AFTER INSERT ON survey_responses REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION helder_kpi_surveys_change();--> statement-breakpoint
CREATE TRIGGER survey_responses_kpi_update AFTER UPDATE ON survey_responses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION helder_kpi_surveys_change();--> statement-breakpoint
CREATE TRIGGER survey_responses_kpi_delete AFTER DELETE ON survey_responses REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION helder_kpi_surveys_change();--> statement-breakpoint

INSERT INTO kpi_survey_days (day, team_id, channel, product_id, line, score_sum, score_count, timeliness_sum, timeliness_count)
SELECT (answered_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, channel, product_id, line,
       sum(score), count(*), coalesce(sum(timeliness_score), 0), count(timeliness_score)
FROM survey_responses GROUP BY 1, 2, 3, 4, 5;
