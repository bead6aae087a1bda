// Media in a real browser: a contributor drops a photo into a draft as its
// hero and another into the body, and sets the hero's focal point; an
// editor's publish is refused, with the messages beside the images, until
// alt text and credit are set; the library lists the photos with their
// usage, refuses to delete one a story uses (naming the story), replaces
// the file of an unused one and deletes it; an upload that is not an image
// is refused in words; an image given by address is fetched into the
// library, a private one refused.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import sharp from "sharp";
import { accounts, demoPassword, expect, expectNoAxeViolations, type Role, test } from "./fixtures";
import { EditorPage } from "./pages/editor-page";
import { LoginPage } from "./pages/login-page";
import { type DroppedFile, dropFile, MediaPage, pasteFile } from "./pages/media-page";

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const title = `Premiere night at the Lantern ${stamp}`;
const heroName = `red-carpet-${stamp}.jpg`;
const bodyName = `first-look-${stamp}.jpg`;
const spareName = `poster-${stamp}.jpg`;
let articleId = "";

/** A real JPEG: a colour gradient with a bright disc, different for every name (the library keeps one copy of equal bytes). */
async function photo(name: string, width = 1600, height = 1000): Promise<DroppedFile> {
  const seed = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 251, 7);
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const disc = (x - width * 0.3) ** 2 + (y - height * 0.35) ** 2 < (height * 0.15) ** 2;
      pixels[i] = disc ? 250 : (x * 255) / width;
      pixels[i + 1] = disc ? 230 : (y * 255) / height;
      pixels[i + 2] = disc ? 120 : seed;
    }
  }
  const bytes = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
  return { name, type: "image/jpeg", bytes };
}

const contexts: BrowserContext[] = [];
async function signedIn(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto("/admin");
  await login.signIn(accounts[role], demoPassword);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

// Leave the public site as the demo content has it.
test.afterAll(async ({ browser }) => {
  if (!articleId) return;
  const editor = new EditorPage(await signedIn(browser, "editor"));
  await editor.goto(articleId);
  if (await editor.button("Unpublish").isVisible()) {
    await editor.button("Unpublish").click();
    await editor.button("Unpublish now").click();
    await expect(editor.status).toContainText("Unpublished");
  }
  for (const context of contexts.splice(0)) await context.close();
});

const heroGroup = (page: Page) => page.getByRole("group", { name: "Hero image" });

test("a contributor drops a hero photo and a body photo into a draft and sets the focal point", async ({ browser }) => {
  const page = await signedIn(browser, "contributor");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const editor = new EditorPage(page);
  articleId = editor.id;
  await editor.field("Title").fill(title);
  await editor.typeParagraph("The cast arrived in the rain and stayed for the second screening.");

  await dropFile(page, page.getByRole("group", { name: "Upload hero image" }), await photo(heroName));
  const focal = heroGroup(page).getByRole("application", { name: /^Hero focal point/ });
  await expect(focal).toBeVisible({ timeout: 15_000 });

  // Click the subject (the disc, 30% across and 35% down), then nudge it with the keyboard.
  const box = (await focal.boundingBox())!;
  await focal.click({ position: { x: box.width * 0.3, y: box.height * 0.35 } });
  await expect(heroGroup(page)).toContainText("Hero focal point: 30% from the left, 35% from the top");
  await focal.press("ArrowRight");
  await focal.press("ArrowDown");
  await expect(heroGroup(page)).toContainText("Hero focal point: 31% from the left, 36% from the top");
  await expect(heroGroup(page).getByText("Saving the focal point…")).toHaveCount(0);

  await dropFile(page, editor.body, await photo(bodyName));
  const bodyImage = editor.body.locator("figure.article-image");
  await expect(bodyImage.locator("img")).toBeVisible({ timeout: 15_000 });
  await expect(bodyImage.locator("img")).toHaveAttribute("src", /^\/media\//);
  await editor.expectSaved();
  await expectNoAxeViolations(page);
});

test("publishing is refused while the images lack alt text and the hero a credit, with the errors beside them", async ({ browser }) => {
  const page = await signedIn(browser, "editor");
  const editor = new EditorPage(page);
  await editor.goto(articleId);
  await editor.button("Publish").click();
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: /alt text|credit/i })
      .first(),
  ).toBeVisible();
  await expect(editor.status).toContainText("Draft");
  const hero = heroGroup(page);
  await expect(hero.getByLabel("Hero image alt text")).toHaveAttribute("aria-invalid", "true");
  await expect(hero.getByLabel("Hero image credit")).toHaveAttribute("aria-invalid", "true");
  await expect(editor.body.locator("figure.article-image")).toContainText(/image \d+ needs alt text/);
});

test("once the contributor sets alt text and credit, the editor publishes", async ({ browser }) => {
  const writer = await signedIn(browser, "contributor");
  const draft = new EditorPage(writer);
  await draft.goto(articleId);
  const hero = heroGroup(writer);
  await expect(hero.getByRole("application", { name: /^Hero focal point: 31% from the left, 36% from the top/ })).toBeVisible();
  await hero.getByLabel("Hero image alt text").fill("Ada Quill waves from the red carpet outside the Lantern");
  await hero.getByLabel("Hero image credit").fill("Photo: Jo Mercer");
  await draft.body.locator("figure.article-image").getByLabel("Alt text (required)").fill("A first-look still: the Lantern's marquee at dusk");
  await draft.expectSaved();

  const page = await signedIn(browser, "editor");
  const editor = new EditorPage(page);
  await editor.goto(articleId);
  await editor.button("Publish").click();
  await expect(editor.status).toContainText("Published");
});

