// Finds the Chromium the e2e suite drives: CHROMIUM_PATH, then Debian's
// /usr/bin/chromium, then a browser Playwright installed itself.
import { existsSync } from "node:fs";
import { LaunchError } from "./fail";

export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new LaunchError(`CHROMIUM_PATH is ${fromEnv}, but no file is there.`);
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const { chromium } = await import("@playwright/test");
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new LaunchError(
    "No Chromium for the e2e tests: CHROMIUM_PATH is unset, /usr/bin/chromium is missing and Playwright has no browser installed. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.",
  );
}
