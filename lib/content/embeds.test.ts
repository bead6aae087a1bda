import { describe, it, expect } from "vitest";
import { parseEmbed } from "./embeds";

const ID = "dQw4w9WgXcQ";

describe("parseEmbed: YouTube", () => {
  it.each([
    `https://www.youtube.com/watch?v=${ID}`,
    `https://youtube.com/watch?v=${ID}&t=42s`,
    `https://www.youtube.com/shorts/${ID}`,
    `https://youtu.be/${ID}`,
    `https://youtu.be/${ID}?si=abc`,
  ])("accepts %s", (url) => {
    expect(parseEmbed(url)).toEqual({ provider: "youtube", id: ID, url: `https://www.youtube.com/watch?v=${ID}` });
  });

  it.each([
    ["look-alike host", `https://youtube.com.evil.example/watch?v=${ID}`],
    ["sub-domain of another host", `https://www.youtube.com.evil.example/shorts/${ID}`],
    ["host suffix", `https://notyoutube.com/watch?v=${ID}`],
    ["http", `http://www.youtube.com/watch?v=${ID}`],
    ["http short link", `http://youtu.be/${ID}`],
    ["id too short", "https://www.youtube.com/watch?v=dQw4w9WgXc"],
    ["id too long", "https://youtu.be/dQw4w9WgXcQQ"],
    ["id with bad characters", "https://www.youtube.com/shorts/dQw4w9<gXcQ"],
    ["missing id", "https://www.youtube.com/watch"],
    ["other path", `https://www.youtube.com/embed/${ID}`],
    ["credentials", `https://user:pw@www.youtube.com/watch?v=${ID}`],
    ["explicit port", `https://www.youtube.com:8443/watch?v=${ID}`],
    ["embedded whitespace", `https://www.you tube.com/watch?v=${ID}`],
    ["javascript", `javascript:alert("${ID}")`],
  ])("refuses %s", (_label, url) => {
    expect(parseEmbed(url)).toBeNull();
  });
});

describe("parseEmbed: X / Twitter", () => {
  it("accepts x.com and twitter.com status URLs, normalised to x.com", () => {
    const expected = { provider: "x", id: "1234567890", url: "https://x.com/jack/status/1234567890" };
    expect(parseEmbed("https://x.com/jack/status/1234567890")).toEqual(expected);
    expect(parseEmbed("https://twitter.com/jack/status/1234567890?s=20")).toEqual(expected);
    expect(parseEmbed("https://www.twitter.com/jack/status/1234567890/")).toEqual(expected);
  });

  it.each([
    "https://x.com.evil.example/jack/status/1",
    "https://evil-x.com/jack/status/1",
    "http://x.com/jack/status/1",
    "https://x.com/jack",
    "https://x.com/jack/status/abc",
    "https://x.com/jack/status/1/photo/1",
  ])("refuses %s", (url) => {
    expect(parseEmbed(url)).toBeNull();
  });
});

describe("parseEmbed: Instagram", () => {
  it("accepts /p/ and /reel/ URLs", () => {
    expect(parseEmbed("https://www.instagram.com/p/CxYz_12-ab/")).toEqual({
      provider: "instagram",
      id: "CxYz_12-ab",
      url: "https://www.instagram.com/p/CxYz_12-ab/",
    });
    expect(parseEmbed("https://instagram.com/reel/Abc123")).toEqual({
      provider: "instagram",
      id: "Abc123",
      url: "https://www.instagram.com/reel/Abc123/",
    });
  });

  it.each([
    "https://instagram.com.evil.example/p/Abc123/",
    "http://www.instagram.com/p/Abc123/",
    "https://www.instagram.com/someone/",
    "https://www.instagram.com/stories/someone/123/",
  ])("refuses %s", (url) => {
    expect(parseEmbed(url)).toBeNull();
  });
});

describe("parseEmbed: TikTok", () => {
  it("accepts /@user/video/digits", () => {
    expect(parseEmbed("https://www.tiktok.com/@some.user_1/video/7234567890123456789?lang=en")).toEqual({
      provider: "tiktok",
      id: "7234567890123456789",
      url: "https://www.tiktok.com/@some.user_1/video/7234567890123456789",
    });
  });

  it.each([
    "https://tiktok.com.evil.example/@user/video/123",
    "http://www.tiktok.com/@user/video/123",
    "https://www.tiktok.com/@user",
    "https://www.tiktok.com/user/video/123",
    "https://www.tiktok.com/@user/video/12a",
  ])("refuses %s", (url) => {
    expect(parseEmbed(url)).toBeNull();
  });
});

describe("parseEmbed: anything else", () => {
  it.each([
    "",
    "not a url",
    "https://vimeo.com/123456",
    "https://constructor/x",
    "https://__proto__/x",
    "//www.youtube.com/watch?v=dQw4w9WgXcQ",
    "data:text/html,<script>alert(1)</script>",
  ])("refuses %j", (url) => {
    expect(parseEmbed(url)).toBeNull();
  });
});
