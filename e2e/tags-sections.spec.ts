// Tag and section management as readers see it, through the edge (a real
// Varnish in front of the server, purged by the app): a renamed tag shows
// its new name on its stories, its page, the home page and the feeds within
// a second while the old address redirects; a merge moves stories and the
// old tag's page; the navigation follows a new section order.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { edgeRequest, primeEdge } from "./support/edge";

test.describe.configure({ mode: "serial" });

// Not a performance target (bench/ measures that): an edge that waited for
// its cached copies to expire would take an hour, not this.
const FRESH_WITHIN_MS = 1_000;
const fresh = { timeout: FRESH_WITHIN_MS, intervals: [25] };

type Tag = { id: string; slug: string; name: string; version: number };

/** The Admin API with the signed-in page's session cookie (writes say they come from our own pages). */
function adminApi(page: Page, baseURL: string) {
  const request: APIRequestContext = page.request;
  const headers = { origin: baseURL };
  return {
    async tag(q: string): Promise<Tag> {
      const response = await request.get(`/api/admin/tags?${new URLSearchParams({ q })}`);
      expect(response.status()).toBe(200);
      const { items } = (await response.json()) as { items: Tag[] };
      const tag = items.find((t) => t.slug === q || t.name === q);
      if (!tag) throw new Error(`No tag ${q}`);
      return tag;
    },
    patchTag: (id: string, data: object) => request.patch(`/api/admin/tags/${id}`, { data, headers }),
    async publishStory(title: string, tags: object[]): Promise<{ id: string; path: string }> {
      const created = await request.post("/api/admin/articles", { data: { title, dek: "For the tag tests.", bodyMarkdown: "A paragraph.", tags }, headers });
      expect(created.status()).toBe(201);
      const { article } = (await created.json()) as { article: { id: string; slug: string; version: number } };
      const published = await request.post(`/api/admin/articles/${article.id}/publish`, { data: { version: article.version }, headers });
      expect(published.status()).toBe(200);
      return { id: article.id, path: `/articles/${article.slug}` };
    },
    async unpublish(id: string) {
      const { article } = (await (await request.get(`/api/admin/articles/${id}`)).json()) as { article: { version: number } };
      await request.post(`/api/admin/articles/${id}/unpublish`, { data: { version: article.version }, headers });
    },
  };
}

const shows = async (path: string, text: string) => (await edgeRequest(path)).body.includes(text);

test("a renamed show tag shows its new name on the article, tag page, home and feeds within a second; the old address redirects", async ({
  page,
  signInAs,
  baseURL,
}) => {
  await signInAs("editor");
  const api = adminApi(page, baseURL!);
  // The show the home page's rail is about: the one place home shows a tag's name.
  const home = await primeEdge("/");
  const railSlug = /id="rail-heading"[^>]*>\s*<a[^>]*href="\/tags\/([a-z0-9-]+)"/.exec(home.body)?.[1];
  expect(railSlug, "the home page has a rail").toBeTruthy();
  const tag = await api.tag(railSlug!);
  const { items } = (await (await page.request.get(`/api/content/articles?tag=${tag.slug}`)).json()) as { items: { url: string }[] };
  const article = new URL(items[0].url, baseURL).pathname;
  const oldPaths = [`/tags/${tag.slug}`, `/tags/${tag.slug}/feed.xml`];
  for (const path of [article, "/feed.xml", ...oldPaths]) await primeEdge(path);

  const stamp = Date.now().toString(36);
  const name = `Ember Tide ${stamp}`;
  // The new slug keeps the old one in it, so the dashboard's search for the old slug still lists the tag.
  const slug = `${tag.slug}-tide-${stamp}`;
  try {
    await page.goto(`/admin/tags?q=${encodeURIComponent(tag.slug)}`);
    await expectNoAxeViolations(page);
    const row = page.getByRole("row").filter({ hasText: `Edit ${tag.name}` });
    await row.getByText(`Edit ${tag.name}`).click();
    await row.getByLabel("Name", { exact: true }).fill(name);
    await row.getByLabel("Slug", { exact: true }).fill(slug);
    await row.getByRole("button", { name: `Save ${tag.name}` }).click();
    await expect(page.getByRole("status")).toHaveText(`Saved “${name}”.`);

    for (const path of [article, `/tags/${slug}`, "/", `/tags/${slug}/feed.xml`, "/feed.xml"]) {
      await expect.poll(() => shows(path, name), { message: path, ...fresh }).toBe(true);
    }
    const oldPage = await edgeRequest(oldPaths[0]);
    // Next answers a permanent redirect with 308, the method-preserving 301 (as for article slugs).
    expect(oldPage.status).toBe(308);
    expect(oldPage.headers.location).toBe(`/tags/${slug}`);
    const oldFeed = await edgeRequest(oldPaths[1]);
    expect(oldFeed.status).toBe(301);
    expect(oldFeed.headers.location).toBe(`/tags/${slug}/feed.xml`);
  } finally {
    const current = await api.tag(slug).catch(() => null);
    if (current) expect((await api.patchTag(current.id, { name: tag.name, slug: tag.slug })).status()).toBe(200);
  }
  await expect.poll(async () => (await edgeRequest(`/tags/${tag.slug}`)).status, fresh).toBe(200);
});

