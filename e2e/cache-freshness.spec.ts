// Readers are served from the cache, yet see an editor's publish, change
// and unpublish at once: within a second on every surface, and an unpublished
// story is gone from the very first request.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { draftWithTag, publish as publishStory, TAG, unpublish, unpublishAll } from "./support/publishing";
import type { EditorPage } from "./pages/editor-page";

test.describe.configure({ mode: "serial" });

// Not a performance target (bench/ measures that): a cache that waited for
// a time-based revalidation would take minutes, not this.
const FRESH_WITHIN_MS = 1_000;

const published = new Set<string>();
const publish = (editor: EditorPage) => publishStory(editor, published);

test.afterAll(async ({ browser }) => unpublishAll(browser, published));

const showsTitle = async (request: APIRequestContext, url: string, title: string) => (await (await request.get(url)).text()).includes(title);

test("a publish shows on the article, home, tag page and content API within a second", async ({ page, signInAs, request }) => {
  await signInAs("editor");
  const title = `Freshness check ${Date.now().toString(36)}`;
  const editor = await draftWithTag(page, title);
  const surfaces = ["/", `/tags/${TAG.slug}`, `/api/content/articles?tag=${TAG.slug}`];
  for (const url of surfaces) {
    expect((await request.get(url)).status(), url).toBe(200); // now cached without the story
    expect(await showsTitle(request, url, title), url).toBe(false);
  }
  const path = await publish(editor);
  for (const url of [path, ...surfaces]) {
    await expect.poll(() => showsTitle(request, url, title), { message: url, timeout: FRESH_WITHIN_MS, intervals: [25] }).toBe(true);
  }
});

test("an unpublished story is gone at the first request, cached or not", async ({ page, signInAs, request }) => {
  await signInAs("editor");
  const stamp = Date.now().toString(36);
  const cachedTitle = `Read before takedown ${stamp}`;
  const coldTitle = `Never read before takedown ${stamp}`;
  const cached = await draftWithTag(page, cachedTitle);
  const cachedPath = await publish(cached);
  const cachedId = cached.id;
  const cold = await draftWithTag(page, coldTitle);
  const coldPath = await publish(cold);

  // The first story is rendered and cached, down to the page cache in front
  // of Next (which keeps nothing for a moment after each publish); the second
  // is never requested while live.
  await expect.poll(async () => (await request.get(cachedPath)).headers()["x-marquee-cache"], { timeout: 10_000, intervals: [250] }).toBe("hit");

  await unpublish(cold);
  await cold.goto(cachedId);
  await unpublish(cold);

  for (const [path, title] of [
    [cachedPath, cachedTitle],
    [coldPath, coldTitle],
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain(title);
  }
  for (const url of ["/", `/tags/${TAG.slug}`, "/feed.xml", `/api/content/articles?tag=${TAG.slug}`]) {
    const text = await (await request.get(url)).text();
    expect(text.includes(cachedTitle) || text.includes(coldTitle), url).toBe(false);
  }
});

test("an old slug answers 301 to the new address once the change is published", async ({ page, signInAs, request }) => {
  await signInAs("editor");
  const title = `Renamed story ${Date.now().toString(36)}`;
  const editor = await draftWithTag(page, title);
  const oldPath = await publish(editor);
  await editor.field("Slug").fill(`${oldPath.split("/").pop()}-renamed`);
  await editor.expectSaved();
  expect((await request.get(oldPath, { maxRedirects: 0 })).status()).toBe(200); // live copy unchanged until published
  await editor.button("Publish changes").click();
  await expect(editor.page.getByRole("link", { name: /-renamed$/ })).toBeVisible();

  // Next answers a permanent redirect with 308, the method-preserving 301.
  const response = await request.get(oldPath, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  const locations = response.headersArray().filter((h) => h.name.toLowerCase() === "location");
  expect(new Set(locations.map((h) => h.value))).toEqual(new Set([`${oldPath}-renamed`]));
  await unpublish(editor);
});