test("the library lists the photos with their usage, and refuses to delete one a story uses", async ({ browser }) => {
  const page = await signedIn(browser, "editor");
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Media" }).click();
  const media = new MediaPage(page);
  await expect(page.getByRole("heading", { level: 1, name: "Media" })).toBeVisible();
  await media.search(stamp);
  await expect(media.tile(heroName)).toContainText("Used in 1 story");
  await expect(media.tile(bodyName)).toContainText("Used in 1 story");
  await expectNoAxeViolations(page);

  await media.tile(heroName).getByRole("link", { name: "Used in 1 story" }).click();
  const detail = page.getByRole("region", { name: heroName });
  await expect(detail.getByRole("link", { name: title })).toHaveAttribute("href", `/admin/articles/${articleId}`);
  await expectNoAxeViolations(page);

  await detail.getByRole("button", { name: "Delete…" }).click();
  await detail.getByRole("button", { name: "Delete for good" }).click();
  const refusal = detail.getByRole("alert");
  await expect(refusal).toContainText("used in 1 story");
  await expect(refusal.getByRole("link", { name: title })).toBeVisible();
  await page.reload();
  await expect(media.tile(heroName)).toBeVisible();
});

test("an unused photo pasted into the media page can have its file replaced and be deleted; a file that is not an image is refused", async ({ browser }) => {
  const page = await signedIn(browser, "editor");
  const media = new MediaPage(page);
  await media.goto();
  await dropFile(page, media.uploadZone, { name: `notes-${stamp}.jpg`, type: "image/jpeg", bytes: Buffer.from("These are notes, not a photo.\n".repeat(20)) });
  await expect(page.getByRole("list", { name: "Uploads" }).getByRole("alert")).toContainText(`notes-${stamp}.jpg was not uploaded`);

  await pasteFile(page, await photo(spareName));
  const detail = page.getByRole("region", { name: spareName });
  await expect(detail).toBeVisible({ timeout: 15_000 });
  await expect(detail).toContainText("Not used in any story");
  await detail.getByLabel("Alt text").fill("The festival poster");
  await detail.getByRole("button", { name: "Save image details" }).click();
  await expect(detail.getByRole("status")).toContainText("Saved");

  // A new file behind the same item: its text stays, its size is the new file's.
  await expect(detail).toContainText("1600×1000");
  const replacement = await photo(`${spareName} v2`, 1200, 800);
  await detail.locator('input[type="file"]').setInputFiles({ name: spareName, mimeType: "image/jpeg", buffer: replacement.bytes });
  await expect(detail).toContainText("1200×800", { timeout: 15_000 });
  await expect(detail.getByLabel("Alt text")).toHaveValue("The festival poster");

  await detail.getByRole("button", { name: "Delete…" }).click();
  await detail.getByRole("button", { name: "Delete for good" }).click();
  await expect(detail).toHaveCount(0);
  await media.search(spareName);
  await expect(page.getByText(`No images match “${spareName}”.`)).toBeVisible();
});

test("images given by address (typed, pasted, or as the hero) are fetched into the library; a private address is refused", async ({ browser }) => {
  const page = await signedIn(browser, "contributor");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const editor = new EditorPage(page);
  await editor.field("Title").fill(`Imported still ${stamp}`);
  await editor.typeParagraph("A still from the archive.");

  await editor.tool("Image").click();
  const form = page.getByRole("group", { name: "Insert image" });
  await form.getByLabel("Image URL").fill("https://127.0.0.1/still.jpg");
  await form.getByLabel("Alt text").fill("A film strip");
  await form.getByRole("button", { name: "Insert image" }).click();
  await expect(form.getByRole("alert")).toContainText("private, loopback or link-local");

  await form.getByLabel("Image URL").fill("/images/demo/film-strip.svg");
  await form.getByRole("button", { name: "Insert image" }).click();
  await expect(form).toHaveCount(0, { timeout: 15_000 });
  const image = editor.body.locator("figure.article-image");
  await expect(image.locator("img")).toHaveAttribute("src", /^\/media\//);
  await expect(image.getByLabel("Alt text (required)")).toHaveValue("A film strip");

  // An image pasted as HTML from elsewhere is brought into the library too.
  await editor.body.click();
  await page.keyboard.press("Control+End");
  await editor.body.evaluate((body) => {
    const transfer = new DataTransfer();
    transfer.setData("text/html", '<img src="/images/demo/city-skyline-dusk.svg" alt="The city at dusk">');
    body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  await expect(image).toHaveCount(2);
  await expect(image.locator("img").nth(0)).toHaveAttribute("src", /^\/media\//);
  await expect(image.locator("img").nth(1)).toHaveAttribute("src", /^\/media\//, { timeout: 15_000 });

  await heroGroup(page).getByLabel("Or an image address").fill("/images/demo/coastal-dusk.svg");
  await heroGroup(page).getByRole("button", { name: "Fetch" }).click();
  await expect(heroGroup(page).getByRole("application", { name: /^Hero focal point/ })).toBeVisible({ timeout: 15_000 });
  await editor.expectSaved();
});
