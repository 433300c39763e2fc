-- Callback requests, residents' reports and survey follow-ups share one table and one inbox, but
-- each kind has its own KPI: the daily counts now keep them apart (same rules as migration 0004).
CREATE OR REPLACE FUNCTION helder_kpi_callbacks_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_callback_days AS k (day, team_id, kind, total, completed_late, open)
  SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, kind, count(*),
         count(*) FILTER (WHERE completed_at > due_at), count(*) FILTER (WHERE completed_at IS NULL)
  FROM new_rows WHERE status <> 'cancelled' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ON CONSTRAINT kpi_callback_days_kind_key
  DO UPDATE SET total = k.total + excluded.total, completed_late = k.completed_late + excluded.completed_late, open = k.open + excluded.open;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION helder_kpi_callbacks_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_callback_days AS k (day, team_id, kind, total, completed_late, open)
  SELECT day, team_id, kind, sum(total), sum(completed_late), sum(open) FROM (
    SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, team_id, kind, 1 AS total,
           (completed_at IS NOT NULL AND completed_at > due_at)::int AS completed_late, (completed_at IS NULL)::int AS open
    FROM new_rows WHERE status <> 'cancelled'
    UNION ALL
    SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, kind, -1,
           -(completed_at IS NOT NULL AND completed_at > due_at)::int, -(completed_at IS NULL)::int
    FROM old_rows WHERE status <> 'cancelled'
  ) change
  GROUP BY 1, 2, 3 HAVING sum(total) <> 0 OR sum(completed_late) <> 0 OR sum(open) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ON CONSTRAINT kpi_callback_days_kind_key
  DO UPDATE SET total = k.total + excluded.total, completed_late = k.completed_late + excluded.completed_late, open = k.open + excluded.open;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION helder_kpi_callbacks_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_callback_days AS k (day, team_id, kind, total, completed_late, open)
  SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, kind, -count(*),
         -count(*) FILTER (WHERE completed_at > due_at), -count(*) FILTER (WHERE completed_at IS NULL)
  FROM old_rows WHERE status <> 'cancelled' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ON CONSTRAINT kpi_callback_days_kind_key
  DO UPDATE SET total = k.total + excluded.total, completed_late = k.completed_late + excluded.completed_late, open = k.open + excluded.open;
  RETURN NULL;
END;
$$;
