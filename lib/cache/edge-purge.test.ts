import { describe, expect, it } from "vitest";
import { batchesOf } from "./edge-purge";

describe("batchesOf", () => {
  it("splits keys into space-separated headers under the limit, keeping every key whole", () => {
    const keys = Array.from({ length: 500 }, (_, i) => `article:${i.toString().padStart(36, "0")}`);
    const batches = batchesOf(keys, 1000);
    expect(batches.every((b) => b.length <= 1000)).toBe(true);
    expect(batches.flatMap((b) => b.split(" "))).toEqual(keys);
  });
});
