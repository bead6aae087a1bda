import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { articles, auditEvents, liveArticles } from "@/db/schema";
import { getMediaUsage } from "@/lib/media/queries";
import { makeArticle, makeUser } from "@/tests/factories";
import { transitionArticle } from "./commands";
import { importHeroAddresses } from "./hero-import";
import { findImportingAdmin } from "./hero-import-actor";

describe("importing heroes given by address", () => {
  it("imports each address once, points working and live copies at the item, and leaves what cannot be fetched", async () => {
    const admin = await makeUser("admin");
    const hero = { heroImageUrl: "/images/demo/film-strip.svg", heroImageAlt: "A strip of film", heroImageCredit: "Illustration: Marquee" };
    const published = await makeArticle(admin, hero);
    await transitionArticle({ actor: admin, articleId: published.id, action: "publish", version: published.version });
    const draft = await makeArticle(admin, { ...hero, heroImageAlt: "Film, again" });
    const unreachable = await makeArticle(admin, { heroImageUrl: "https://10.0.0.7/private.jpg" });

    const report = await importHeroAddresses({ actor: admin });
    const entry = report.imported.find((i) => i.url === hero.heroImageUrl)!;
    expect(entry.articles).toBe(2);
    expect(report.failed).toEqual(expect.arrayContaining([{ url: "https://10.0.0.7/private.jpg", reason: expect.stringMatching(/private/) }]));

    const [working] = await db.select().from(articles).where(eq(articles.id, draft.id));
    expect(working).toMatchObject({ heroMediaId: entry.mediaId, heroImageUrl: null, heroImageAlt: "Film, again" });
    const [live] = await db.select().from(liveArticles).where(eq(liveArticles.articleId, published.id));
    expect(live).toMatchObject({ heroMediaId: entry.mediaId, heroImageUrl: null, mediaIds: [entry.mediaId] });
    const [left] = await db.select().from(articles).where(eq(articles.id, unreachable.id));
    expect(left).toMatchObject({ heroImageUrl: "https://10.0.0.7/private.jpg", heroMediaId: null });
    expect((await getMediaUsage({ id: entry.mediaId })).map((u) => u.articleId).sort()).toEqual([published.id, draft.id].sort());
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, "article.hero_imported"));
    expect(audit.map((a) => a.entityId).sort()).toEqual([published.id, draft.id].sort());

    // Run again: nothing left to import for those stories.
    const again = await importHeroAddresses({ actor: admin });
    expect(again.imported.find((i) => i.url === hero.heroImageUrl)).toBeUndefined();
  });

  it("acts as an active admin", async () => {
    const admin = await makeUser("admin");
    expect(await findImportingAdmin({ email: admin.email.toUpperCase() })).toEqual({ id: admin.id, role: "admin", name: admin.name });
    const editor = await makeUser("editor");
    expect(await findImportingAdmin({ email: editor.email })).toBeNull();
  });
});
