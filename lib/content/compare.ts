// Side-by-side comparison of two revisions, field by field, word by word.
import { diffWords } from "diff";
import type { ArticleDocument } from "./document";
import { renderPlainText } from "./render";

export type ComparableRevision = {
  title: string;
  dek: string;
  slug: string;
  body: ArticleDocument;
  section: string;
  tags: string;
  bylines: string;
  heroImageUrl: string;
  heroImageAlt: string;
  heroImageCredit: string;
  seoTitle: string;
  seoDescription: string;
  correctionNote: string;
};

export type Part = { text: string; change: "same" | "removed" | "added" };
export type FieldComparison = { field: string; changed: boolean; before: Part[]; after: Part[] };

const labels: Record<keyof ComparableRevision, string> = {
  title: "Title",
  dek: "Dek",
  slug: "Slug",
  body: "Body",
  section: "Section",
  tags: "Tags",
  bylines: "Bylines",
  heroImageUrl: "Hero image URL",
  heroImageAlt: "Hero image alt text",
  heroImageCredit: "Hero image credit",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
  correctionNote: "Correction note",
};

/** Each field of `a` and `b`: the left side marks what `b` removed, the right side what it added. */
export function compareRevisions(a: ComparableRevision, b: ComparableRevision): FieldComparison[] {
  return (Object.keys(labels) as (keyof ComparableRevision)[]).map((key) => {
    const before = key === "body" ? renderPlainText(a.body) : String(a[key]);
    const after = key === "body" ? renderPlainText(b.body) : String(b[key]);
    const changes = diffWords(before, after);
    return {
      field: labels[key],
      changed: before !== after,
      before: changes.filter((c) => !c.added).map((c) => ({ text: c.value, change: c.removed ? "removed" : "same" })),
      after: changes.filter((c) => !c.removed).map((c) => ({ text: c.value, change: c.added ? "added" : "same" })),
    };
  });
}
