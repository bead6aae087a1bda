// Feed readers and crawlers against the running build: every feed parses in
// Python's feedparser, every XML document is well-formed for xmllint, the
// JSON Feed has what version 1.1 requires, conditional GET saves readers the
// bytes, and a publish or unpublish reaches every feed within a second.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { jsonFeedProblems, readWithFeedparser, xmlProblems } from "@/tests/feed-tools";
import { draftStory, expect, leadStory, test } from "./fixtures";
import { EditorPage } from "./pages/editor-page";
import { unpublish, unpublishAll } from "./support/publishing";

test.describe.configure({ mode: "serial" });

const FILES = ["feed.xml", "feed.atom", "feed.json"] as const;
const TYPES = { "feed.xml": "application/rss+xml", "feed.atom": "application/atom+xml", "feed.json": "application/feed+json" };
/** The lead story appears in each of these: the site, its show, its section and its writer. */
const BASES = ["", "/tags/salt-and-ember", "/sections/tv", "/authors/jonah-pell"];
const feedUrls = (bases: string[]) => bases.flatMap((base) => FILES.map((file) => `${base}/${file}`));

type Item = { id: string; title: string; link: string };

/** What a reader sees in a feed response, after checking it parses cleanly. */
async function readFeed(response: APIResponse, url: string): Promise<Item[]> {
  const body = await response.text();
  if (url.endsWith(".json")) {
    const json = JSON.parse(body);
    expect(jsonFeedProblems(json), url).toEqual([]);
    return json.items.map((i: { id: string; title: string; url: string }) => ({ id: i.id, title: i.title, link: i.url }));
  }
  expect(xmlProblems(body), url).toBe("");
  const feed = readWithFeedparser(body);
  expect(feed.bozo, `${url}: ${feed.bozo_exception}`).toBeFalsy();
  return feed.entries.map((e) => ({ id: e.id!, title: e.title!, link: e.link! }));
}

async function fetchFeed(request: APIRequestContext, url: string): Promise<Item[]> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return readFeed(response, url);
}

test("every feed of the site, a show, a section and a writer parses and lists the lead story, never a draft", async ({ request }) => {
  for (const url of feedUrls(BASES)) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"], url).toContain(TYPES[url.split("/").pop() as keyof typeof TYPES]);
    const items = await readFeed(response, url);
    expect(items.length, url).toBeLessThanOrEqual(50);
    expect(items.find((i) => i.link.endsWith(`/articles/${leadStory.slug}`))?.title, url).toBe(leadStory.title);
    expect(
      items.some((i) => i.link.endsWith(`/articles/${draftStory.slug}`)),
      url,
    ).toBe(false);
  }
  const rss = readWithFeedparser(await (await request.get("/feed.xml")).text());
  const lead = rss.entries.find((e) => e.link?.endsWith(leadStory.slug))!;
  expect(lead.authors).toEqual([leadStory.byline]);
  expect(lead.tags).toContain("Salt & Ember");
  expect(lead.published).toMatch(/^\d{4}-\d\d-\d\dT/);
});

test("unknown or impossible tags, sections and authors answer 404, not an empty feed", async ({ request }) => {
  for (const base of ["/tags/no-such-show", "/sections/no-such-section", "/authors/no-such-person", "/tags/%3Cscript%3E", "/authors/-"]) {
    for (const file of FILES) expect((await request.get(`${base}/${file}`)).status(), `${base}/${file}`).toBe(404);
  }
});

test("readers revalidate cheaply: ETag and Last-Modified answer 304, HEAD answers headers, odd query strings change nothing", async ({ request }) => {
  for (const url of ["/feed.xml", "/tags/salt-and-ember/feed.atom", "/authors/jonah-pell/feed.json", "/sitemap.xml"]) {
    const first = await request.get(url);
    const { etag, "last-modified": lastModified, "cache-control": cacheControl } = first.headers();
    expect(etag, url).toMatch(/^"[^"]+"$/);
    expect(Date.parse(lastModified), url).not.toBeNaN();
    expect(cacheControl, url).toContain("must-revalidate");

    const byEtag = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(byEtag.status(), url).toBe(304);
    expect(await byEtag.body(), url).toHaveLength(0);
    expect((await request.get(url, { headers: { "If-Modified-Since": lastModified } })).status(), url).toBe(304);
    expect((await request.get(url, { headers: { "If-None-Match": '"something-else"' } })).status(), url).toBe(200);

    const head = await request.head(url);
    expect(head.status(), url).toBe(200);
    expect(head.headers().etag, url).toBe(etag);
    expect(await head.body(), url).toHaveLength(0);

    const odd = await request.get(`${url}?page=99999999999&format=%3Cscript%3E&x[]=1&utm_source=${"a".repeat(2000)}&%ZZ`);
    expect(odd.status(), url).toBe(200);
    expect(odd.headers().etag, url).toBe(etag);
  }
  const oddHeaders: Record<string, string>[] = [
    { "If-Modified-Since": "not a date" },
    { "If-None-Match": "garbage, W/, *x" },
    { Accept: "text/html;q=abc, */*;;" },
  ];
  for (const headers of oddHeaders) {
    expect((await request.get("/feed.json", { headers })).status(), JSON.stringify(headers)).toBe(200);
  }
});

