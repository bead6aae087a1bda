// The whole data model. Columns are snake_case in SQL, camelCase in code.
// Every timestamp is `timestamp with time zone`; every foreign key and lookup
// path has an explicit index.
import { sql, type SQL } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { RevisionSnapshot } from "@/lib/articles/shape";
import type { ArticleDocument } from "@/lib/content/document";
import type { StoredVariant } from "@/lib/media/stored-variant";
import { tagKind as tagKinds } from "@/lib/tags/kinds";

const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const createdAt = () => tstz("created_at").notNull().defaultNow();
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const userRole = pgEnum("user_role", ["contributor", "editor", "admin"]);
export const articleStatus = pgEnum("article_status", ["draft", "in_review", "scheduled", "published", "unpublished"]);
export const tagKind = pgEnum("tag_kind", tagKinds);
export const revisionKind = pgEnum("revision_kind", ["create", "save", "autosave", "restore", "publish"]);
export const userTokenPurpose = pgEnum("user_token_purpose", ["invite", "password_reset"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    // The author page's address (/authors/<slug>); set when the account is created.
    slug: text("slug").unique(),
    bio: text("bio").notNull().default(""),
    role: userRole("role").notNull().default("contributor"),
    passwordHash: text("password_hash"),
    active: boolean("active").notNull().default(true),
    // Bumped on deactivate, demote or password reset: older sessions stop working.
    sessionVersion: integer("session_version").notNull().default(1),
    lastLoginAt: tstz("last_login_at"),
    createdAt: createdAt(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

export const sections = pgTable("sections", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  // The order of the site navigation and of the home page's sections.
  position: integer("position").notNull().default(0),
  version: integer("version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: tstz("updated_at").notNull().defaultNow(),
});

export const tags = pgTable(
  "tags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    kind: tagKind("kind").notNull().default("topic"),
    description: text("description").notNull().default(""),
    // Who created it (null: the seed, an import, a deleted account); counts toward their daily tag quota.
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    // When the tag became a public page: at creation by an editor or admin, or when the
    // first story carrying it is published. Until then its page, feeds and sitemap entry do not exist.
    listedAt: tstz("listed_at"),
    // The tag's picture from the media library (shown on its page); cleared when the item is deleted.
    imageMediaId: uuid("image_media_id").references((): AnyPgColumn => media.id, { onDelete: "set null" }),
    // Bumped on every change by an editor: a change based on an older version is refused.
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("tags_kind_idx").on(t.kind),
    index("tags_image_media_id_idx").on(t.imageMediaId),
    index("tags_name_idx").on(sql`lower(${t.name})`),
    index("tags_created_by_created_at_idx").on(t.createdById, t.createdAt),
  ],
);

// The media library: one row per distinct image (the same bytes uploaded twice
// are one row, by content hash). Files live in object storage under keys
// derived from the hash (lib/media/variants.ts); a replaced file gets a new
// hash, new keys and a higher version, and keeps its id.
export const media = pgTable(
  "media",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contentHash: text("content_hash").notNull().unique(),
    originalKey: text("original_key").notNull(),
    filename: text("filename").notNull(),
    mimeType: text("mime_type").notNull(),
    bytes: integer("bytes").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    alt: text("alt").notNull().default(""),
    credit: text("credit").notNull().default(""),
    caption: text("caption").notNull().default(""),
    // The subject, 0..1 from the left and the top; every crop keeps it in frame.
    focalX: doublePrecision("focal_x").notNull().default(0.5),
    focalY: doublePrecision("focal_y").notNull().default(0.5),
    // The variants made from the current file, widest last per format.
    variants: jsonb("variants").$type<StoredVariant[]>().notNull().default([]),
    uploadedById: uuid("uploaded_by_id").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("media_uploaded_by_id_idx").on(t.uploadedById),
    index("media_created_at_idx").on(t.createdAt),
    check("media_focal_range", sql`${t.focalX} between 0 and 1 and ${t.focalY} between 0 and 1`),
  ],
);

// The working copy an editor edits, plus workflow state. What readers see
// lives in `live_articles`, written only by the status machine.
export const articles = pgTable(
  "articles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    dek: text("dek").notNull().default(""),
    body: jsonb("body").$type<ArticleDocument>().notNull(),
    bodyHtml: text("body_html").notNull().default(""),
    sectionId: uuid("section_id").references(() => sections.id, { onDelete: "set null" }),
    heroImageUrl: text("hero_image_url"),
    // The hero from the media library; hero_image_alt and _credit override the asset's own for this story.
    heroMediaId: uuid("hero_media_id").references(() => media.id, { onDelete: "restrict" }),
    heroImageAlt: text("hero_image_alt").notNull().default(""),
    heroImageCredit: text("hero_image_credit").notNull().default(""),
    seoTitle: text("seo_title").notNull().default(""),
    seoDescription: text("seo_description").notNull().default(""),
    correctionNote: text("correction_note").notNull().default(""),
    status: articleStatus("status").notNull().default("draft"),
    reviewNote: text("review_note").notNull().default(""),
    publishAt: tstz("publish_at"),
    unpublishAt: tstz("unpublish_at"),
    publishedAt: tstz("published_at"),
    liveRevisionId: uuid("live_revision_id").references((): AnyPgColumn => articleRevisions.id, {
      onDelete: "set null",
    }),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
    deletedAt: tstz("deleted_at"),
  },
  (t) => [
    index("articles_status_publish_at_idx").on(t.status, t.publishAt),
    index("articles_status_unpublish_at_idx").on(t.status, t.unpublishAt),
    index("articles_section_id_idx").on(t.sectionId),
    index("articles_created_by_id_idx").on(t.createdById, t.createdAt),
    index("articles_live_revision_id_idx").on(t.liveRevisionId),
    index("articles_updated_at_idx").on(t.updatedAt),
    index("articles_hero_media_id_idx").on(t.heroMediaId),
    // Which working copies show an image in their body: body @> {"content":[{"attrs":{"mediaId":...}}]}.
    index("articles_body_idx").using("gin", sql`${t.body} jsonb_path_ops`),
  ],
);

