-- The daily counts behind the KPIs follow every write to contacts and callback requests, whoever
-- writes (the app, an import, the demo loader). Statement-level triggers with transition tables
-- add up a whole batch in one upsert per key; keys are upserted in a fixed order so concurrent
-- writers lock them in the same order.

CREATE OR REPLACE FUNCTION helder_kpi_contacts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_contact_days AS k (day, team_id, channel, product_id, first_line, total)
  SELECT (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, channel, product_id,
         count(*) FILTER (WHERE resolution = 'first_line'), count(*)
  FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ON CONSTRAINT kpi_contact_days_key
  DO UPDATE SET first_line = k.first_line + excluded.first_line, total = k.total + excluded.total;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION helder_kpi_contacts_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_contact_days AS k (day, team_id, channel, product_id, first_line, total)
  SELECT day, team_id, channel, product_id, sum(first_line), sum(total) FROM (
    SELECT (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, team_id, channel, product_id,
           (resolution = 'first_line')::int AS first_line, 1 AS total FROM new_rows
    UNION ALL
    SELECT (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, channel, product_id,
           -(resolution = 'first_line')::int, -1 FROM old_rows
  ) change
  GROUP BY 1, 2, 3, 4 HAVING sum(first_line) <> 0 OR sum(total) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT ON CONSTRAINT kpi_contact_days_key
  DO UPDATE SET first_line = k.first_line + excluded.first_line, total = k.total + excluded.total;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION helder_kpi_contacts_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_contact_days AS k (day, team_id, channel, product_id, first_line, total)
  SELECT (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, channel, product_id,
         -count(*) FILTER (WHERE resolution = 'first_line'), -count(*)
  FROM old_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ON CONSTRAINT kpi_contact_days_key
  DO UPDATE SET first_line = k.first_line + excluded.first_line, total = k.total + excluded.total;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER contacts_kpi_insert AFTER INSERT ON contacts REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION helder_kpi_contacts_insert();--> statement-breakpoint
CREATE TRIGGER contacts_kpi_update AFTER UPDATE ON contacts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION helder_kpi_contacts_update();--> statement-breakpoint
CREATE TRIGGER contacts_kpi_delete AFTER DELETE ON contacts REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION helder_kpi_contacts_delete();--> statement-breakpoint

-- A callback request counts on the day of its deadline, unless cancelled: late when completed
-- after the deadline; open ones are judged against the clock when the KPI is read.
CREATE OR REPLACE FUNCTION helder_kpi_callbacks_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_callback_days AS k (day, team_id, total, completed_late, open)
  SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, count(*),
         count(*) FILTER (WHERE completed_at > due_at), count(*) FILTER (WHERE completed_at IS NULL)
  FROM new_rows WHERE status <> 'cancelled' GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ON CONSTRAINT kpi_callback_days_key
  DO UPDATE SET total = k.total + excluded.total, completed_late = k.completed_late + excluded.completed_late, open = k.open + excluded.open;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION helder_kpi_callbacks_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_callback_days AS k (day, team_id, total, completed_late, open)
  SELECT day, team_id, sum(total), sum(completed_late), sum(open) FROM (
    SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, team_id, 1 AS total,
           (completed_at IS NOT NULL AND completed_at > due_at)::int AS completed_late, (completed_at IS NULL)::int AS open
    FROM new_rows WHERE status <> 'cancelled'
    UNION ALL
    SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, -1,
           -(completed_at IS NOT NULL AND completed_at > due_at)::int, -(completed_at IS NULL)::int
    FROM old_rows WHERE status <> 'cancelled'
  ) change
  GROUP BY 1, 2 HAVING sum(total) <> 0 OR sum(completed_late) <> 0 OR sum(open) <> 0 ORDER BY 1, 2
  ON CONFLICT ON CONSTRAINT kpi_callback_days_key
  DO UPDATE SET total = k.total + excluded.total, completed_late = k.completed_late + excluded.completed_late, open = k.open + excluded.open;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION helder_kpi_callbacks_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_callback_days AS k (day, team_id, total, completed_late, open)
  SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, -count(*),
         -count(*) FILTER (WHERE completed_at > due_at), -count(*) FILTER (WHERE completed_at IS NULL)
  FROM old_rows WHERE status <> 'cancelled' GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ON CONSTRAINT kpi_callback_days_key
  DO UPDATE SET total = k.total + excluded.total, completed_late = k.completed_late + excluded.completed_late, open = k.open + excluded.open;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER callbacks_kpi_insert AFTER INSERT ON callback_requests REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION helder_kpi_callbacks_insert();--> statement-breakpoint
CREATE TRIGGER callbacks_kpi_update AFTER UPDATE ON callback_requests REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION helder_kpi_callbacks_update();--> statement-breakpoint
CREATE TRIGGER callbacks_kpi_delete AFTER DELETE ON callback_requests REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION helder_kpi_callbacks_delete();--> statement-breakpoint

-- What is already there.
INSERT INTO kpi_contact_days (day, team_id, channel, product_id, first_line, total)
SELECT (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, channel, product_id,
       count(*) FILTER (WHERE resolution = 'first_line'), count(*)
FROM contacts GROUP BY 1, 2, 3, 4;--> statement-breakpoint
INSERT INTO kpi_callback_days (day, team_id, total, completed_late, open)
SELECT (due_at AT TIME ZONE 'Europe/Amsterdam')::date, team_id, count(*),
       count(*) FILTER (WHERE completed_at > due_at), count(*) FILTER (WHERE completed_at IS NULL)
FROM callback_requests WHERE status <> 'cancelled' GROUP BY 1, 2;