test("every HTML page links the site's feeds, and an entity page its own", async ({ request }) => {
  const alternates = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<link rel="alternate" type="([^"]+)"[^>]*href="([^"]+)"/g)].map(
      (m) => `${m[1]} ${new URL(m[2], "http://x").pathname}`,
    );
  const site = ["application/rss+xml /feed.xml", "application/atom+xml /feed.atom", "application/feed+json /feed.json"];
  for (const path of ["/", `/articles/${leadStory.slug}`, "/search?q=ember"]) expect(await alternates(path), path).toEqual(expect.arrayContaining(site));
  for (const base of BASES.slice(1)) {
    const own = Object.entries(TYPES).map(([file, type]) => `${type} ${base}/${file}`);
    expect(await alternates(base), base).toEqual(expect.arrayContaining([...site, ...own]));
  }
});

test("the sitemap index, its sitemaps and the news sitemap are well-formed and list live pages only; robots.txt points to them", async ({ request }) => {
  const index = await (await request.get("/sitemap.xml")).text();
  expect(xmlProblems(index)).toBe("");
  const children = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(children).toEqual(expect.arrayContaining(["/sitemaps/articles-1.xml", "/sitemaps/tags-1.xml", "/sitemaps/sections-1.xml", "/sitemaps/authors-1.xml"]));
  expect(index.match(/<lastmod>/g)?.length).toBe(children.length);
  let all = "";
  for (const child of children) {
    const xml = await (await request.get(child)).text();
    expect(xmlProblems(xml), child).toBe("");
    expect(xml.match(/<url>/g)?.length, child).toBe(xml.match(/<lastmod>/g)?.length);
    all += xml;
  }
  for (const path of [`/articles/${leadStory.slug}`, "/tags/salt-and-ember", "/sections/tv", "/authors/jonah-pell"]) expect(all).toContain(`${path}</loc>`);
  for (const hidden of [draftStory.slug, "/admin", "/api/", "/preview"]) expect(all).not.toContain(hidden);
  expect((await request.get("/sitemaps/articles-2.xml")).status()).toBe(404);
  expect((await request.get("/sitemaps/users-1.xml")).status()).toBe(404);

  const news = await (await request.get("/sitemaps/news.xml")).text();
  expect(xmlProblems(news)).toBe("");
  expect(news).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  const lead = news.split("<url>").find((u) => u.includes(leadStory.slug));
  expect(lead).toContain("<news:name>Marquee</news:name>");
  expect(lead).toMatch(/<news:publication_date>\d{4}-\d\d-\d\dT[^<]+<\/news:publication_date>/);
  expect(lead).toContain("<news:title>Will Mara return to Harrow Bay?");

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: http.*\/sitemap\.xml$/m);
  expect(robots).toMatch(/^Sitemap: http.*\/sitemaps\/news\.xml$/m);
  for (const path of ["/admin", "/api/", "/preview"]) expect(robots).toContain(`Disallow: ${path}\n`);
});

// Not a performance target (bench/ measures that): a feed waiting for a time-based revalidation would take minutes.
const FRESH_WITHIN_MS = 1_000;
const WATCHED = feedUrls(["", "/tags/salt-and-ember"]);
const published = new Set<string>();

// Leave the site as the demo content has it, whatever failed.
test.afterAll(({ browser }) => unpublishAll(browser, published));

test("a story with everything editors type enters every feed within a second of publishing and leaves within a second of unpublishing", async ({
  page,
  signInAs,
  request,
}) => {
  await signInAs("editor");
  const stamp = Date.now().toString(36);
  const title = `Tom & Jerry's "reunion" 🎬 שלום 東京 ${stamp}`;
  const isOurs = (items: Item[]) => items.some((i) => i.title === title);
  for (const url of WATCHED) expect(isOurs(await fetchFeed(request, url)), url).toBe(false); // cached without it

  await page.goto("/admin");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const editor = new EditorPage(page);
  await editor.field("Title").fill(`${title}\u0007`);
  await editor.field("Dek").fill(`A & B's "dek" ${stamp}`);
  await editor.typeParagraph("1 < 2 & CDATA ends with ]]> and again ]]> — 東京 שלום 🎬");
  await editor.addExistingTag("salt", "Salt & Ember");
  await editor.expectSaved();
  published.add(editor.id);
  await editor.button("Publish").click();
  await expect(editor.status).toContainText("Published");

  for (const url of WATCHED) {
    await expect.poll(async () => isOurs(await fetchFeed(request, url)), { message: url, timeout: FRESH_WITHIN_MS, intervals: [25] }).toBe(true);
  }
  const rss = readWithFeedparser(await (await request.get("/tags/salt-and-ember/feed.xml")).text());
  expect(rss.entries.find((e) => e.title === title)?.content.join("")).toContain("1 &lt; 2 &amp; CDATA ends with ]]&gt; and again ]]&gt; — 東京 שלום 🎬");

  await unpublish(editor);
  for (const url of WATCHED) {
    await expect.poll(async () => isOurs(await fetchFeed(request, url)), { message: url, timeout: FRESH_WITHIN_MS, intervals: [25] }).toBe(false);
  }
});
