// Publish-to-live: create a draft and publish it through the running
// server's Admin API (so its own revalidateTag runs), then poll the public
// pages every ~10 ms until each shows the new title.
import { sleep, timedGet } from "./http";
import { summarize, type Summary } from "./stats";

export type PublishProbeOptions = {
  base: string;
  token: string;
  count: number;
  editorEmail: string;
  tagSlug: string;
  /** Public paths to watch besides the article itself ("/", "/tags/x"). */
  watch: string[];
  timeoutMs?: number;
};

export type PublishProbeResult = {
  /** From the publish call returning to every watched page showing the article. */
  allLive: Summary;
  byPage: Record<string, Summary>;
  publishCall: Summary;
  timedOut: number;
  articleIds: { id: string; version: number }[];
};

type ApiArticle = { id: string; version: number; url: string | null };

async function api(base: string, token: string, path: string, body: unknown): Promise<ApiArticle> {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const json = (await response.json()) as { article?: ApiArticle; error?: { message: string } };
  if (!response.ok || !json.article) throw new Error(`POST ${path} answered ${response.status}: ${json.error?.message ?? "no article"}`);
  return json.article;
}

async function waitUntilShown(url: string, title: string, since: number, deadline: number): Promise<number | null> {
  while (performance.now() < deadline) {
    const r = await timedGet(url).catch(() => null);
    if (r && r.status === 200 && r.body.includes(title)) return performance.now() - since;
    await sleep(10);
  }
  return null;
}

const BODY = [
  "This article was written by the benchmark to time how long a publish takes to reach readers.",
  "It carries a popular tag and a section, so the home page, its tag page and its own page all change when it goes live.",
  "It is taken down and deleted again when the run ends.",
].join("\n\n");

export async function measurePublishToLive(o: PublishProbeOptions): Promise<PublishProbeResult> {
  const run = Date.now().toString(36);
  const all: number[] = [];
  const publishCall: number[] = [];
  const byPage: Record<string, number[]> = {};
  const articleIds: { id: string; version: number }[] = [];
  let timedOut = 0;
  for (let i = 0; i < o.count; i++) {
    const title = `Bench probe ${run} n${String(i + 1).padStart(3, "0")} goes live`;
    const draft = await api(o.base, o.token, "/api/admin/articles", {
      title,
      dek: "A benchmark probe.",
      bodyMarkdown: BODY,
      section: "tv",
      tags: [o.tagSlug],
      bylines: [o.editorEmail],
    });
    const started = performance.now();
    const live = await api(o.base, o.token, `/api/admin/articles/${draft.id}/publish`, { version: draft.version });
    const since = performance.now();
    publishCall.push(since - started);
    articleIds.push({ id: live.id, version: live.version });
    const deadline = since + (o.timeoutMs ?? 15_000);
    const paths = [live.url ?? "/articles/-", ...o.watch];
    const seen = await Promise.all(paths.map((p) => waitUntilShown(`${o.base}${p}`, title, since, deadline)));
    paths.forEach((p, k) => {
      const key = k === 0 ? "article page" : p;
      if (seen[k] !== null) (byPage[key] ??= []).push(seen[k]!);
    });
    if (seen.some((ms) => ms === null)) timedOut++;
    else all.push(Math.max(...(seen as number[])));
  }
  return {
    allLive: summarize(all),
    byPage: Object.fromEntries(Object.entries(byPage).map(([k, v]) => [k, summarize(v)])),
    publishCall: summarize(publishCall),
    timedOut,
    articleIds,
  };
}

/** Takes the probes off the site through the API (so the server's cache forgets them too). */
export async function unpublishProbes(base: string, token: string, probes: { id: string; version: number }[]): Promise<void> {
  for (const probe of probes) {
    await api(base, token, `/api/admin/articles/${probe.id}/unpublish`, { version: probe.version }).catch(() => undefined);
  }
}
