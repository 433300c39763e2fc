CREATE INDEX "callbacks_customer_idx" ON "callback_requests" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "contacts_customer_idx" ON "contacts" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "customers_retention_idx" ON "customers" USING btree ("created_at","id") WHERE anonymised_at is null;--> statement-breakpoint
CREATE INDEX "outbox_related_idx" ON "outbox_messages" USING btree ("related_id");--> statement-breakpoint
CREATE INDEX "outbox_recipient_lower_idx" ON "outbox_messages" USING btree (lower("recipient"));--> statement-breakpoint
CREATE INDEX "survey_invitations_customer_idx" ON "survey_invitations" USING btree ("customer_id");