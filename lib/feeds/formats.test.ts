// The three feed formats built from what editors really type, read back by
// Python's feedparser and checked by xmllint and the JSON Feed 1.1 rules.
import { describe, expect, it } from "vitest";
import { jsonFeedProblems, readWithFeedparser, xmlProblems } from "@/tests/feed-tools";
import { buildAtom } from "./atom";
import { feedChangedAt } from "./feed-item";
import { buildJsonFeed } from "./json-feed";
import type { FeedArticle, FeedSource } from "./queries";
import { buildRss } from "./rss";

const ctx = { siteUrl: "https://news.example", changedAt: new Date("2026-05-02T10:00:00Z") };
const TYPED = `Tom & Jerry's "reunion" 🎬 — שלום עולם, 東京ラブストーリー\u0007\u0000 ]]`;
const SHOWN = `Tom & Jerry's "reunion" 🎬 — שלום עולם, 東京ラブストーリー ]]`;
const BODY = `<p>1 &lt; 2 &amp; "quoted" ]]&gt; and again ]]&gt; 🎬 שלום 東京\u0008</p>`;

const article = (n: number, fields: Partial<FeedArticle> = {}): FeedArticle => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  slug: `story-${n}`,
  title: TYPED,
  dek: `Dek with <less> & ]]> ${n}`,
  url: `/articles/story-${n}`,
  publishedAt: "2026-05-01T08:00:00.000Z",
  updatedAt: "2026-05-01T09:30:00.000Z",
  section: { slug: "tv", name: "TV" },
  heroImage: { url: "/images/demo/a.svg", alt: "", credit: "" },
  hero: { url: "/images/demo/a.svg", type: "image/svg+xml", length: 1234 },
  tags: [{ slug: "salt-and-ember", name: `Salt & Ember <${n}> "Q"`, kind: "show" }],
  bylines: [
    { id: "u1", name: `Ana "A&B" Ruiz ]]>`, slug: "ana-ruiz" },
    { id: "u2", name: "李 小龍", slug: null },
  ],
  bodyHtml: BODY,
  ...fields,
});

const source: FeedSource = {
  scope: { kind: "tag", slug: "salt-and-ember" },
  title: "Marquee: Salt & Ember",
  description: "Everything about <Salt & Ember>",
  articles: [article(1), article(2, { hero: null, heroImage: null, bylines: [], tags: [], dek: "" })],
};

describe.each([
  ["RSS 2.0", buildRss, "rss20"],
  ["Atom 1.0", buildAtom, "atom10"],
])("%s", (_, build, version) => {
  const xml = build(ctx, source);
  const feed = readWithFeedparser(xml);

  it("is well-formed XML that feedparser reads without complaint", () => {
    expect(xmlProblems(xml)).toBe("");
    expect(feed.bozo_exception).toBe("");
    expect(feed.bozo).toBeFalsy();
    expect(feed.version).toBe(version);
  });

  it("shows every title, byline and tag as typed, control characters removed", () => {
    expect(feed.title).toBe("Marquee: Salt & Ember");
    expect(feed.entries.map((e) => e.title)).toEqual([SHOWN, SHOWN]);
    expect(feed.entries[0].authors).toEqual([`Ana "A&B" Ruiz ]]>`, "李 小龍"]);
    expect(feed.entries[0].tags).toEqual([`Salt & Ember <1> "Q"`]);
    expect(feed.entries[1].tags).toEqual([]);
  });

  it("links each story with a stable id and its dates", () => {
    expect(feed.entries[0].link).toBe("https://news.example/articles/story-1");
    expect(feed.entries[0].id).toBe("urn:uuid:00000000-0000-4000-8000-000000000001");
    expect(feed.entries[0].published).toBe("2026-05-01T08:00:00Z");
  });

  it("carries the full body with its markup intact", () => {
    expect(feed.entries[0].content.join("")).toContain("1 &lt; 2 &amp;");
    expect(feed.entries[0].content.join("")).toContain("]]&gt; and again ]]&gt; 🎬 שלום 東京");
  });

  it("offers the hero image as an enclosure with its type and size", () => {
    expect(feed.entries[0].enclosures).toEqual([{ href: "https://news.example/images/demo/a.svg", type: "image/svg+xml", length: "1234" }]);
    expect(feed.entries[1].enclosures).toEqual([]);
  });
});

