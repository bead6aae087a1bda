// What readers get from the media library, in Chromium against the
// production server: a story published with a library hero serves AVIF with
// the item's own width and height, the home card crops at the item's focal
// point, the share image is the hero cut to 1200x630 as JPEG, and replacing
// the file changes the live page at once.
import type { APIRequestContext, Page } from "@playwright/test";
import sharp from "sharp";
import { expect, test } from "./fixtures";
import { editorContext } from "./support/publishing";

test.describe.configure({ mode: "serial" });

const WIDTH = 1600;
const HEIGHT = 1000;
const FOCAL = { x: 0.8, y: 0.3 };

type MediaJson = { id: string; version: number; processing: boolean; variants: { width: number; format: string; url: string }[] };
type ArticleJson = { id: string; slug: string; version: number };

/** A photo-like JPEG: a plain ground with a square of `mark` at the focal point. */
function photo(ground: string, mark: string): Promise<Buffer> {
  const side = 200;
  const square = sharp({ create: { width: side, height: side, channels: 3, background: mark } })
    .png()
    .toBuffer();
  return square.then((input) =>
    sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: ground } })
      .composite([{ input, left: Math.round(FOCAL.x * WIDTH - side / 2), top: Math.round(FOCAL.y * HEIGHT - side / 2) }])
      .jpeg({ quality: 85 })
      .toBuffer(),
  );
}

let editor: { close(): Promise<void> };
let page: Page;
let media: MediaJson;
let article: ArticleJson;
/** A story without a hero: its share image is the text card. */
let plain: ArticleJson;

/** The Admin API with the signed-in editor's cookie, as the dashboard calls it. */
async function api<T>(
  method: "GET" | "POST" | "PATCH" | "PUT",
  path: string,
  options: { data?: unknown; multipart?: Record<string, unknown> } = {},
): Promise<T> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.fetch(path, { method, headers: { origin }, ...options } as Parameters<APIRequestContext["fetch"]>[1]);
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

async function settled(id: string): Promise<MediaJson> {
  let item!: MediaJson;
  await expect.poll(async () => (item = (await api<{ media: MediaJson }>("GET", `/api/admin/media/${id}`)).media).processing, { timeout: 60_000 }).toBe(false);
  return item;
}

async function publishStory(fields: Record<string, unknown>): Promise<ArticleJson> {
  const { article: draft } = await api<{ article: ArticleJson }>("POST", "/api/admin/articles", { data: fields });
  return (await api<{ article: ArticleJson }>("POST", `/api/admin/articles/${draft.id}/publish`, { data: { version: draft.version } })).article;
}

const heroSrcIn = (html: string) => /<figure[^>]*>[\s\S]*?<img[^>]*?\ssrc="([^"]+)"/.exec(html)?.[1] ?? null;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const signedIn = await editorContext(browser);
  editor = signedIn.context;
  page = signedIn.page;
  const upload = await api<{ media: MediaJson }>("POST", "/api/admin/media", {
    multipart: {
      file: { name: "premiere.jpg", mimeType: "image/jpeg", buffer: await photo("#202040", "#ff0000") },
      alt: "The cast on the red carpet",
      credit: "Photo: Ada Reyes",
    },
  });
  const uploaded = await settled(upload.media.id);
  media = (await api<{ media: MediaJson }>("PATCH", `/api/admin/media/${uploaded.id}`, { data: { focal: FOCAL, version: uploaded.version } })).media;
  // The story with the photo last, so it leads the home page.
  plain = await publishStory({ title: `Box office, in words ${Date.now()}`, dek: "Written for the media tests.", bodyMarkdown: "No picture." });
  article = await publishStory({
    title: `Premiere night in pictures ${Date.now()}`,
    dek: "Written for the media tests.",
    bodyMarkdown: "The cast arrived together.",
    heroMediaId: media.id,
  });
});

test.afterAll(async () => {
  for (const story of [article, plain]) {
    if (!story) continue;
    const { article: current } = await api<{ article: ArticleJson & { status: string } }>("GET", `/api/admin/articles/${story.id}`);
    if (current.status === "published") await api("POST", `/api/admin/articles/${story.id}/unpublish`, { data: { version: current.version } });
  }
  await editor?.close();
});

