-- The history and the audit log stay append-only, with one narrow exception the AVG requires:
-- personal fields may be anonymised (retention, erasure) inside a transaction that says so with
-- `SET LOCAL helder.anonymise = 'on'`. Even then a row is never deleted and its kind, time and actor
-- never change. TRUNCATE is refused as well: it bypasses row triggers.
CREATE OR REPLACE FUNCTION helder_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Nested: PL/pgSQL plans a condition as one expression, so a column of the other table in the
  -- same condition fails ("record new has no field action").
  IF TG_OP = 'UPDATE' AND coalesce(current_setting('helder.anonymise', true), '') = 'on' THEN
    IF TG_TABLE_NAME = 'audit_events' THEN
      IF NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id AND NEW.action = OLD.action
         AND NEW.entity_type = OLD.entity_type AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id THEN
        RETURN NEW;
      END IF;
    ELSIF TG_TABLE_NAME = 'callback_events' THEN
      IF NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id AND NEW.type = OLD.type
         AND NEW.callback_request_id = OLD.callback_request_id THEN
        RETURN NEW;
      END IF;
    END IF;
  END IF;
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION helder_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION helder_refuse_truncate();--> statement-breakpoint
CREATE TRIGGER callback_events_no_truncate BEFORE TRUNCATE ON callback_events
  FOR EACH STATEMENT EXECUTE FUNCTION helder_refuse_truncate();
