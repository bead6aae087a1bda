CREATE TABLE "tag_redirects" (
	"old_slug" text PRIMARY KEY NOT NULL,
	"tag_id" uuid NOT NULL,
	"merged_tag_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sections" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sections" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "tags" ADD COLUMN "image_media_id" uuid;--> statement-breakpoint
ALTER TABLE "tags" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "tag_redirects" ADD CONSTRAINT "tag_redirects_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tag_redirects_tag_id_idx" ON "tag_redirects" USING btree ("tag_id");--> statement-breakpoint
CREATE INDEX "tag_redirects_merged_tag_id_idx" ON "tag_redirects" USING btree ("merged_tag_id");--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_image_media_id_media_id_fk" FOREIGN KEY ("image_media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tags_image_media_id_idx" ON "tags" USING btree ("image_media_id");