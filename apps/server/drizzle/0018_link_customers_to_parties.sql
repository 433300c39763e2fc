-- The words of a name as the party search matches them: lower case, common accents removed,
-- everything but letters and digits a space. parties/fields.ts partySearchText does the same in
-- TypeScript; a test compares the two.
CREATE OR REPLACE FUNCTION helder_search_text(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    lower(translate(coalesce(p, ''),
      'ÁÀÂÄÃÅáàâäãåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÖÕóòôöõÚÙÛÜúùûüÝýÿÇçÑñŠšŽžČčĆćĞğŞşİı',
      'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuYyyCcNnSsZzCcCcGgSsIi')),
    '[^[:alnum:]]+', ' ', 'g'))
$$;
--> statement-breakpoint
-- Links customers (the details given in one contact or request) to parties by an exact match on
-- e-mail address or phone number, and makes a party for every address or number not known yet.
-- `only_ids` limits it to some customers (an import); NULL takes every customer not linked yet.
-- Anonymised customers and customers without an address or number are left alone: a name alone
-- is not unique. Returns how many customers were linked.
CREATE OR REPLACE FUNCTION helder_link_customers(only_ids uuid[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  linked integer := 0;
  n integer;
  pass integer;
BEGIN
  -- Linking everything (a migration, a fresh demo) joins whole tables: planner statistics first,
  -- or a freshly loaded table is taken for empty and joined row by row.
  IF only_ids IS NULL THEN
    ANALYZE customers;
    ANALYZE digital_addresses;
    ANALYZE parties;
  END IF;
  FOR pass IN 1..2 LOOP
    -- To a live party with this e-mail address (the oldest party when several have it).
    UPDATE customers c SET party_id = m.party_id FROM (
      SELECT DISTINCT ON (c2.id) c2.id, a.party_id
      FROM customers c2
      JOIN digital_addresses a ON a.kind = 'email' AND a.key = lower(btrim(c2.email)) AND a.party_id IS NOT NULL
      JOIN parties p ON p.id = a.party_id AND p.merged_into_id IS NULL AND p.anonymised_at IS NULL
      WHERE c2.party_id IS NULL AND c2.anonymised_at IS NULL AND c2.email IS NOT NULL AND (only_ids IS NULL OR c2.id = ANY(only_ids))
      ORDER BY c2.id, p.number) m
    WHERE c.id = m.id;
    GET DIAGNOSTICS n = ROW_COUNT; linked := linked + n;
    -- To a live party with this phone number, in any notation.
    UPDATE customers c SET party_id = m.party_id FROM (
      SELECT DISTINCT ON (c2.id) c2.id, a.party_id
      FROM customers c2
      JOIN digital_addresses a ON a.kind = 'phone' AND a.key = helder_phone_key(c2.phone) AND a.party_id IS NOT NULL
      JOIN parties p ON p.id = a.party_id AND p.merged_into_id IS NULL AND p.anonymised_at IS NULL
      WHERE c2.party_id IS NULL AND c2.anonymised_at IS NULL AND c2.phone IS NOT NULL AND (only_ids IS NULL OR c2.id = ANY(only_ids))
      ORDER BY c2.id, p.number) m
    WHERE c.id = m.id;
    GET DIAGNOSTICS n = ROW_COUNT; linked := linked + n;
    EXIT WHEN pass = 2;
    -- A new party per e-mail address still unknown, named after its newest customer.
    WITH groups AS (
      SELECT gen_random_uuid() AS party_id, g.* FROM (
        SELECT lower(btrim(email)) AS k,
          min(btrim(email)) AS value,
          (array_agg(kind ORDER BY created_at DESC))[1] AS kind,
          (array_agg(name ORDER BY created_at DESC) FILTER (WHERE name IS NOT NULL))[1] AS name,
          min(created_at) AS created_at
        FROM customers
        WHERE party_id IS NULL AND anonymised_at IS NULL AND email IS NOT NULL AND (only_ids IS NULL OR id = ANY(only_ids))
        GROUP BY 1) g),
    made AS (
      INSERT INTO parties (id, kind, name, search_text, created_at, updated_at)
      SELECT party_id, kind, coalesce(name, 'Onbekend'), helder_search_text(name), created_at, created_at FROM groups RETURNING id),
    addresses AS (
      INSERT INTO digital_addresses (party_id, kind, value, key, is_default, created_at, updated_at)
      SELECT g.party_id, 'email', g.value, g.k, true, g.created_at, g.created_at FROM groups g JOIN made ON made.id = g.party_id RETURNING 1)
    UPDATE customers c SET party_id = g.party_id FROM groups g
    WHERE lower(btrim(c.email)) = g.k AND c.party_id IS NULL AND c.anonymised_at IS NULL AND (only_ids IS NULL OR c.id = ANY(only_ids));
    GET DIAGNOSTICS n = ROW_COUNT; linked := linked + n;
    -- The phone numbers of the customers linked so far join their party, so the second pass finds
    -- them; then a new party per phone number still unknown.
    -- The newest becomes the default when the party has no phone number yet.
    INSERT INTO digital_addresses (party_id, kind, value, key, is_default, created_at, updated_at)
    SELECT party_id, 'phone', value, k,
      row_number() OVER (PARTITION BY party_id ORDER BY created_at DESC) = 1
        AND NOT EXISTS (SELECT 1 FROM digital_addresses d WHERE d.party_id = x.party_id AND d.kind = 'phone'),
      created_at, created_at
    FROM (
      SELECT DISTINCT ON (c.party_id, helder_phone_key(c.phone)) c.party_id, c.phone AS value, helder_phone_key(c.phone) AS k, c.created_at
      FROM customers c
      WHERE c.party_id IS NOT NULL AND c.phone IS NOT NULL AND helder_phone_key(c.phone) IS NOT NULL AND c.anonymised_at IS NULL
        AND (only_ids IS NULL OR c.id = ANY(only_ids))
        AND NOT EXISTS (SELECT 1 FROM digital_addresses d WHERE d.party_id = c.party_id AND d.kind = 'phone' AND d.key = helder_phone_key(c.phone))
      ORDER BY c.party_id, helder_phone_key(c.phone), c.created_at DESC) x;
    UPDATE customers c SET party_id = m.party_id FROM (
      SELECT DISTINCT ON (c2.id) c2.id, a.party_id
      FROM customers c2
      JOIN digital_addresses a ON a.kind = 'phone' AND a.key = helder_phone_key(c2.phone) AND a.party_id IS NOT NULL
      JOIN parties p ON p.id = a.party_id AND p.merged_into_id IS NULL AND p.anonymised_at IS NULL
      WHERE c2.party_id IS NULL AND c2.anonymised_at IS NULL AND c2.phone IS NOT NULL AND (only_ids IS NULL OR c2.id = ANY(only_ids))
      ORDER BY c2.id, p.number) m
    WHERE c.id = m.id;
    GET DIAGNOSTICS n = ROW_COUNT; linked := linked + n;
    WITH groups AS (
      SELECT gen_random_uuid() AS party_id, g.* FROM (
        SELECT helder_phone_key(phone) AS k,
          (array_agg(phone ORDER BY created_at DESC))[1] AS value,
          (array_agg(kind ORDER BY created_at DESC))[1] AS kind,
          (array_agg(name ORDER BY created_at DESC) FILTER (WHERE name IS NOT NULL))[1] AS name,
          min(created_at) AS created_at
        FROM customers
        WHERE party_id IS NULL AND anonymised_at IS NULL AND helder_phone_key(phone) IS NOT NULL AND (only_ids IS NULL OR id = ANY(only_ids))
        GROUP BY 1) g),
    made AS (
      INSERT INTO parties (id, kind, name, search_text, created_at, updated_at)
      SELECT party_id, kind, coalesce(name, 'Onbekend'), helder_search_text(name), created_at, created_at FROM groups RETURNING id),
    addresses AS (
      INSERT INTO digital_addresses (party_id, kind, value, key, is_default, created_at, updated_at)
      SELECT g.party_id, 'phone', g.value, g.k, true, g.created_at, g.created_at FROM groups g JOIN made ON made.id = g.party_id RETURNING 1)
    UPDATE customers c SET party_id = g.party_id FROM groups g
    WHERE helder_phone_key(c.phone) = g.k AND c.party_id IS NULL AND c.anonymised_at IS NULL AND (only_ids IS NULL OR c.id = ANY(only_ids));
    GET DIAGNOSTICS n = ROW_COUNT; linked := linked + n;
  END LOOP;
  -- E-mail addresses of customers linked by their phone number join the party too.
  INSERT INTO digital_addresses (party_id, kind, value, key, is_default, created_at, updated_at)
  SELECT party_id, 'email', value, k,
    row_number() OVER (PARTITION BY party_id ORDER BY created_at DESC) = 1
      AND NOT EXISTS (SELECT 1 FROM digital_addresses d WHERE d.party_id = x.party_id AND d.kind = 'email'),
    created_at, created_at
  FROM (
    SELECT DISTINCT ON (c.party_id, lower(btrim(c.email))) c.party_id, btrim(c.email) AS value, lower(btrim(c.email)) AS k, c.created_at
    FROM customers c
    WHERE c.party_id IS NOT NULL AND c.email IS NOT NULL AND c.anonymised_at IS NULL AND (only_ids IS NULL OR c.id = ANY(only_ids))
      AND NOT EXISTS (SELECT 1 FROM digital_addresses d WHERE d.party_id = c.party_id AND d.kind = 'email' AND d.key = lower(btrim(c.email)))
    ORDER BY c.party_id, lower(btrim(c.email)), c.created_at DESC) x;
  RETURN linked;
END
$$;
--> statement-breakpoint
-- The equality lookup the linking joins on (declared in the schema; migration 0019 finds it made).
CREATE INDEX IF NOT EXISTS "digital_addresses_kind_key_idx" ON "digital_addresses" USING btree ("kind","key");
--> statement-breakpoint
-- Every contact and request already in Helder finds its party.
SELECT helder_link_customers(NULL);