describe("an image address no URL parser accepts", () => {
  const odd = { ...source, articles: [article(3, { hero: { url: "https://[broken", type: "image/jpeg", length: 0 } })] };
  it.each([
    ["RSS", buildRss(ctx, odd)],
    ["Atom", buildAtom(ctx, odd)],
  ])("leaves the image out of %s and keeps the story", (_, xml) => {
    const feed = readWithFeedparser(xml);
    expect(feed.bozo).toBeFalsy();
    expect(feed.entries.map((e) => e.enclosures)).toEqual([[]]);
  });
});

describe("RSS 2.0 specifics", () => {
  const xml = buildRss(ctx, source);
  it("names the full body, bylines, the image and itself in the usual extensions", () => {
    expect(xml).toContain("<content:encoded>");
    expect(xml).toContain("<dc:creator>");
    expect(xml).toMatch(/<media:content url="https:\/\/news\.example\/images\/demo\/a\.svg"[^>]*medium="image"/);
    expect(xml).toContain('<atom:link href="https://news.example/tags/salt-and-ember/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain("<lastBuildDate>Sat, 02 May 2026 10:00:00 GMT</lastBuildDate>");
    expect(xml).toContain('<guid isPermaLink="false">urn:uuid:00000000-0000-4000-8000-000000000001</guid>');
  });
});

describe("Atom 1.0 specifics", () => {
  it("tells when a story last changed", () => {
    expect(readWithFeedparser(buildAtom(ctx, source)).entries[0].updated).toBe("2026-05-01T09:30:00Z");
  });
});

describe("JSON Feed 1.1", () => {
  const json = JSON.parse(buildJsonFeed(ctx, source));
  it("has every field the specification requires", () => {
    expect(jsonFeedProblems(json)).toEqual([]);
  });
  it("carries titles as typed without control characters, and both dates", () => {
    expect(json.items[0]).toMatchObject({
      id: "urn:uuid:00000000-0000-4000-8000-000000000001",
      title: SHOWN,
      date_published: "2026-05-01T08:00:00.000Z",
      date_modified: "2026-05-01T09:30:00.000Z",
      authors: [{ name: `Ana "A&B" Ruiz ]]>`, url: "https://news.example/authors/ana-ruiz" }, { name: "李 小龍" }],
      tags: [`Salt & Ember <1> "Q"`],
      image: "https://news.example/images/demo/a.svg",
    });
    expect(json.feed_url).toBe("https://news.example/tags/salt-and-ember/feed.json");
  });
  it("the checker itself refuses what the specification forbids", () => {
    expect(jsonFeedProblems({ version: "https://jsonfeed.org/version/1", items: [{ id: 1 }] })).toEqual([
      "version is https://jsonfeed.org/version/1",
      "title missing",
      "items[0].id is not a string",
      "items[0] has neither content_html nor content_text",
    ]);
  });
});

describe("a feed's own date", () => {
  it("is its stories' latest change, not the time an instance built it", () => {
    const built = new Date("2026-11-22T09:00:00Z");
    const stories = [{ updatedAt: "2026-11-20T08:00:00.000Z" }, { updatedAt: "2026-11-21T07:30:00.000Z" }];
    expect(feedChangedAt(stories, built).toISOString()).toBe("2026-11-21T07:30:00.000Z");
    expect(feedChangedAt(stories, new Date("2026-11-22T10:00:00Z")).toISOString()).toBe("2026-11-21T07:30:00.000Z");
    expect(feedChangedAt([], built)).toBe(built);
  });
});
