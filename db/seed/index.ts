// Demo content: sections, users, typed tags and articles of our own writing.
// Idempotent: only what is missing is added; nothing an editor changed is
// overwritten. Refuses production databases unless forced.
import { eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, sections, settings, tags, users } from "@/db/schema";
import { PRODUCTION_FLAG } from "@/lib/settings/commands";
import { createArticle } from "@/lib/articles/commands";
import { slugify } from "@/lib/articles/slug";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { getEnv } from "@/lib/env";
import { importImageFromUrl } from "@/lib/media/import-url";
import { transitionArticle } from "@/lib/publishing/commands";
import { articles as seedArticles, tags as seedTags, users as seedUsers } from "./content";

export { PRODUCTION_FLAG };

const demoSections = [
  { slug: "tv", name: "TV", description: "Series, streaming and the people who make them.", position: 1 },
  { slug: "film", name: "Film", description: "Releases, reviews, festivals and the box office.", position: 2 },
  { slug: "music", name: "Music", description: "Albums, tours and the charts.", position: 3 },
  { slug: "celebrity", name: "Celebrity", description: "The people behind the headlines.", position: 4 },
];

export class SeedRefused extends Error {
  name = "SeedRefused";
}

export async function seedDemoContent({ password, force = false }: { password: string; force?: boolean }) {
  if (!force) await refuseProduction();
  await db.insert(sections).values(demoSections).onConflictDoNothing();
  const actors = await seedAccounts(password);
  // The desk's own tags: public pages from the start.
  await db
    .insert(tags)
    .values(seedTags.map((t) => ({ ...t, listedAt: new Date() })))
    .onConflictDoNothing();
  return { articlesAdded: await seedStories(actors) };
}

async function refuseProduction() {
  const [flag] = await db.select().from(settings).where(eq(settings.key, PRODUCTION_FLAG));
  if (getEnv().NODE_ENV === "production" || flag?.value === true) {
    throw new SeedRefused("This looks like a production database; demo content was not added. Pass --force to seed anyway.");
  }
}

async function seedAccounts(password: string): Promise<Map<string, Actor>> {
  const emails = seedUsers.map((u) => u.email);
  const existing = await db.select({ email: users.email }).from(users).where(inArray(users.email, emails));
  const missing = seedUsers.filter((u) => !existing.some((e) => e.email === u.email));
  if (missing.length) {
    const passwordHash = await hashPassword(password);
    await db
      .insert(users)
      .values(missing.map((u) => ({ ...u, slug: slugify(u.name), passwordHash })))
      .onConflictDoNothing();
  }
  const rows = await db.select().from(users).where(inArray(users.email, emails));
  return new Map(rows.map((u) => [u.email, { id: u.id, role: u.role, name: u.name }]));
}

async function seedStories(actors: Map<string, Actor>): Promise<number> {
  const present = new Set(
    (
      await db
        .select({ slug: articles.slug })
        .from(articles)
        .where(
          inArray(
            articles.slug,
            seedArticles.map((a) => a.slug),
          ),
        )
    ).map((a) => a.slug),
  );
  const tagIds = new Map((await db.select({ id: tags.id, slug: tags.slug }).from(tags)).map((t) => [t.slug, t.id]));
  const sectionIds = new Map((await db.select({ id: sections.id, slug: sections.slug }).from(sections)).map((s) => [s.slug, s.id]));
  const [desk] = await db
    .select()
    .from(users)
    .where(sql`${users.role} = 'admin'`)
    .limit(1);
  const editor: Actor = { id: desk.id, role: desk.role, name: desk.name };
  // Hero images are library items, imported once per picture from the site's own files.
  const heroes = new Map<string, Promise<string>>();
  const heroOf = (hero: { url: string; alt: string; credit: string }) => {
    if (!heroes.has(hero.url)) {
      heroes.set(
        hero.url,
        importImageFromUrl({ actor: editor, url: hero.url, field: "heroImageUrl", metadata: { alt: hero.alt, credit: hero.credit } }).then((m) => m.id),
      );
    }
    return heroes.get(hero.url)!;
  };
  const hour = 3_600_000;
  let added = 0;
  for (const story of seedArticles) {
    if (present.has(story.slug)) continue;
    const writer = actors.get(story.bylines[0])!;
    const isDeskWork = story.status === "draft" || story.status === "in_review";
    const when = new Date(Date.now() - (story.status === "scheduled" ? 2 : story.hoursFromNow + 2) * hour);
    const created = await createArticle({
      actor: isDeskWork ? writer : editor,
      now: when,
      fields: {
        title: story.title,
        dek: story.dek,
        slug: story.slug,
        body: story.body,
        sectionId: sectionIds.get(story.section) ?? null,
        tagIds: story.tags.map((t) => tagIds.get(t)!),
        bylineIds: story.bylines.map((e) => actors.get(e)!.id),
        heroMediaId: story.hero ? await heroOf(story.hero) : null,
        heroImageAlt: story.hero?.alt ?? "",
        heroImageCredit: story.hero?.credit ?? "",
        seoTitle: story.seoTitle ?? "",
        seoDescription: story.seoDescription ?? "",
        correctionNote: story.correctionNote ?? "",
      },
    });
    const base = { articleId: created.id, version: created.version };
    if (story.status === "published") {
      await transitionArticle({ ...base, actor: editor, action: "publish", now: new Date(Date.now() - story.hoursFromNow * hour) });
    } else if (story.status === "in_review") {
      await transitionArticle({ ...base, actor: writer, action: "submit" });
    } else if (story.status === "scheduled") {
      await transitionArticle({ ...base, actor: editor, action: "schedule", at: new Date(Date.now() + story.hoursFromNow * hour) });
    }
    added++;
  }
  return added;
}
