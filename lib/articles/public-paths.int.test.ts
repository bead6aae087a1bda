// Which entity paths can exist, from PostgreSQL, and the server's gate that
// hands every other one to Next as the shared 404 placeholder.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { UNKNOWN_PAGE_CACHE_CONTROL, withUnknownPageGate } from "@/lib/cache/unknown-page-gate";
import { transitionArticle } from "@/lib/publishing/commands";
import { PER_PAGE } from "@/lib/search/params";
import { createTag } from "@/lib/tags/commands";
import { makeArticle, makeSection, makeTag, makeUser, unique } from "@/tests/factories";
import { forgetKnownPaths, parsePublicPath, publicPathExists } from "./public-paths";
import { saveArticle } from "./update";

const exists = (pathname: string) => {
  const path = parsePublicPath(pathname);
  if (!path) throw new Error(`${pathname} is not an entity path`);
  return publicPathExists(path);
};

async function publish(editor: Actor, fields: Parameters<typeof makeArticle>[1] = {}) {
  const draft = await makeArticle(editor, fields);
  const published = await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });
  return { ...draft, version: published.version };
}

describe("publicPathExists", () => {
  it("knows live articles and the old slugs that redirect to them, and nothing else", async () => {
    const editor = await makeUser("editor");
    const story = await publish(editor);
    expect(await exists(`/articles/${story.slug}`)).toBe(true);
    expect(await exists(`/articles/${story.slug}/opengraph-image-abc123`)).toBe(true);
    expect(await exists(`/articles/no-such-story-${unique("x")}`)).toBe(false);
    expect(await exists("/articles/Not_A_Slug")).toBe(false);
    expect(await exists("/articles/%E2%82")).toBe(false);

    const draft = await makeArticle(editor);
    expect(await exists(`/articles/${draft.slug}`)).toBe(false);

    const renamed = `renamed-${unique("r")}`;
    const saved = await saveArticle({ actor: editor, articleId: story.id, version: story.version, fields: { slug: renamed } });
    await transitionArticle({ actor: editor, articleId: story.id, action: "publish_changes", version: saved.version });
    forgetKnownPaths();
    expect(await exists(`/articles/${renamed}`)).toBe(true);
    expect(await exists(`/articles/${story.slug}`)).toBe(true);
  });

  it("knows listed tags only: a contributor's new tag exists once a story carrying it is published", async () => {
    const editor = await makeUser("editor");
    const writer = await makeUser("contributor");
    const tag = await createTag(writer, { name: `Gate ${unique("t")}`, kind: "show" });
    for (const suffix of ["", "/feed.xml", "/feed.atom", "/feed.json"]) expect(await exists(`/tags/${tag.slug}${suffix}`)).toBe(false);
    await publish(editor, { tagIds: [tag.id] });
    for (const suffix of ["", "/feed.xml", "/feed.atom", "/feed.json"]) expect(await exists(`/tags/${tag.slug}${suffix}`)).toBe(true);
  });

  it("knows sections and authors", async () => {
    const section = await makeSection();
    const author = await makeUser("contributor");
    const [row] = await db.select({ slug: users.slug }).from(users).where(eq(users.id, author.id));
    expect(await exists(`/sections/${section.slug}`)).toBe(true);
    expect(await exists(`/sections/${section.slug}/feed.xml`)).toBe(true);
    expect(await exists(`/sections/no-such-section-${unique("x")}`)).toBe(false);
    expect(await exists(`/authors/${row.slug}`)).toBe(true);
    expect(await exists(`/authors/no-such-author-${unique("x")}`)).toBe(false);
  });

  it("knows which page numbers a list has, and sees a new page at once", async () => {
    const editor = await makeUser("editor");
    const tag = await makeTag();
    for (let i = 0; i < PER_PAGE; i++) await publish(editor, { tagIds: [tag.id] });
    expect(await exists(`/tags/${tag.slug}`)).toBe(true);
    expect(await exists(`/tags/${tag.slug}/page/2`)).toBe(false);
    await publish(editor, { tagIds: [tag.id] });
    expect(await exists(`/tags/${tag.slug}/page/2`)).toBe(true);
    expect(await exists(`/tags/${tag.slug}/page/3`)).toBe(false);
    // Page 1 lives at the list's own address; numbers past the limit are never pages.
    expect(await exists(`/tags/${tag.slug}/page/1`)).toBe(false);
    expect(await exists(`/tags/${tag.slug}/page/02`)).toBe(false);
    expect(await exists(`/tags/${tag.slug}/page/100000`)).toBe(false);
  });
});

describe("parsePublicPath", () => {
  it.each([
    ["/articles/a-story", "/articles/-"],
    ["/articles/a-story/opengraph-image-1x2y", "/articles/-/opengraph-image-1x2y"],
    ["/tags/a-show", "/tags/-"],
    ["/tags/a-show/page/3", "/tags/-/page/-"],
    ["/sections/tv/feed.atom", "/sections/-/feed.atom"],
    ["/authors/jo/feed.json", "/authors/-/feed.json"],
  ])("maps %s to the placeholder %s", (pathname, placeholder) => {
    expect(parsePublicPath(pathname)?.placeholder).toBe(placeholder);
  });

  it.each(["/", "/articles", "/articles/", "/articles/a/b", "/tags/a/page", "/tags/a/other", "/search", "/feed.xml", "/sitemaps/tags-1.xml"])(
    "leaves %s to Next",
    (pathname) => {
      expect(parsePublicPath(pathname)).toBeNull();
    },
  );
});

describe("withUnknownPageGate", () => {
  /** The gate in front of a stand-in for Next that reports the URL and Cache-Control it was handed. */
  async function gatedServer() {
    const seen = (req: IncomingMessage, res: ServerResponse) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ url: req.url, cacheControl: res.getHeader("cache-control") ?? null }));
    };
    const server = createServer(withUnknownPageGate(seen)).listen(0, "127.0.0.1");
    await once(server, "listening");
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (path: string, method = "GET") => {
      const response = await fetch(base + path, { method });
      return method === "HEAD" ? null : ((await response.json()) as { url: string; cacheControl: string | null });
    };
    return { get, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it("hands made-up slugs to Next as the placeholder, uncacheable, and everything else unchanged", async () => {
    const editor = await makeUser("editor");
    const story = await publish(editor);
    const { get, close } = await gatedServer();
    try {
      expect(await get(`/articles/junk-${unique("j")}?_rsc=1`)).toEqual({ url: "/articles/-?_rsc=1", cacheControl: UNKNOWN_PAGE_CACHE_CONTROL });
      expect(await get(`/tags/junk-${unique("j")}/page/4`)).toEqual({ url: "/tags/-/page/-", cacheControl: UNKNOWN_PAGE_CACHE_CONTROL });
      expect(await get(`/authors/junk-${unique("j")}/feed.xml`)).toEqual({ url: "/authors/-/feed.xml", cacheControl: UNKNOWN_PAGE_CACHE_CONTROL });
      expect(await get(`/articles/${story.slug}?utm_source=x`)).toEqual({ url: `/articles/${story.slug}?utm_source=x`, cacheControl: null });
      for (const path of ["/", "/search?q=junk", "/articles/a/b", "/admin"]) expect(await get(path)).toEqual({ url: path, cacheControl: null });
    } finally {
      await close();
    }
  });
});
