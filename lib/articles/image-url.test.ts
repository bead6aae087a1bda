import { describe, expect, it } from "vitest";
import { imageUrlProblem, usableImageUrl } from "./image-url";

describe("imageUrlProblem", () => {
  it.each([
    "https://cdn.example.com/photos/a.jpg",
    "https://cdn.example.com/photos/a.jpg?w=1200&fit=crop#top",
    "https://xn--bcher-kva.example/b.png",
    "/images/demo/coastal-dusk.svg",
    "/images/a%20b.png",
    "HTTPS://CDN.example.com/x.png",
  ])("accepts %s", (url) => {
    expect(imageUrlProblem(url)).toBeNull();
    expect(usableImageUrl(url)).toBe(url);
  });

  it.each([
    ["a host no parser accepts", "https://exa%mple.com/x.png"],
    ["an unclosed IPv6 host", "https://[::1/x.png"],
    ["no host at all", "https://"],
    ["a backslash that browsers read as a slash", "/\\evil.example/x.png"],
    ["a backslash later in the path", "/images/..\\..\\x.png"],
    ["a protocol-relative URL", "//evil.example/x.png"],
    ["two backslashes", "\\\\evil.example/x.png"],
    ["a space", "https://cdn.example.com/a b.png"],
    ["a tab", "/images/a\tb.png"],
    ["a NUL", "/images/a\u0000.png"],
    ["a DEL", "/images/a\u007f.png"],
    ["a C1 control", "/images/a\u0085.png"],
    ["javascript:", "javascript:alert(1)"],
    ["a data: URL", "data:image/png;base64,AAAA"],
    ["plain http", "http://cdn.example.com/x.png"],
    ["a relative path", "images/x.png"],
  ])("refuses %s", (_what, url) => {
    expect(imageUrlProblem(url)).toEqual(expect.any(String));
    expect(usableImageUrl(url)).toBeNull();
  });

  it("treats a missing address as no image", () => {
    expect(usableImageUrl(null)).toBeNull();
    expect(usableImageUrl("")).toBeNull();
  });
});
