import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, segmentsText, toSegments } from "./snippet";

describe("toSegments", () => {
  it("splits marked text into plain and highlighted runs", () => {
    expect(toSegments(`the last ${S}ferry${E} left the ${S}harbour${E}`)).toEqual([
      { text: "the last ", highlight: false },
      { text: "ferry", highlight: true },
      { text: " left the ", highlight: false },
      { text: "harbour", highlight: true },
    ]);
  });

  it("keeps markup in the text as text, for React to escape", () => {
    const segments = toSegments(`<img src=x onerror=alert(1)> ${S}<script>${E}`);
    expect(segments).toEqual([
      { text: "<img src=x onerror=alert(1)> ", highlight: false },
      { text: "<script>", highlight: true },
    ]);
  });

  it("drops stray and unbalanced markers instead of showing them", () => {
    expect(toSegments(`${E}a${S}${S}b${E}${E}c${S}`)).toEqual([
      { text: "a", highlight: false },
      { text: "b", highlight: true },
      { text: "c", highlight: false },
    ]);
  });

  it("merges neighbouring runs and ignores empty input", () => {
    expect(toSegments(`${S}salt${E}${S} & ember${E}`)).toEqual([{ text: "salt & ember", highlight: true }]);
    expect(toSegments("")).toEqual([]);
  });

  it("keeps astral characters whole", () => {
    expect(segmentsText(toSegments(`🎬 ${S}Chloé${E} 🎭`))).toBe("🎬 Chloé 🎭");
  });
});
