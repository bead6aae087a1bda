// Assertions of the access crawl, one per kind of answer. All are soft, so one
// run lists every route and role that answers wrongly; each message names the
// request, the identity, what was due and what came back.
import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { expect } from "../fixtures";

export type PageOutcome = "sent to login" | "denied" | "renders" | "not found";
export type ApiOutcome =
  | { is: "status"; status: number; code?: string }
  /** A 4xx other than 401/403: the empty body (or an unknown action) is refused, nothing is written. */
  | { is: "refused input" }
  | { is: "redirect"; to: string };
export type ActionOutcome = "sent to login" | "unauthenticated" | "forbidden" | "invalid" | "refused";

const notFoundText = "This page could not be found.";

/**
 * Opens the page in a browser and waits for it to settle. Answers the h1 it
 * rendered when it was to render; otherwise checks that none of `protectedHeadings` shows.
 */
export async function checkPage(page: Page, url: string, expected: PageOutcome, label: string, protectedHeadings: string[]): Promise<string | null> {
  const response = await page.goto(url);
  const h1 = page.getByRole("main").locator("h1");
  if (expected === "sent to login") {
    await expect.soft(page, label).toHaveURL(/\/login\?callbackUrl=/);
    await expect.soft(page.getByLabel("Password"), label).toBeVisible();
  } else if (expected === "denied") {
    await expect.soft(page, label).toHaveURL(/\/admin\?denied=1$/);
  } else if (expected === "not found") {
    await expect.soft(page.getByText(notFoundText), label).toBeVisible();
    await expect.soft(page, label).toHaveURL(url);
  } else {
    // A denial streams its redirect after the shell: wait for content first, then see where it landed.
    expect.soft(response?.status(), label).toBe(200);
    await expect.soft(h1, label).toHaveCount(1);
    await expect.soft(page, label).toHaveURL(url);
    await expect.soft(page.getByText(notFoundText), label).toHaveCount(0);
    return (await h1.count()) === 1 ? await h1.textContent() : null;
  }
  for (const heading of protectedHeadings) await expect.soft(h1.filter({ hasText: heading }), `${label}: shows "${heading}"`).toHaveCount(0);
  return null;
}

const htmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/**
 * The bytes the server sends, redirects not followed: a page that streams a
 * redirect after its shell must not have streamed the protected content first,
 * and a page that renders must have rendered it on the server for this visitor.
 */
export async function checkPageHtml(client: APIRequestContext, url: string, label: string, headings: string[], renders: boolean, viaProxy: boolean) {
  const response = await client.get(url);
  const html = (await response.text()).replaceAll("<!-- -->", "");
  expect.soft(response.status(), `${label}: raw response`).toBeLessThan(500);
  if (viaProxy) {
    expect.soft(response.status(), `${label}: the proxy redirects`).toBe(307);
    expect.soft(response.headers().location ?? "", `${label}: the proxy redirects`).toMatch(/^\/login\?callbackUrl=/);
  }
  for (const heading of headings) {
    const carries = html.includes(`>${htmlEscape(heading)}</h1>`);
    expect.soft(carries, `${label}: the server's HTML ${renders ? "lacks" : "carries"} the heading "${heading}"`).toBe(renders);
  }
}

export async function checkApiAnswer(response: APIResponse, expected: ApiOutcome, label: string) {
  const status = response.status();
  const body = await response.text();
  const got = `${label}; got ${status} ${body.slice(0, 300)}`;
  expect.soft(status, `${got}: never a server error`).toBeLessThan(500);
  if (expected.is === "status") {
    expect.soft(status, got).toBe(expected.status);
    if (expected.code) expect.soft(errorCode(body), got).toBe(expected.code);
  } else if (expected.is === "refused input") {
    expect.soft(status >= 400 && status < 500 && status !== 401 && status !== 403, `${got}: expected a 4xx other than 401/403`).toBe(true);
  } else {
    expect.soft(status, got).toBe(307);
    expect.soft(response.headers().location ?? "", got).toContain(expected.to);
  }
}

function errorCode(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

/** runAction's result code in a server action's RSC flight answer: "ok", a failure code, or "none". */
export function actionCode(body: string): string {
  if (body.includes('"ok":true')) return "ok";
  return /"ok":false,"code":"(\w+)"/.exec(body)?.[1] ?? "none";
}

/** A server action answers in RSC flight text, with runAction's { ok, code } inside. */
export async function checkActionAnswer(response: APIResponse, expected: ActionOutcome, label: string) {
  const body = await response.text();
  const got = `${label}; got ${response.status()} ${body.slice(0, 400)}`;
  expect.soft(body.includes('"ok":true'), `${got}: the action ran`).toBe(false);
  if (expected === "sent to login") {
    expect.soft(response.status(), got).toBe(307);
    expect.soft(response.headers().location ?? "", got).toMatch(/^\/login\?callbackUrl=/);
    return;
  }
  expect.soft(response.status(), got).toBe(200);
  expect.soft(body.includes('"ok":false'), got).toBe(true);
  if (expected !== "refused") expect.soft(body.includes(`"code":"${expected}"`), got).toBe(true);
}
