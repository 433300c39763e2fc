-- Failed logins written before migration 0012 kept the typed e-mail address in clear and the client
-- address inside `detail`, where retention does not shorten it. Remove the typed address and move
-- the client address to the `ip` column. The append-only trigger allows this only as a marked
-- anonymisation, which this statement is (session setting, as a migration may run outside one
-- transaction; reset right after).
SELECT set_config('helder.anonymise', 'on', false);--> statement-breakpoint
UPDATE audit_events
  SET ip = coalesce(ip, detail->>'ip'), detail = detail - 'email' - 'ip'
  WHERE action = 'login_failed' AND (detail ? 'email' OR detail ? 'ip');--> statement-breakpoint
SELECT set_config('helder.anonymise', '', false);
