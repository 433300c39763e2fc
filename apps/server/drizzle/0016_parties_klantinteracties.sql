CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "contact_actors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"team_id" uuid,
	"employee_id" uuid,
	"external_actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_actors_one_actor" CHECK (num_nonnulls("contact_actors"."team_id", "contact_actors"."employee_id", "contact_actors"."external_actor_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "contact_references" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"contact_id" uuid,
	"was_contact_id" uuid,
	"object_id" text,
	"object_type" text,
	"register" text,
	"id_kind" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_references_kind" CHECK ("contact_references"."kind" in ('subject', 'attachment'))
);
--> statement-breakpoint
CREATE TABLE "digital_addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_id" uuid,
	"customer_id" uuid,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"key" text NOT NULL,
	"label" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"reference" text,
	"verified_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digital_addresses_kind" CHECK ("digital_addresses"."kind" in ('email', 'phone', 'other'))
);
--> statement-breakpoint
CREATE TABLE "external_actors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"identifier" jsonb,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "external_actors_kind" CHECK ("external_actors"."kind" in ('medewerker', 'geautomatiseerde_actor', 'organisatorische_eenheid'))
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigint GENERATED ALWAYS AS IDENTITY (sequence name "parties_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text DEFAULT 'resident' NOT NULL,
	"name" text NOT NULL,
	"initials" text,
	"first_name" text,
	"surname_prefix" text,
	"surname" text,
	"works_for_party_id" uuid,
	"visit_address" jsonb,
	"correspondence_address" jsonb,
	"address_key" text,
	"internal_note" text,
	"preferred_language" text,
	"confidential" boolean,
	"active" boolean DEFAULT true NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED,
	"merged_into_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"anonymised_at" timestamp with time zone,
	CONSTRAINT "parties_number_unique" UNIQUE("number"),
	CONSTRAINT "parties_kind" CHECK ("parties"."kind" in ('resident', 'business', 'institution'))
);
--> statement-breakpoint
CREATE TABLE "party_identifiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_id" uuid NOT NULL,
	"object_type" text NOT NULL,
	"id_kind" text NOT NULL,
	"register" text NOT NULL,
	"value" text,
	"value_hash" text,
	"value_sealed" text,
	"value_hint" text,
	"sub_of_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_identifiers_id_kind" CHECK ("party_identifiers"."id_kind" in ('bsn', 'vestigingsnummer', 'rsin', 'kvk_nummer', 'overig')),
	CONSTRAINT "party_identifiers_object_type" CHECK ("party_identifiers"."object_type" in ('natuurlijk_persoon', 'vestiging', 'niet_natuurlijk_persoon', 'overig')),
	CONSTRAINT "party_identifiers_register" CHECK ("party_identifiers"."register" in ('brp', 'hr', 'overig')),
	CONSTRAINT "party_identifiers_clear_or_sealed" CHECK (("party_identifiers"."id_kind" = 'bsn') = ("party_identifiers"."value" is null))
);
--> statement-breakpoint
CREATE TABLE "party_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"moved" jsonb NOT NULL,
	"merged_by" uuid,
	"merged_at" timestamp with time zone NOT NULL,
	"undone_by" uuid,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "request_actors" (
	"request_id" uuid NOT NULL,
	"external_actor_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_actors_request_id_external_actor_id_pk" PRIMARY KEY("request_id","external_actor_id")
);
--> statement-breakpoint
ALTER TABLE "callback_requests" ADD COLUMN "requested_action" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "answer" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "registered_by_token" uuid;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "language" text DEFAULT 'nld' NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "confidential" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "reached" boolean;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "party_id" uuid;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "contact_id" uuid;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "role" text DEFAULT 'klant' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "initiator" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "name_parts" jsonb;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "organisation_name" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "visit_address" jsonb;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "correspondence_address" jsonb;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_employees_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_revoked_by_employees_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_actors" ADD CONSTRAINT "contact_actors_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_actors" ADD CONSTRAINT "contact_actors_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_actors" ADD CONSTRAINT "contact_actors_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_actors" ADD CONSTRAINT "contact_actors_external_actor_id_external_actors_id_fk" FOREIGN KEY ("external_actor_id") REFERENCES "public"."external_actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_references" ADD CONSTRAINT "contact_references_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_references" ADD CONSTRAINT "contact_references_was_contact_id_contacts_id_fk" FOREIGN KEY ("was_contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digital_addresses" ADD CONSTRAINT "digital_addresses_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digital_addresses" ADD CONSTRAINT "digital_addresses_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_works_for_party_id_parties_id_fk" FOREIGN KEY ("works_for_party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_merged_into_id_parties_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_identifiers" ADD CONSTRAINT "party_identifiers_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_identifiers" ADD CONSTRAINT "party_identifiers_sub_of_id_party_identifiers_id_fk" FOREIGN KEY ("sub_of_id") REFERENCES "public"."party_identifiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_merges" ADD CONSTRAINT "party_merges_survivor_id_parties_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_merges" ADD CONSTRAINT "party_merges_merged_id_parties_id_fk" FOREIGN KEY ("merged_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_merges" ADD CONSTRAINT "party_merges_merged_by_employees_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_merges" ADD CONSTRAINT "party_merges_undone_by_employees_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_actors" ADD CONSTRAINT "request_actors_request_id_callback_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."callback_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_actors" ADD CONSTRAINT "request_actors_external_actor_id_external_actors_id_fk" FOREIGN KEY ("external_actor_id") REFERENCES "public"."external_actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_actors_contact_idx" ON "contact_actors" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "contact_references_contact_idx" ON "contact_references" USING btree ("contact_id","kind");--> statement-breakpoint
CREATE INDEX "contact_references_object_idx" ON "contact_references" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "digital_addresses_key_idx" ON "digital_addresses" USING btree ("key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "digital_addresses_party_idx" ON "digital_addresses" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "digital_addresses_customer_idx" ON "digital_addresses" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "parties_search_idx" ON "parties" USING gin ("search");--> statement-breakpoint
CREATE INDEX "parties_address_key_idx" ON "parties" USING btree ("address_key" text_pattern_ops) WHERE merged_into_id is null;--> statement-breakpoint
CREATE INDEX "parties_name_idx" ON "parties" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "parties_merged_into_idx" ON "parties" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "parties_works_for_idx" ON "parties" USING btree ("works_for_party_id");--> statement-breakpoint
CREATE INDEX "party_identifiers_party_idx" ON "party_identifiers" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "party_identifiers_value_idx" ON "party_identifiers" USING btree ("id_kind","value");--> statement-breakpoint
CREATE UNIQUE INDEX "party_identifiers_hash_unique" ON "party_identifiers" USING btree ("value_hash");--> statement-breakpoint
CREATE INDEX "party_merges_survivor_idx" ON "party_merges" USING btree ("survivor_id","merged_at");--> statement-breakpoint
CREATE INDEX "party_merges_merged_idx" ON "party_merges" USING btree ("merged_id");--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_registered_by_token_api_tokens_id_fk" FOREIGN KEY ("registered_by_token") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customers_party_idx" ON "customers" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "customers_contact_idx" ON "customers" USING btree ("contact_id");--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_role" CHECK ("customers"."role" in ('klant', 'vertegenwoordiger'));--> statement-breakpoint
-- A phone number as digits with its country code, the way parties/search.ts and
-- @helder/domain phoneKey write it: '06-1234 5678', '+31 (0)6 12345678' and '0031612345678' all
-- become '31612345678'. Used to link existing customers to parties; a test compares it with phoneKey.
CREATE OR REPLACE FUNCTION helder_phone_key(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN d = '' THEN NULL
    WHEN plus AND d LIKE '310%' AND length(d) = 12 THEN '31' || substr(d, 4)
    WHEN plus THEN d
    WHEN d LIKE '00%' THEN substr(d, 3)
    WHEN d LIKE '0%' THEN '31' || substr(d, 2)
    ELSE d
  END
  FROM (SELECT regexp_replace(coalesce(p, ''), '[^0-9]', '', 'g') AS d, ltrim(coalesce(p, '')) LIKE '+%' AS plus) x
$$;
