DROP INDEX "audit_events_created_at_idx";--> statement-breakpoint
DROP INDEX "live_articles_published_at_idx";--> statement-breakpoint
DROP INDEX "live_articles_section_published_idx";--> statement-breakpoint
CREATE INDEX "audit_events_created_at_idx" ON "audit_events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "live_articles_published_at_idx" ON "live_articles" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "live_articles_section_published_idx" ON "live_articles" USING btree ("section_id","published_at");