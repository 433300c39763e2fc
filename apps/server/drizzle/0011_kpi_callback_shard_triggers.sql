-- Writers spread their daily counts over 16 rows per day, team and kind (by database session), so a
-- burst of requests due on the same day no longer waits on one locked row until each commit. The
-- KPI queries already add rows up; only the sums carry meaning. Same rules as migrations 0004/0008.
CREATE OR REPLACE FUNCTION helder_kpi_callbacks_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_callback_days AS k (day, team_id, kind, shard, total, completed_late, open)
  SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, kind, pg_backend_pid() % 16, count(*),
         count(*) FILTER (WHERE completed_at > due_at), count(*) FILTER (WHERE completed_at IS NULL)
  FROM new_rows WHERE status <> 'cancelled' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ON CONSTRAINT kpi_callback_days_shard_key
  DO UPDATE SET total = k.total + excluded.total, completed_late = k.completed_late + excluded.completed_late, open = k.open + excluded.open;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION helder_kpi_callbacks_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_callback_days AS k (day, team_id, kind, shard, total, completed_late, open)
  SELECT day, team_id, kind, pg_backend_pid() % 16, sum(total), sum(completed_late), sum(open) FROM (
    SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, team_id, kind, 1 AS total,
           (completed_at IS NOT NULL AND completed_at > due_at)::int AS completed_late, (completed_at IS NULL)::int AS open
    FROM new_rows WHERE status <> 'cancelled'
    UNION ALL
    SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, kind, -1,
           -(completed_at IS NOT NULL AND completed_at > due_at)::int, -(completed_at IS NULL)::int
    FROM old_rows WHERE status <> 'cancelled'
  ) change
  GROUP BY 1, 2, 3 HAVING sum(total) <> 0 OR sum(completed_late) <> 0 OR sum(open) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ON CONSTRAINT kpi_callback_days_shard_key
  DO UPDATE SET total = k.total + excluded.total, completed_late = k.completed_late + excluded.completed_late, open = k.open + excluded.open;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION helder_kpi_callbacks_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_callback_days AS k (day, team_id, kind, shard, total, completed_late, open)
  SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, kind, pg_backend_pid() % 16, -count(*),
         -count(*) FILTER (WHERE completed_at > due_at), -count(*) FILTER (WHERE completed_at IS NULL)
  FROM old_rows WHERE status <> 'cancelled' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ON CONSTRAINT kpi_callback_days_shard_key
  DO UPDATE SET total = k.total + excluded.total, completed_late = k.completed_late + excluded.completed_late, open = k.open + excluded.open;
  RETURN NULL;
END;
$$;
