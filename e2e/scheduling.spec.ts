// Scheduled publishing as a newsroom uses it: a story set to go live a few
// seconds from now appears on its page, the home page and the feed with no
// request prompting it, and the editorial calendar moves stories by keyboard
// and by drag, for editors only.
import type { Page } from "@playwright/test";
import { addDays, localDay } from "@/lib/time/calendar";
import { zonedLocalToUtc } from "@/lib/time/zoned";
import { expect, expectNoAxeViolations, leadStory, test } from "./fixtures";
import { editorContext } from "./support/publishing";

test.describe.configure({ mode: "serial" });

const timeZone = process.env.NEWSROOM_TIMEZONE ?? "America/New_York";
const made: string[] = [];

async function newDraft(page: Page, title: string) {
  await page.goto("/admin");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Dek", { exact: true }).fill("Written for the scheduling tests.");
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved", { timeout: 10_000 });
  const id = new URL(page.url()).pathname.split("/")[3];
  made.push(id);
  return id;
}

/** The Admin API with the signed-in editor's cookie, as the dashboard's own pages would call it. */
async function api(page: Page, path: string, body?: unknown) {
  const origin = new URL(page.url()).origin;
  const response = body === undefined ? await page.request.get(path) : await page.request.post(path, { data: body, headers: { origin } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).article as { id: string; slug: string; version: number; status: string; publishAt: string | null; unpublishAt: string | null };
}

test.afterAll(async ({ browser }) => {
  // Take down anything these tests put on the site, whatever failed.
  const { context, page } = await editorContext(browser);
  for (const id of made) {
    const article = await api(page, `/api/admin/articles/${id}`);
    if (article.status === "published") await api(page, `/api/admin/articles/${id}/unpublish`, { version: article.version });
    if (article.status === "scheduled") await api(page, `/api/admin/articles/${id}/cancel-schedule`, { version: article.version });
  }
  await context.close();
});

test("a story scheduled seconds ahead is live on its page, the home page and the feed at its time, with nobody asking", async ({
  signInAs,
  playwright,
  baseURL,
}) => {
  const page = await signInAs("editor");
  const title = `Curtain call at the Orpheum, scheduled ${Date.now()}`;
  const id = await newDraft(page, title);
  const { version } = await api(page, `/api/admin/articles/${id}`);
  const at = new Date(Date.now() + 5_000);
  const scheduled = await api(page, `/api/admin/articles/${id}/schedule`, { version, at: at.toISOString() });
  expect(scheduled.status).toBe("scheduled");

  const reader = await playwright.request.newContext({ baseURL });
  expect((await reader.get(`/articles/${scheduled.slug}`)).status()).toBe(404);

  // No request of any kind until well after the time: only the scheduler can publish it.
  await page.waitForTimeout(at.getTime() - Date.now() + 1_500);

  const article = await reader.get(`/articles/${scheduled.slug}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain("Curtain call at the Orpheum");
  expect(await (await reader.get("/")).text()).toContain("Curtain call at the Orpheum");
  expect(await (await reader.get("/feed.xml")).text()).toContain("Curtain call at the Orpheum");
  await reader.dispose();

  const live = await api(page, `/api/admin/articles/${id}`);
  expect(live).toMatchObject({ status: "published", publishAt: null });
});

test("an editor schedules a time-limited story from the editor, in newsroom time, and cancels it", async ({ signInAs }) => {
  const page = await signInAs("editor");
  const id = await newDraft(page, `Festival lineup, for one week only ${Date.now()}`);
  const day = addDays(localDay(new Date(), timeZone), 3);
  const until = addDays(day, 7);
  const panel = page.getByRole("region", { name: /Status/ });

  await panel.getByRole("button", { name: "Schedule", exact: true }).click();
  await panel.getByLabel(/Publish at/).fill(`${day}T09:00`);
  await panel.getByLabel(/Take down at/).fill(`${until}T18:30`);
  await panel.getByRole("button", { name: "Confirm schedule" }).click();

  await expect(panel.getByRole("heading", { name: /Status/ })).toContainText("Scheduled");
  await expect(panel).toContainText(/Goes live .*9:00\sAM/);
  await expect(panel).toContainText(/Comes down .*6:30\sPM/);
  const scheduled = await api(page, `/api/admin/articles/${id}`);
  expect(scheduled.publishAt).toBe(zonedLocalToUtc(`${day}T09:00`, timeZone)!.toISOString());
  expect(scheduled.unpublishAt).toBe(zonedLocalToUtc(`${until}T18:30`, timeZone)!.toISOString());

  // A time already past is refused with a message, and nothing changes.
  await panel.getByRole("button", { name: "Reschedule" }).click();
  await panel.getByLabel(/Publish at/).fill("2020-01-01T09:00");
  await panel.getByLabel(/Take down at/).fill("");
  await panel.getByRole("button", { name: "Confirm schedule" }).click();
  await expect(panel.getByRole("alert")).toContainText("must be in the future");
  expect((await api(page, `/api/admin/articles/${id}`)).publishAt).toBe(scheduled.publishAt);

  await panel.getByRole("button", { name: "Cancel", exact: true }).click();
  await panel.getByRole("button", { name: "Cancel schedule" }).click();
  await expect(panel.getByRole("heading", { name: /Status/ })).toContainText("Draft");
  expect(await api(page, `/api/admin/articles/${id}`)).toMatchObject({ status: "draft", publishAt: null });
});

test.describe("the editorial calendar", () => {
  // A day next week, so every move stays in the future and in the same week.
  const day = addDays(localDay(new Date(), timeZone), 8);
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  const neighbour = addDays(day, weekday === 1 ? 1 : -1);
  const calendarOf = (page: Page) =>
    page
      .getByRole("main")
      .getByRole("list")
      .filter({ has: page.locator("[data-day]") })
      .first();
  const cell = (page: Page, d: string) => page.locator(`main [data-day="${d}"]`);

  test("shows a scheduled story on its day; an editor moves it by keyboard and by drag", async ({ signInAs }) => {
    const page = await signInAs("editor");
    const title = `Season finale watch party ${Date.now()}`;
    const id = await newDraft(page, title);
    const { version } = await api(page, `/api/admin/articles/${id}`);
    await api(page, `/api/admin/articles/${id}/schedule`, { version, at: zonedLocalToUtc(`${day}T09:00`, timeZone)!.toISOString() });

    await page.goto(`/admin/calendar?view=week&date=${day}`);
    await expect(page.getByRole("heading", { level: 1, name: /Calendar/ })).toBeVisible();
    await expect(calendarOf(page)).toBeVisible();
    const story = cell(page, day).getByRole("listitem").filter({ hasText: title });
    await expect(story).toContainText("9:00 AM · Goes live");

    // Keyboard: Reschedule, type the new time, Enter.
    await story.getByRole("button", { name: `Reschedule “${title}”` }).focus();
    await page.keyboard.press("Enter");
    const input = story.getByLabel(/New publish time/);
    await input.focus();
    await input.fill(`${day}T10:30`);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText(`now goes live ${day} at 10:30`);
    await expect(cell(page, day).getByRole("listitem").filter({ hasText: title })).toContainText("10:30 AM · Goes live");
    expect((await api(page, `/api/admin/articles/${id}`)).publishAt).toBe(zonedLocalToUtc(`${day}T10:30`, timeZone)!.toISOString());

    // Drag to the neighbouring day: the time of day stays.
    await cell(page, day).getByRole("listitem").filter({ hasText: title }).dragTo(cell(page, neighbour));
    await expect(cell(page, neighbour).getByRole("listitem").filter({ hasText: title })).toContainText("10:30 AM · Goes live");
    await expect(cell(page, day).getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
    expect((await api(page, `/api/admin/articles/${id}`)).publishAt).toBe(zonedLocalToUtc(`${neighbour}T10:30`, timeZone)!.toISOString());
  });

  test("marks today, switches to the month, and has no accessibility violations", async ({ signInAs }) => {
    const page = await signInAs("editor");
    await page.goto("/admin/calendar");
    const today = page.locator('main [aria-current="date"]');
    await expect(today).toHaveAttribute("data-day", localDay(new Date(), timeZone));
    await expect(today).toContainText("Today");
    await page.getByRole("link", { name: "Month" }).click();
    await expect(page).toHaveURL(/view=month/);
    expect(await page.locator("main [data-day]").count()).toBeGreaterThanOrEqual(28);
    await expectNoAxeViolations(page);
  });

  test("is read-only for a contributor", async ({ signInAs, request }) => {
    const { article } = await (await request.get(`/api/content/articles/${leadStory.slug}`)).json();
    const page = await signInAs("contributor");
    await page.goto(`/admin/calendar?view=week&date=${localDay(new Date(article.publishedAt), timeZone)}`);
    await expect(page.getByRole("main").getByRole("link", { name: leadStory.title })).toBeVisible();
    await expect(page.getByRole("main").getByRole("button", { name: /^Reschedule/ })).toHaveCount(0);
    await expect(page.locator("main [draggable=true]")).toHaveCount(0);
    await expect(page.getByText("Editors can reschedule stories here.")).toBeVisible();
  });
});
