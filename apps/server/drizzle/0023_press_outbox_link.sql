ALTER TABLE "press_messages" DROP CONSTRAINT "press_messages_outbox_message_id_outbox_messages_id_fk";
--> statement-breakpoint
ALTER TABLE "press_messages" ADD CONSTRAINT "press_messages_outbox_message_id_outbox_messages_id_fk" FOREIGN KEY ("outbox_message_id") REFERENCES "public"."outbox_messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "press_messages_outbox_idx" ON "press_messages" USING btree ("outbox_message_id") WHERE outbox_message_id is not null;