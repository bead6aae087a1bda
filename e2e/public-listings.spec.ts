// Tag, section and author pages, search and the public content API, as a
// signed-out reader (or a script) meets them.
import { draftStory, expect, expectNoAxeViolations, leadStory, test } from "./fixtures";

const scheduledSlug = "how-to-watch-the-lumen-awards";
const hostile = "<script>alert(1)</script>";

test("following a tag from an article reaches its typed entity page", async ({ page }) => {
  await page.goto(`/articles/${leadStory.slug}`);
  await page.getByRole("list", { name: "Tags" }).getByRole("link", { name: "Salt & Ember" }).click();
  await expect(page).toHaveURL("/tags/salt-and-ember");

  const header = page.getByRole("main").locator("header").first();
  await expect(header.getByText("TV Show", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Salt & Ember");
  await expect(header).toContainText("coastal family drama");
  await expect(page.getByRole("link", { name: leadStory.title })).toBeVisible();
  for (const file of ["feed.xml", "feed.atom", "feed.json"]) {
    await expect(page.locator(`link[rel="alternate"][href$="/tags/salt-and-ember/${file}"]`)).toHaveCount(1);
    await expect(page.locator(`link[rel="alternate"][href$="/${file}"]:not([href*="/tags/"])`)).toHaveCount(1);
  }
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/tags\/salt-and-ember$/);
  await expect(page).toHaveTitle(/Salt & Ember/);
  await expectNoAxeViolations(page);
});

test("a tag with no published stories has its page, with a friendly note", async ({ page }) => {
  const response = await page.goto("/tags/box-office");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Box Office");
  await expect(page.getByText("No stories about Box Office have been published yet.")).toBeVisible();
});

test("a section page lists its stories and no others", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "TV" }).click();
  await expect(page).toHaveURL("/sections/tv");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("TV");
  await expect(page.getByRole("link", { name: leadStory.title })).toBeVisible();
  await expect(page.getByRole("link", { name: /Low Orbit.* renewed/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Tidewater Hymn/ })).toHaveCount(0); // a film story
  await expect(page.getByText(draftStory.title)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("an author page lists their stories and nothing about the account", async ({ page }) => {
  await page.goto(`/articles/${leadStory.slug}`);
  await page.getByRole("main").locator("article > header").getByRole("link", { name: leadStory.byline }).click();
  await expect(page).toHaveURL("/authors/jonah-pell");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(leadStory.byline);
  await expect(page.getByText("senior TV reporter")).toBeVisible();
  await expect(page.getByRole("link", { name: leadStory.title })).toBeVisible();
  expect(await page.content()).not.toContain("@marquee.test");
  await expect(page.getByRole("main")).not.toContainText(/@|contributor|role/i);
  await expectNoAxeViolations(page);
});

test("search finds a story by a phrase from its body and highlights it", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Search Marquee").fill('"disused boatshed"');
  await page.getByLabel("Search Marquee").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%22disused\+boatshed%22$/);
  await expect(page.getByRole("heading", { level: 2, name: /1 result for/ })).toBeVisible();
  const snippet = page.getByTestId("search-snippet");
  await expect(snippet).toContainText("disused boatshed");
  await expect(snippet.locator("mark")).toHaveText(["disused", "boatshed"]);
  await expect(page.getByRole("link", { name: leadStory.title })).toBeVisible();
  await expect(page.getByLabel("Search stories")).toHaveValue('"disused boatshed"');
  await expectNoAxeViolations(page);
});

