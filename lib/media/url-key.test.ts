import { describe, expect, it } from "vitest";
import { mediaKeyFromUrl } from "./url-key";

describe("mediaKeyFromUrl", () => {
  it("reads the key of a file this site serves", () => {
    expect(mediaKeyFromUrl("/media/m/ab12/1600.jpg", undefined)).toBe("m/ab12/1600.jpg");
  });

  it("reads the key of a file a CDN serves, with or without a trailing slash on its base", () => {
    expect(mediaKeyFromUrl("https://cdn.example/img/m/ab12/1600.jpg", "https://cdn.example/img/")).toBe("m/ab12/1600.jpg");
    expect(mediaKeyFromUrl("https://cdn.example/img/m/ab12/1600.jpg", "https://cdn.example/img")).toBe("m/ab12/1600.jpg");
  });

  it("refuses any other address", () => {
    expect(mediaKeyFromUrl("/images/hero.jpg", undefined)).toBeNull();
    expect(mediaKeyFromUrl("https://elsewhere.example/m/ab12/1600.jpg", "https://cdn.example/img")).toBeNull();
    expect(mediaKeyFromUrl("/media/", undefined)).toBeNull();
    expect(mediaKeyFromUrl("/media/m/ab12/1600.jpg?x=1", undefined)).toBeNull();
  });
});
