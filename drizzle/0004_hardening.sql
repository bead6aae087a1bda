CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP INDEX "articles_created_by_id_idx";--> statement-breakpoint
ALTER TABLE "tags" ADD COLUMN "created_by_id" uuid;--> statement-breakpoint
ALTER TABLE "tags" ADD COLUMN "listed_at" timestamp with time zone;--> statement-breakpoint
-- Every tag that existed before this migration was already a public page.
UPDATE "tags" SET "listed_at" = "created_at";--> statement-breakpoint
CREATE INDEX "login_throttle_window_start_idx" ON "login_throttle" USING btree ("window_start");--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tags_created_by_created_at_idx" ON "tags" USING btree ("created_by_id","created_at");--> statement-breakpoint
CREATE INDEX "articles_created_by_id_idx" ON "articles" USING btree ("created_by_id","created_at");--> statement-breakpoint
DROP TABLE "login_attempts" CASCADE;