export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    kind: revisionKind("kind").notNull(),
    // A full snapshot of the editable fields at every save (lib/articles/shape.ts).
    snapshot: jsonb("snapshot").$type<RevisionSnapshot>().notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("article_revisions_article_number_key").on(t.articleId, t.number), index("article_revisions_author_id_idx").on(t.authorId)],
);

export const articleTags = pgTable(
  "article_tags",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: uuid("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index("article_tags_tag_id_idx").on(t.tagId)],
);

export const articleAuthors = pgTable(
  "article_authors",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] }), index("article_authors_user_id_idx").on(t.userId)],
);

// What readers see: one row per live article, the published revision
// flattened for fast public reads. Written only by the status machine.
export const liveArticles = pgTable(
  "live_articles",
  {
    articleId: uuid("article_id")
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    revisionId: uuid("revision_id")
      .notNull()
      .references(() => articleRevisions.id),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    dek: text("dek").notNull(),
    bodyHtml: text("body_html").notNull(),
    bodyText: text("body_text").notNull(),
    sectionId: uuid("section_id").references(() => sections.id, { onDelete: "set null" }),
    tagIds: uuid("tag_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    authorIds: uuid("author_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    // Every media item the live copy shows (hero and body images), for usage and purges.
    mediaIds: uuid("media_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    heroImageUrl: text("hero_image_url"),
    heroMediaId: uuid("hero_media_id").references(() => media.id, { onDelete: "restrict" }),
    heroImageAlt: text("hero_image_alt").notNull(),
    heroImageCredit: text("hero_image_credit").notNull(),
    seoTitle: text("seo_title").notNull(),
    seoDescription: text("seo_description").notNull(),
    correctionNote: text("correction_note").notNull(),
    publishedAt: tstz("published_at").notNull(),
    updatedAt: tstz("updated_at").notNull(),
    search: tsvector("search").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', ${liveArticles.title}), 'A') || setweight(to_tsvector('english', ${liveArticles.dek}), 'B') || setweight(to_tsvector('english', ${liveArticles.bodyText}), 'C')`,
    ),
  },
  (t) => [
    // Ascending: read backwards it gives ORDER BY published_at DESC (NULLS FIRST,
    // PostgreSQL's default for DESC). A DESC NULLS LAST index serves neither direction.
    index("live_articles_published_at_idx").on(t.publishedAt),
    index("live_articles_section_published_idx").on(t.sectionId, t.publishedAt),
    index("live_articles_tag_ids_idx").using("gin", t.tagIds),
    index("live_articles_author_ids_idx").using("gin", t.authorIds),
    index("live_articles_revision_id_idx").on(t.revisionId),
    index("live_articles_hero_media_id_idx").on(t.heroMediaId),
    index("live_articles_media_ids_idx").using("gin", t.mediaIds),
    index("live_articles_search_idx").using("gin", t.search),
  ],
);

export const slugRedirects = pgTable(
  "slug_redirects",
  {
    oldSlug: text("old_slug").primaryKey(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("slug_redirects_article_id_idx").on(t.articleId)],
);

// Old tag slugs (a slug change, or a tag merged into another) to the tag that
// answers for them now: their pages and feeds redirect permanently.
export const tagRedirects = pgTable(
  "tag_redirects",
  {
    oldSlug: text("old_slug").primaryKey(),
    tagId: uuid("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    // The merged tag's id when a merge left this redirect (no foreign key: that tag is gone).
    mergedTagId: uuid("merged_tag_id"),
    createdAt: createdAt(),
  },
  (t) => [index("tag_redirects_tag_id_idx").on(t.tagId), index("tag_redirects_merged_tag_id_idx").on(t.mergedTagId)],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    // Null when the system acted (the scheduler).
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_events_entity_idx").on(t.entityType, t.entityId, t.createdAt),
    index("audit_events_actor_id_idx").on(t.actorId),
    index("audit_events_created_at_idx").on(t.createdAt),
  ],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    // First characters, shown in the dashboard so a token can be recognised.
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    lastUsedAt: tstz("last_used_at"),
    expiresAt: tstz("expires_at"),
    revokedAt: tstz("revoked_at"),
  },
  (t) => [index("api_tokens_user_id_idx").on(t.userId), index("api_tokens_created_by_id_idx").on(t.createdById)],
);

export const previewLinks = pgTable(
  "preview_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: tstz("expires_at").notNull(),
    revokedAt: tstz("revoked_at"),
  },
  (t) => [index("preview_links_article_id_idx").on(t.articleId), index("preview_links_created_by_id_idx").on(t.createdById)],
);

// One-time invite and password-reset links, stored hashed.
export const userTokens = pgTable(
  "user_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: userTokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    expiresAt: tstz("expires_at").notNull(),
    usedAt: tstz("used_at"),
  },
  (t) => [index("user_tokens_user_id_idx").on(t.userId)],
);

// Sign-in throttle: one counter per bucket (an account, an address, an
// account from one address; see lib/auth/login-throttle.ts), counted with one
// atomic upsert so parallel attempts cannot all pass before any is counted.
// Rows whose window ended long ago are pruned.
export const loginThrottle = pgTable(
  "login_throttle",
  {
    key: text("key").primaryKey(),
    windowStart: tstz("window_start").notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
  },
  (t) => [index("login_throttle_window_start_idx").on(t.windowStart)],
);

export const settings = pgTable(
  "settings",
  {
    key: text("key").primaryKey(),
    value: jsonb("value").$type<unknown>().notNull(),
    updatedById: uuid("updated_by_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [index("settings_updated_by_id_idx").on(t.updatedById)],
);

export type User = typeof users.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Section = typeof sections.$inferSelect;
export type Media = typeof media.$inferSelect;
export type NewMedia = typeof media.$inferInsert;