test("merging two person tags moves the stories and the old tag's page to the other", async ({ page, signInAs, baseURL }) => {
  await signInAs("editor");
  const api = adminApi(page, baseURL!);
  const stamp = Date.now().toString(36);
  const [nameA, nameB] = [`Mira Solano ${stamp}`, `Mira Solano-Reyes ${stamp}`];
  const storyA = await api.publishStory(`Profile of the star ${stamp}`, [{ name: nameA, kind: "person" }]);
  const storyB = await api.publishStory(`Interview with the star ${stamp}`, [{ name: nameB, kind: "person" }]);
  try {
    const [a, b] = [await api.tag(nameA), await api.tag(nameB)];
    for (const path of [`/tags/${a.slug}`, `/tags/${b.slug}`, storyA.path]) await primeEdge(path);

    await page.goto(`/admin/tags?q=${encodeURIComponent(stamp)}`);
    await expect(page.getByText(`Edit ${nameB}`)).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: `Edit ${nameA}` });
    await row.getByLabel(`Merge ${nameA} into`).fill(b.slug);
    await row.getByRole("button", { name: "Merge", exact: true }).click();
    // The merged tag's row goes, and the other now carries both stories.
    await expect(page.getByText(`Edit ${nameA}`)).toHaveCount(0);
    await expect(
      page
        .getByRole("row")
        .filter({ hasText: `Edit ${nameB}` })
        .getByRole("cell")
        .nth(2),
    ).toHaveText("2");

    await expect.poll(() => shows(`/tags/${b.slug}`, `Profile of the star ${stamp}`), { message: "the merged tag's page", ...fresh }).toBe(true);
    await expect.poll(() => shows(storyA.path, `/tags/${b.slug}`), { message: "the moved story links the tag", ...fresh }).toBe(true);
    expect((await edgeRequest(storyA.path)).body).not.toContain(`/tags/${a.slug}"`);
    const old = await edgeRequest(`/tags/${a.slug}`);
    expect(old.status).toBe(308);
    expect(old.headers.location).toBe(`/tags/${b.slug}`);
  } finally {
    await api.unpublish(storyA.id);
    await api.unpublish(storyB.id);
  }
});

test("deleting a tag in use names how many stories lose it, then takes it off them", async ({ page, signInAs, baseURL }) => {
  await signInAs("editor");
  const api = adminApi(page, baseURL!);
  const stamp = Date.now().toString(36);
  const name = `Passing Fad ${stamp}`;
  const story = await api.publishStory(`A short-lived trend ${stamp}`, [{ name, kind: "topic" }]);
  try {
    const tag = await api.tag(name);
    for (const path of [`/tags/${tag.slug}`, story.path]) await primeEdge(path);
    await page.goto(`/admin/tags?q=${encodeURIComponent(stamp)}`);
    await page.getByRole("button", { name: `Delete ${name}` }).click();
    await expect(page.getByText(`1 story will lose “${name}”.`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Delete from 1 story" }).click();
    await expect(page.getByText(`Edit ${name}`)).toHaveCount(0);

    await expect.poll(() => shows(story.path, `/tags/${tag.slug}"`), { message: "the story's tag link", ...fresh }).toBe(false);
    // The tag's own page becomes a 404: a first render of that answer for the path (one run saw it take over a second on a busy machine).
    const seen: string[] = [];
    const status = async () => {
      const response = await edgeRequest(`/tags/${tag.slug}`);
      seen.push(`${response.status} ${response.cache}`);
      return response.status;
    };
    await expect.poll(status, { message: "the tag page", timeout: 10_000, intervals: [25] }).toBe(404);
    test.info().annotations.push({ type: "tag page after the delete", description: seen.join(", ") });
  } finally {
    await api.unpublish(story.id);
  }
});

test("the site navigation follows a new section order", async ({ page, signInAs }) => {
  await signInAs("admin");
  const navOrder = async () => {
    const body = (await edgeRequest("/")).body;
    const nav = /<nav aria-label="Sections">([\s\S]*?)<\/nav>/.exec(body)?.[1] ?? "";
    return [...nav.matchAll(/href="\/sections\/([a-z0-9-]+)"/g)].map((m) => m[1]);
  };
  await primeEdge("/");
  const before = await navOrder();
  expect(before.length).toBeGreaterThan(1);

  await page.goto("/admin/sections");
  await expectNoAxeViolations(page);
  const second = page.getByRole("list", { name: "Sections in navigation order" }).getByRole("listitem").nth(1);
  const secondName = (await second.getByRole("heading").textContent())!.split(" /sections/")[0].trim();
  await page.getByRole("button", { name: `Move ${secondName} up` }).click();
  await expect(page.getByRole("status").first()).toHaveText(`Moved “${secondName}” up.`);
  const expected = [before[1], before[0], ...before.slice(2)];
  await expect.poll(navOrder, fresh).toEqual(expected);

  await page.getByRole("button", { name: `Move ${secondName} down` }).click();
  await expect.poll(navOrder, fresh).toEqual(before);
});
