import { describe, expect, it } from "vitest";
import { splitBodyErrors } from "./image-messages";

describe("splitBodyErrors", () => {
  it("files messages naming an image under its block index and keeps the rest", () => {
    const { images, other } = splitBodyErrors([
      "image 3: needs alt text",
      "image 1 is not in the library (it may have been deleted)",
      "Image 3: needs a credit",
      "is too long",
    ]);
    expect(images).toEqual({ 2: ["image 3: needs alt text", "Image 3: needs a credit"], 0: ["image 1 is not in the library (it may have been deleted)"] });
    expect(other).toEqual(["is too long"]);
  });

  it("answers nothing for no messages", () => {
    expect(splitBodyErrors()).toEqual({ images: {}, other: [] });
  });
});
