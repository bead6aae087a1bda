import { Lexer } from "marked";
import { describe, expect, it, vi } from "vitest";
import { BODY_LIMITS, TOO_DEEP } from "./document";
import { markdownToDocument } from "./from-markdown";
import { listNestingTooDeep, markdownLinesProblem } from "./markdown-lines";

const nestedList = (depth: number, indent = 2) => Array.from({ length: depth }, (_, i) => `${" ".repeat(i * indent)}- item ${i + 1}`).join("\n");

describe("list nesting, measured before lexing", () => {
  it("refuses a list 700 deep at once, before marked re-reads it at every level", () => {
    expect(markdownLinesProblem(nestedList(700))).toBe(TOO_DEEP);
    // marked reads a list item's text at each level through blockTokens: it never gets to.
    const levels = vi.spyOn(Lexer.prototype, "blockTokens");
    try {
      expect(() => markdownToDocument(nestedList(700))).toThrow(TOO_DEEP);
      expect(levels).not.toHaveBeenCalled();
    } finally {
      levels.mockRestore();
    }
  });

  it("counts ordered markers, tabs and wide markers as CommonMark nests them", () => {
    const ordered = Array.from({ length: BODY_LIMITS.depth + 1 }, (_, i) => `${" ".repeat(i * 3)}1. step`).join("\n");
    expect(listNestingTooDeep(ordered, BODY_LIMITS.depth)).toBe(true);
    const tabs = Array.from({ length: BODY_LIMITS.depth + 1 }, (_, i) => `${"\t".repeat(i)}- x`).join("\n");
    expect(listNestingTooDeep(tabs, BODY_LIMITS.depth)).toBe(true);
  });

  it("accepts a list exactly as deep as a body may nest", () => {
    expect(listNestingTooDeep(nestedList(BODY_LIMITS.depth), BODY_LIMITS.depth)).toBe(false);
    expect(markdownToDocument(nestedList(BODY_LIMITS.depth - 1)).content[0].type).toBe("bulletList");
  });

  it("does not add up lists that a paragraph at the margin ends, nor siblings", () => {
    const many = Array.from({ length: 100 }, (_, i) => `- point ${i}\n  - detail ${i}\n\nParagraph ${i}.\n`).join("\n");
    expect(listNestingTooDeep(many, BODY_LIMITS.depth)).toBe(false);
    const siblings = Array.from({ length: 500 }, (_, i) => `- sibling ${i}`).join("\n");
    expect(listNestingTooDeep(siblings, BODY_LIMITS.depth)).toBe(false);
  });
});
