// Real readers for feed tests: Python's feedparser (Debian python3-feedparser)
// and libxml2's xmllint, plus a check of JSON Feed 1.1's required fields.
import { spawnSync } from "node:child_process";

const PYTHON = "/usr/bin/python3";

// Prints what a reader shows of a feed, as JSON; dates as ISO UTC strings.
const READER = String.raw`
import calendar, datetime, json, sys, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
iso = lambda t: datetime.datetime.fromtimestamp(calendar.timegm(t), datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if t else None
print(json.dumps({
  "bozo": d.bozo,
  "bozo_exception": str(d.get("bozo_exception", "")),
  "version": d.version,
  "title": d.feed.get("title"),
  "entries": [{
    "id": e.get("id"),
    "title": e.get("title"),
    "link": e.get("link"),
    "authors": [a.get("name") for a in e.get("authors", [])],
    "tags": [t.get("label") or t.get("term") for t in e.get("tags", [])],
    "published": iso(e.get("published_parsed")),
    "updated": iso(e.get("updated_parsed")),
    "content": [c.get("value") for c in e.get("content", [])],
    "enclosures": [{"href": x.get("href"), "type": x.get("type"), "length": x.get("length")} for x in e.get("enclosures", [])],
  } for e in d.entries],
}))
`;

export type ReadFeed = {
  bozo: number | boolean;
  bozo_exception: string;
  version: string;
  title: string | null;
  entries: {
    id: string | null;
    title: string | null;
    link: string | null;
    authors: string[];
    tags: string[];
    published: string | null;
    updated: string | null;
    content: string[];
    enclosures: { href: string; type: string; length: string }[];
  }[];
};

/** The feed as feedparser reads it. */
export function readWithFeedparser(body: string): ReadFeed {
  const run = spawnSync(PYTHON, ["-c", READER], { input: body, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  if (run.status !== 0) throw new Error(`feedparser failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReadFeed;
}

/** xmllint's complaints about the document; empty when it is well-formed. */
export function xmlProblems(body: string): string {
  const run = spawnSync("xmllint", ["--noout", "-"], { input: body, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  return run.status === 0 ? "" : run.stderr || `xmllint exited with ${run.status}`;
}

const isString = (v: unknown): v is string => typeof v === "string";
const isUrl = (v: unknown) => isString(v) && URL.canParse(v);
const isDate = (v: unknown) => isString(v) && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(v);

/**
 * What a document breaks of JSON Feed 1.1 (https://jsonfeed.org/version/1.1):
 * the version URL, a title, an items array whose items each have a string id
 * and content_html or content_text, and the types of the optional fields we use.
 */
export function jsonFeedProblems(feed: unknown): string[] {
  const problems: string[] = [];
  if (typeof feed !== "object" || feed === null) return ["not an object"];
  const f = feed as Record<string, unknown>;
  if (f.version !== "https://jsonfeed.org/version/1.1") problems.push(`version is ${String(f.version)}`);
  if (!isString(f.title)) problems.push("title missing");
  for (const key of ["home_page_url", "feed_url"]) if (key in f && !isUrl(f[key])) problems.push(`${key} is not a URL`);
  if (!Array.isArray(f.items)) return [...problems, "items is not an array"];
  f.items.forEach((raw: unknown, i: number) => {
    const item = (raw ?? {}) as Record<string, unknown>;
    if (!isString(item.id)) problems.push(`items[${i}].id is not a string`);
    if (!isString(item.content_html) && !isString(item.content_text)) problems.push(`items[${i}] has neither content_html nor content_text`);
    if ("url" in item && !isUrl(item.url)) problems.push(`items[${i}].url is not a URL`);
    for (const key of ["date_published", "date_modified"]) if (key in item && !isDate(item[key])) problems.push(`items[${i}].${key} is not RFC 3339`);
    if ("tags" in item && !(Array.isArray(item.tags) && item.tags.every(isString))) problems.push(`items[${i}].tags is not a list of strings`);
    if ("authors" in item && !(Array.isArray(item.authors) && item.authors.every((a) => isString((a as { name?: unknown }).name))))
      problems.push(`items[${i}].authors lack names`);
  });
  return problems;
}
