import { describe, expect, it } from "vitest";
import { articleFieldsSchema } from "@/lib/articles/shape";
import { AppError, fieldErrors } from "@/lib/errors";
import { BODY_LIMITS, documentSchema } from "./document";
import { withinBodyLimits } from "./limits";

const paragraphs = (count: number, text: string) => ({
  type: "doc" as const,
  content: Array.from({ length: count }, () => ({ type: "paragraph" as const, content: [{ type: "text" as const, text }] })),
});
const bodyErrors = (body: unknown) => {
  const parsed = articleFieldsSchema.safeParse({ title: "Limits", body });
  return parsed.success ? undefined : fieldErrors(parsed.error.issues).body;
};

describe("article body limits", () => {
  it("accepts a body at the limits", () => {
    // 5,000 paragraphs of 100 characters: 10,000 parts, 500,000 characters.
    expect(bodyErrors(paragraphs(5_000, "x".repeat(100)))).toBeUndefined();
    // 4,000 paragraphs of 4 inline runs: exactly 20,000 parts.
    const runs = [{ type: "text", text: "a" }, { type: "hardBreak" }, { type: "text", text: "b" }, { type: "hardBreak" }];
    const full = { type: "doc", content: Array.from({ length: BODY_LIMITS.nodes / 5 }, () => ({ type: "paragraph", content: runs })) };
    expect(bodyErrors(full)).toBeUndefined();
    expect(bodyErrors({ ...full, content: [...full.content, { type: "paragraph", content: [{ type: "text", text: "c" }] }] })).toEqual([
      "has 20,002 parts (blocks, list items, paragraphs and runs of formatted text); an article body holds at most 20,000",
    ]);
  });

  it("refuses more text than an article holds with a field error on body that says the limit", () => {
    expect(bodyErrors(paragraphs(5_000, "x".repeat(101)))).toEqual(["has 505,000 characters of text; an article body holds at most 500,000"]);
  });

  it("refuses more parts than an article holds, counting list items and inline runs", () => {
    const item = {
      type: "listItem",
      content: [{ type: "paragraph", content: [{ type: "text", text: "a" }, { type: "hardBreak" }, { type: "text", text: "b" }] }],
    };
    // 50 lists of 200 items: 50 + 50 * 200 * (item + paragraph + 3 inline) = 50,050 parts.
    const lists = { type: "doc", content: Array.from({ length: 50 }, () => ({ type: "bulletList", content: Array.from({ length: 200 }, () => item) })) };
    expect(bodyErrors(lists)).toEqual(["has 50,050 parts (blocks, list items, paragraphs and runs of formatted text); an article body holds at most 20,000"]);
  });

  it("gives the same refusal as an AppError for bodies converted from Markdown or HTML", () => {
    const refusal = (() => {
      try {
        withinBodyLimits(paragraphs(5_000, "x".repeat(101)));
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).status).toBe(422);
    expect((refusal as AppError).details.fields).toEqual({ body: ["has 505,000 characters of text; an article body holds at most 500,000"] });
    expect(documentSchema.safeParse(paragraphs(5_000, "x".repeat(101))).success).toBe(false);
  });
});
