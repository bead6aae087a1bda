import { describe, expect, it } from "vitest";
import { compileNonPath } from "next/dist/shared/lib/router/utils/prepare-destination.js";
import { edgeHeaders, edgePurgeKeys, pageKeyRules, RELATED_KEY } from "./edge-headers";
import { tagsForLiveChange } from "./tags";

const keysFor = (source: string, params: Record<string, string>) => {
  const rule = pageKeyRules.find((r) => r.source === source)!;
  // How Next fills in header values from path parameters (next.config.ts headers()).
  return compileNonPath(rule.keys.join(" "), params).split(" ");
};

describe("edge keys", () => {
  const { hard, soft } = edgePurgeKeys(
    tagsForLiveChange(null, { id: "a1", slug: "big-news", sectionSlug: "tv", tagSlugs: ["salt-and-ember"], authorIds: ["u1"] }),
  );
  const change = [...hard, ...soft];

  it("gives every page a key that a publish of an article shown there purges", () => {
    expect(change).toEqual(expect.arrayContaining(keysFor("/articles/:slug", { slug: "big-news" }).filter((k) => k !== "sections")));
    expect(change).toContain(keysFor("/tags/:slug", { slug: "salt-and-ember" })[0]);
    expect(change).toContain(keysFor("/sections/:slug/page/:n", { slug: "tv", n: "2" })[0]);
    expect(change).toContain(keysFor("/authors/:slug", { slug: "jonah-pell" })[0]);
    expect(change).toContain(keysFor("/", {})[0]);
  });

  it("names the page's own slug, not a placeholder", () => {
    expect(keysFor("/articles/:slug", { slug: "big-news" })).toEqual(["slug:big-news", RELATED_KEY, "sections"]);
  });

  it("refreshes every article page in the background when another story goes live, and drops them when one comes down", () => {
    const other = { id: "a2", slug: "other-story", sectionSlug: "film", tagSlugs: ["quiet-harbor"], authorIds: ["u2"] };
    const related = keysFor("/articles/:slug", { slug: "big-news" })[1];
    const published = edgePurgeKeys(tagsForLiveChange(null, other));
    expect(published.soft).toContain(related);
    expect(published.hard).not.toContain(related);
    const edited = edgePurgeKeys(tagsForLiveChange(other, { ...other, tagSlugs: [] }));
    expect(edited.soft).toContain(related);
    const takenDown = edgePurgeKeys(tagsForLiveChange(other, null));
    expect(takenDown.hard).toContain(related);
    expect(takenDown.soft).toEqual([]);
  });

  it("lists each key of a route handler once, with a Cache-Control a shared cache may keep", () => {
    const headers = edgeHeaders(["feeds", "latest", "feeds"]);
    expect(headers.xkey).toBe("feeds latest");
    expect(headers["Cache-Control"]).toMatch(/^public, .*s-maxage=\d+/);
  });
});
