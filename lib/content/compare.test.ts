import { describe, expect, it } from "vitest";
import { doc, p } from "./build";
import { type ComparableRevision, compareRevisions } from "./compare";

const base: ComparableRevision = {
  title: "Harrow Bay returns",
  dek: "",
  slug: "harrow-bay-returns",
  body: doc(p("The ferry left at dawn.")),
  section: "TV",
  tags: "Salt & Ember",
  bylines: "Jonah Pell",
  heroImageUrl: "",
  heroImageAlt: "",
  heroImageCredit: "",
  seoTitle: "",
  seoDescription: "",
  correctionNote: "",
};

describe("compareRevisions", () => {
  it("marks removed words on the left and added words on the right", () => {
    const rows = compareRevisions(base, { ...base, body: doc(p("The last ferry left at noon.")) });
    const body = rows.find((r) => r.field === "Body")!;
    expect(body.changed).toBe(true);
    expect(body.before.filter((x) => x.change === "removed").map((x) => x.text.trim())).toEqual(["dawn"]);
    expect(body.after.filter((x) => x.change === "added").map((x) => x.text.trim())).toEqual(["last", "noon"]);
    expect(body.after.map((x) => x.text).join("")).toBe("The last ferry left at noon.");
  });

  it("says which fields did not change", () => {
    const rows = compareRevisions(base, { ...base, title: "Harrow Bay is back" });
    expect(rows.filter((r) => r.changed).map((r) => r.field)).toEqual(["Title"]);
  });
});