test("search with no query shows the form, and never finds drafts", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByLabel("Search stories")).toHaveValue("");
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/search?q=${encodeURIComponent('"laundrette"')}`); // only in the draft's body
  await expect(page.getByRole("heading", { level: 2, name: /No results for/ })).toBeVisible();
});

test("odd page numbers and unknown names answer 404, never 500", async ({ page }) => {
  for (const path of [
    "/tags/salt-and-ember/page/1",
    "/tags/salt-and-ember/page/2",
    "/tags/salt-and-ember/page/-1",
    "/tags/salt-and-ember/page/abc",
    "/tags/salt-and-ember/page/99999999999999999999",
    "/tags/no-such-tag",
    "/tags/%3Cscript%3E",
    "/sections/no-such-section",
    "/sections/tv/page/2",
    "/authors/no-such-person",
    "/authors/jonah-pell/page/0",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("hostile search input is shown as text and never breaks the page", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const response = await page.goto(`/search?q=${encodeURIComponent(hostile)}&page=-4`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 2 })).toContainText(`for “${hostile}”`);
  expect(await response!.text()).not.toContain(hostile);
  expect(dialogs).toBe(0);

  for (const query of [`q=${"ferry+".repeat(1200)}`, "q=ferry&page=abc", "q=ferry&page=999999999999", "q=%00%27%20OR%201%3D1%20--", "page=-1"]) {
    const res = await page.goto(`/search?${query}`);
    expect(res?.status(), query.slice(0, 40)).toBe(200);
    await expect(page.getByLabel("Search stories")).toBeVisible();
  }
});

test("the content API lists the published demo articles, pages with a cursor and shows one article", async ({ request }) => {
  const response = await request.get("/api/content/articles?limit=50");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toMatch(/public.*s-maxage=\d+/);
  const text = await response.text();
  expect(text).not.toContain("@marquee.test");
  const { items, nextCursor } = JSON.parse(text) as {
    items: { slug: string; url: string; bylines: { name: string; slug: string; url: string }[] }[];
    nextCursor: string | null;
  };
  expect(nextCursor).toBeNull();
  const slugs = items.map((i) => i.slug);
  expect(slugs).toContain(leadStory.slug);
  expect(slugs).toContain("tidewater-hymn-review");
  expect(slugs).not.toContain(draftStory.slug);
  expect(slugs).not.toContain(scheduledSlug);
  const lead = items.find((i) => i.slug === leadStory.slug)!;
  expect(lead.url).toMatch(new RegExp(`^https?://[^/]+/articles/${leadStory.slug}$`));
  expect(lead.bylines).toEqual([{ name: leadStory.byline, slug: "jonah-pell", url: expect.stringMatching(/\/authors\/jonah-pell$/) }]);

  // Walking with the cursor gives the same list, nothing skipped or repeated.
  const walked: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await request.get(`/api/content/articles?limit=5${cursor ? `&cursor=${cursor}` : ""}`);
    expect(page.status()).toBe(200);
    const body = (await page.json()) as { items: { slug: string }[]; nextCursor: string | null };
    walked.push(...body.items.map((i) => i.slug));
    cursor = body.nextCursor;
  } while (cursor && walked.length < 100);
  expect(walked).toEqual(slugs);

  const tagged = (await (await request.get("/api/content/articles?tag=salt-and-ember")).json()) as { items: { tags: { slug: string }[] }[] };
  expect(tagged.items.length).toBeGreaterThan(1);
  expect(tagged.items.every((i) => i.tags.some((t) => t.slug === "salt-and-ember"))).toBe(true);
  expect(await (await request.get("/api/content/articles?author=no-such-person")).json()).toEqual({ items: [], nextCursor: null });

  const one = await request.get(`/api/content/articles/${leadStory.slug}`);
  expect(one.status()).toBe(200);
  const { article } = (await one.json()) as { article: { title: string; bodyHtml: string } };
  expect(article.title).toBe(leadStory.title);
  expect(article.bodyHtml).toContain("Vance told Marquee this week");

  for (const slug of [draftStory.slug, scheduledSlug, "no-such-story", "%3Cscript%3E"]) {
    const missing = await request.get(`/api/content/articles/${slug}`);
    expect(missing.status(), slug).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
  }
});

test("the content API refuses bad query strings with 400 and does not echo them", async ({ request }) => {
  for (const query of [
    "limit=0",
    "limit=51",
    "limit=-1",
    "limit=abc",
    `limit=${"9".repeat(5000)}`,
    "cursor=not-a-cursor",
    `cursor=${"A".repeat(5000)}`,
    `tag=${encodeURIComponent(hostile)}`,
    `section=${"a".repeat(5000)}`,
    "author=a&author=b",
    `${encodeURIComponent(hostile)}=1`,
  ]) {
    const response = await request.get(`/api/content/articles?${query}`);
    expect(response.status(), query.slice(0, 40)).toBe(400);
    expect(response.headers()["content-type"]).toContain("application/json");
    const text = await response.text();
    expect(text).not.toContain("<script>");
    expect(JSON.parse(text).error.code).toBe("bad_request");
  }
});
