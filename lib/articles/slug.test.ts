import { describe, expect, it } from "vitest";
import { firstFreeSlug, isValidSlug, slugify } from "./slug";

describe("slugify", () => {
  it("makes lowercase hyphenated ASCII from a headline", () => {
    expect(slugify("Will Mara return to Harrow Bay? What the creator says about season 2")).toBe(
      "will-mara-return-to-harrow-bay-what-the-creator-says-about-season-2",
    );
  });
  it("folds accents, drops apostrophes and spells out ampersands", () => {
    expect(slugify("Chloé’s ‘Salt & Ember’ isn't over")).toBe("chloes-salt-and-ember-isnt-over");
  });
  it("returns an empty string when nothing is left", () => {
    expect(slugify("¿¡!?")).toBe("");
  });
  it("cuts long titles at a word boundary within 80 characters", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });
});

describe("isValidSlug", () => {
  it.each(["a", "season-2", "x1-y2"])("accepts %s", (s) => expect(isValidSlug(s)).toBe(true));
  it.each(["", "-a", "a-", "a--b", "A", "a b", "ümlaut", "a/b", "..", "%2e"])("refuses %j", (s) => expect(isValidSlug(s)).toBe(false));
});

describe("firstFreeSlug", () => {
  it("numbers duplicates from 2", () => {
    expect(firstFreeSlug("news", new Set())).toBe("news");
    expect(firstFreeSlug("news", new Set(["news", "news-2"]))).toBe("news-3");
  });
});