test("the article's hero is AVIF for Chromium, with the item's width and height, fetched first", async ({ browser }) => {
  const reader = await browser.newPage();
  const avif: string[] = [];
  reader.on("response", (r) => {
    if (r.headers()["content-type"] === "image/avif") avif.push(r.url());
  });
  await reader.goto(`/articles/${article.slug}`);
  const hero = reader.locator("article figure picture img");
  await expect(hero).toHaveAttribute("width", String(WIDTH));
  await expect(hero).toHaveAttribute("height", String(HEIGHT));
  await expect(hero).toHaveAttribute("alt", "The cast on the red carpet");
  await expect(hero).toHaveAttribute("fetchpriority", "high");
  await expect(hero).not.toHaveAttribute("loading", "lazy");
  await expect(reader.locator('article figure picture source[type="image/avif"]')).toHaveAttribute("srcset", /\.avif 320w, .*\.avif 1600w$/);
  // The preload names the source Chromium picks, so it fetches one file, not a JPEG as well.
  const preload = reader.locator('link[rel="preload"][as="image"][type="image/avif"]');
  await expect(preload).toHaveAttribute("imagesrcset", (await reader.locator('article figure source[type="image/avif"]').getAttribute("srcset"))!);
  await expect(preload).toHaveAttribute("fetchpriority", "high");
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const chosen = await hero.evaluate((img: HTMLImageElement) => img.currentSrc);
  expect(media.variants.some((v) => v.format === "avif" && chosen.endsWith(v.url))).toBe(true);
  expect(avif).toContain(chosen);
  await reader.close();
});

test("the home page's card crops the hero at the item's focal point, lazily below the lead", async ({ browser }) => {
  const reader = await browser.newPage();
  await reader.goto("/");
  const card = reader.locator(`a[href="/articles/${article.slug}"] picture img`).first();
  await expect(card).toHaveCSS("object-fit", "cover");
  await expect(card).toHaveCSS("object-position", "80% 30%");
  await expect(card).toHaveAttribute("width", String(WIDTH));
  await expect(card).toHaveAttribute("height", String(HEIGHT));
  // The story is the newest, so the lead: fetched first; older cards wait until they are near the viewport.
  await expect(card).toHaveAttribute("fetchpriority", "high");
  const others = reader.locator("main img:not([fetchpriority])");
  expect(await others.count()).toBeGreaterThan(0);
  for (const loading of await others.evaluateAll((imgs) => imgs.map((i) => i.getAttribute("loading")))) expect(loading).toBe("lazy");
  await reader.close();
});

test("the share image is the hero cut to 1200x630 around the focal point, as JPEG, keyed by the item", async ({ browser, request }) => {
  const reader = await browser.newPage();
  await reader.goto(`/articles/${article.slug}`);
  const ogImage = await reader.locator('meta[property="og:image"]').getAttribute("content");
  expect(await reader.locator('meta[name="twitter:image"]').getAttribute("content")).toBe(ogImage);
  await expect(reader.locator('meta[property="og:image:type"]')).toHaveAttribute("content", "image/jpeg");
  await reader.close();
  const response = await request.get(ogImage!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/jpeg");
  expect(response.headers()["xkey"]?.split(" ")).toContain(`media:${media.id}`);
  const bytes = await response.body();
  const { width, height, format } = await sharp(bytes).metadata();
  expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: "jpeg" });
  // The crop takes the full width and the top 840 rows (the focal point is near the top), scaled by 3/4:
  // the red square at the focal point is in frame, its centre at (960, 225).
  const { data } = await sharp(bytes).extract({ left: 960, top: 225, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
  expect(data[0]).toBeGreaterThan(200);
  expect(data[2]).toBeLessThan(60);
});

test("a story without a hero shares the text card, as a 1200x630 JPEG too", async ({ browser, request }) => {
  const reader = await browser.newPage();
  await reader.goto(`/articles/${plain.slug}`);
  const ogImage = await reader.locator('meta[property="og:image"]').getAttribute("content");
  await reader.close();
  const response = await request.get(ogImage!);
  expect(response.headers()["content-type"]).toBe("image/jpeg");
  expect(response.headers()["xkey"]).toBe(`slug:${plain.slug}`);
  const { width, height, format } = await sharp(await response.body()).metadata();
  expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: "jpeg" });
});

test("replacing the file changes the live page's image within a second", async ({ request }) => {
  const path = `/articles/${article.slug}`;
  const before = heroSrcIn(await (await request.get(path)).text());
  expect(before).toBeTruthy();
  await api("PUT", `/api/admin/media/${media.id}/file`, {
    multipart: { file: { name: "premiere-retouched.jpg", mimeType: "image/jpeg", buffer: await photo("#204020", "#00ff00") } },
  });
  const replacedAt = Date.now();
  await expect.poll(async () => heroSrcIn(await (await request.get(path)).text()), { timeout: 1_000, intervals: [50] }).not.toBe(before);
  expect(Date.now() - replacedAt).toBeLessThan(1_000);
  // Once its variants are made, the page serves them: new files, in every encoding.
  const replaced = await settled(media.id);
  await expect
    .poll(async () => (await (await request.get(path)).text()).includes(replaced.variants.find((v) => v.format === "avif")!.url), { timeout: 10_000 })
    .toBe(true);
  expect(replaced.variants.map((v) => v.url)).not.toContain(before);
});
