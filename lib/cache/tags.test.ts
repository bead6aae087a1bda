import { describe, expect, it } from "vitest";
import { tagsForLiveChange, tagsForStoriesShowing } from "./tags";

const before = { id: "a1", slug: "old-slug", sectionSlug: "tv", tagSlugs: ["show-x"], authorIds: ["u1"] };

describe("tagsForLiveChange", () => {
  it("covers old and new slug, tags, section, authors and the shared lists", () => {
    const after = { ...before, slug: "new-slug", tagSlugs: ["show-y"], sectionSlug: "film", authorIds: ["u2"] };
    expect(tagsForLiveChange(before, after)).toEqual(
      [
        "article:a1",
        "author:u1",
        "author:u2",
        "feeds",
        "home",
        "latest",
        "section:film",
        "section:tv",
        "sitemap",
        "slug:new-slug",
        "slug:old-slug",
        "tag:show-x",
        "tag:show-y",
      ].sort(),
    );
  });
  it("on unpublish still names everything the article was shown on, and marks it a takedown", () => {
    expect(tagsForLiveChange(before, null)).toEqual(
      ["article:a1", "author:u1", "feeds", "home", "latest", "section:tv", "sitemap", "slug:old-slug", "tag:show-x", "takedown"].sort(),
    );
  });
  it("touches nothing when the article was never live", () => {
    expect(tagsForLiveChange(null, null)).toEqual([]);
  });
});

describe("tagsForStoriesShowing", () => {
  it("names each story's page and every list and feed showing it, but not the sitemap", () => {
    const other = { id: "a2", slug: "other", sectionSlug: null, tagSlugs: ["show-x", "show-z"], authorIds: ["u2"] };
    expect(tagsForStoriesShowing([before, other])).toEqual(
      [
        "article:a1",
        "article:a2",
        "author:u1",
        "author:u2",
        "feeds",
        "home",
        "latest",
        "section:tv",
        "slug:old-slug",
        "slug:other",
        "tag:show-x",
        "tag:show-z",
      ].sort(),
    );
  });
  it("is empty when no live story shows the change", () => {
    expect(tagsForStoriesShowing([])).toEqual([]);
  });
});
