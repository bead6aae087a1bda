import { describe, expect, it } from "vitest";
import { pageKeyRules } from "@/lib/cache/edge-headers";
import { feedPath, scopePagePath } from "@/lib/feeds/scope";
import { SITEMAP_KINDS } from "@/lib/feeds/sitemap-kinds";
import { ENTITY_KINDS, entityCacheTags, entityKindOfSegment, entityKinds } from "./kinds";

describe("entity kinds", () => {
  it("keep each kind's addresses", () => {
    expect(ENTITY_KINDS.map((kind) => entityKinds[kind].path("x"))).toEqual(["/tags/x", "/sections/x", "/authors/x"]);
    expect(ENTITY_KINDS.map((kind) => entityKindOfSegment(entityKinds[kind].segment))).toEqual(ENTITY_KINDS);
    expect(entityKindOfSegment("articles")).toBeUndefined();
    expect(SITEMAP_KINDS).toEqual(["articles", "tags", "sections", "authors"]);
    expect(feedPath({ kind: "section", slug: "tv" }, "atom")).toBe("/sections/tv/feed.atom");
    expect(scopePagePath({ kind: "author", slug: "jonah-pell" })).toBe("/authors/jonah-pell");
  });

  it("tag pages and feeds by slug, found or not; authors by id once found, else `latest`", () => {
    const found = { id: "u1" };
    expect(entityCacheTags("tag", "salt", null)).toEqual(["tag:salt"]);
    expect(entityCacheTags("tag", "salt", found)).toEqual(["tag:salt"]);
    expect(entityCacheTags("section", "tv", null)).toEqual(["section:tv", "sections"]);
    expect(entityCacheTags("section", "tv", found)).toEqual(["section:tv", "sections"]);
    expect(entityCacheTags("author", "jonah-pell", null)).toEqual(["latest"]);
    expect(entityCacheTags("author", "jonah-pell", found)).toEqual(["author:u1"]);
  });

  it("give the edge the same page keys, in the same order", () => {
    expect(pageKeyRules.slice(2)).toEqual([
      { source: "/tags/:slug", keys: ["tag::slug", "sections"] },
      { source: "/tags/:slug/page/:n", keys: ["tag::slug", "sections"] },
      { source: "/sections/:slug", keys: ["section::slug", "sections"] },
      { source: "/sections/:slug/page/:n", keys: ["section::slug", "sections"] },
      { source: "/authors/:slug", keys: ["latest", "sections"] },
      { source: "/authors/:slug/page/:n", keys: ["latest", "sections"] },
    ]);
  });

  it("describe an entity without a description of its own", () => {
    const { tag, section, author } = entityKinds;
    expect([tag.page.describe("Salt"), section.page.describe("TV"), author.page.describe("Jo")]).toEqual([
      "The latest news about Salt from Marquee.",
      "The latest TV news from Marquee.",
      "Stories by Jo on Marquee.",
    ]);
    expect([tag.feed.describe("Salt"), section.feed.describe("TV"), author.feed.describe("Jo")]).toEqual([
      "The latest news about Salt.",
      "The latest TV news.",
      "Stories by Jo.",
    ]);
  });
});
