import { draftStory, expect, expectNoAxeViolations, leadStory, test } from "./fixtures";
import { readWithFeedparser } from "@/tests/feed-tools";

test("the home page leads with the newest story and links to it", async ({ page }) => {
  await page.goto("/");
  const lead = page.getByRole("region", { name: "Lead story" });
  await expect(lead.getByRole("heading", { name: leadStory.title })).toBeVisible();
  await expectNoAxeViolations(page);

  await lead.getByRole("link", { name: leadStory.title }).click();
  await expect(page).toHaveURL(`/articles/${leadStory.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(leadStory.title);
});

test("an article page shows byline, dates, quotes and tags", async ({ page }) => {
  await page.goto(`/articles/${leadStory.slug}`);
  const header = page.getByRole("main").locator("article > header");
  await expect(header.getByText(`By ${leadStory.byline}`)).toBeVisible();
  const published = header.locator("time").first();
  await expect(published).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expect(published).toContainText(/E[SD]T/); // shown in the newsroom's time zone
  await expect(page.locator(".article-body")).toContainText("Vance told Marquee this week");
  await expect(page.getByRole("list", { name: "Tags" })).toContainText("Salt & Ember");
  await expect(page).toHaveTitle(/Salt & Ember.*\| Marquee|Marquee/);
  await expectNoAxeViolations(page);
});

test("drafts and unknown articles answer 404", async ({ page }) => {
  for (const slug of [draftStory.slug, "no-such-story", "%3Cscript%3E"]) {
    const response = await page.goto(`/articles/${slug}`);
    expect(response?.status(), slug).toBe(404);
  }
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the RSS feed lists the latest published stories and no drafts", async ({ request }) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const feed = readWithFeedparser(await response.text());
  expect(feed.bozo).toBeFalsy();
  expect(feed.entries[0].link).toMatch(new RegExp(`/articles/${leadStory.slug}$`));
  expect(feed.entries[0].tags).toContain("Salt & Ember");
  expect(feed.entries.map((e) => e.link).join(" ")).not.toContain(draftStory.slug);
  expect(feed.entries).toHaveLength(12);
});
