import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { articles, liveArticles, media, settings, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { articles as seedArticles } from "./content";
import { PRODUCTION_FLAG, SeedRefused, seedDemoContent } from "./index";

describe("seedDemoContent", () => {
  it("adds the demo newsroom once; a second run changes nothing", { timeout: 90_000 }, async () => {
    const first = await seedDemoContent({ password: "demo-password-1" });
    expect(first.articlesAdded).toBe(seedArticles.length);
    const statuses = await db.select({ status: articles.status, n: count() }).from(articles).groupBy(articles.status);
    expect(Object.fromEntries(statuses.map((s) => [s.status, s.n]))).toEqual({ published: 12, draft: 1, in_review: 1, scheduled: 2 });
    const [live] = await db.select({ n: count() }).from(liveArticles);
    expect(live.n).toBe(12);
    // Heroes are library items, one per picture, with the demo's alt text and credit.
    const heroes = await db.select({ mediaId: liveArticles.heroMediaId, url: liveArticles.heroImageUrl }).from(liveArticles);
    expect(heroes.every((h) => h.mediaId && h.url === null)).toBe(true);
    const pictures = new Set(seedArticles.flatMap((a) => (a.hero ? [a.hero.url] : [])));
    const [items] = await db.select({ n: count() }).from(media);
    expect(items.n).toBe(pictures.size);
    const [item] = await db.select().from(media).limit(1);
    expect(item).toMatchObject({ mimeType: "image/png", credit: expect.stringMatching(/\S/), alt: expect.stringMatching(/\S/) });

    const second = await seedDemoContent({ password: "another-password" });
    expect(second.articlesAdded).toBe(0);
    const [editor] = await db.select().from(users).where(eq(users.email, "editor@marquee.test"));
    expect(await verifyPassword(editor.passwordHash!, "demo-password-1")).toBe(true);
    expect(editor.role).toBe("editor");
  });

  it("refuses a database marked as production unless forced", async () => {
    await db.insert(settings).values({ key: PRODUCTION_FLAG, value: true }).onConflictDoNothing();
    await expect(seedDemoContent({ password: "x-password" })).rejects.toBeInstanceOf(SeedRefused);
    await db.delete(settings).where(eq(settings.key, PRODUCTION_FLAG));
  });
});
