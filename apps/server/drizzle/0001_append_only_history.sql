-- History and the audit log are append-only: the database itself refuses to change or remove a row,
-- so no bug or careless query in the application can rewrite what happened.
CREATE OR REPLACE FUNCTION helder_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER callback_events_append_only BEFORE UPDATE OR DELETE ON callback_events
  FOR EACH ROW EXECUTE FUNCTION helder_refuse_change();--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION helder_refuse_change();
