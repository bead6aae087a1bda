// The page cache and the Varnish configuration follow one table: the VCL
// shipped is exactly what the table writes, and the page cache refuses and
// keys requests by the same entries.
import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IGNORED_HEADERS, PERSONAL_HEADERS, PRIVATE_PREFIXES, vclBlocks, writeVclBlocks } from "./edge-rules";
import { cacheUrl, shareableKey } from "./page-cache-http";

const VCL = path.resolve(import.meta.dirname, "../../deploy/varnish/marquee.vcl");

const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  ({ url, method, headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])) }) as unknown as IncomingMessage;

describe("the edge rules table", () => {
  it("is what deploy/varnish/marquee.vcl says (run `npm run vcl` after changing the table)", () => {
    const vcl = readFileSync(VCL, "utf8");
    expect(writeVclBlocks(vcl)).toBe(vcl);
  });

  it("puts every entry of the table in the VCL", () => {
    const vcl = readFileSync(VCL, "utf8");
    for (const name of IGNORED_HEADERS) expect(vcl).toContain(`unset req.http.${name};`);
    for (const name of PERSONAL_HEADERS) expect(vcl).toMatch(new RegExp(`req\\.http\\.${name}\\b`));
    expect(vcl).toContain(`^/(${PRIVATE_PREFIXES.join("|")})(/|\\?|$)`);
  });

  it("refuses a VCL whose blocks do not match the table's", () => {
    const vcl = readFileSync(VCL, "utf8");
    expect(() => writeVclBlocks(vcl.replace("# edge-rules: private", "# edge-rules: privat"))).toThrow(/does not know/);
    expect(() => writeVclBlocks(vcl.replace(/# edge-rules: personal\n[\s\S]*?# end edge-rules\n/, ""))).toThrow(/lacks the edge-rules blocks: personal/);
    expect(Object.keys(vclBlocks())).toEqual(["url-length", "ignored-headers", "private", "personal", "query-string"]);
  });

  it("keeps the page cache off every private path and personal request the VCL passes", () => {
    for (const prefix of PRIVATE_PREFIXES) {
      expect(shareableKey(request(`/${prefix}`))).toBeNull();
      expect(shareableKey(request(`/${prefix}/x?y=1`))).toBeNull();
    }
    for (const name of PERSONAL_HEADERS) expect(shareableKey(request("/", { [name]: "1" }))).toBeNull();
    expect(shareableKey(request("/?_rsc=abc"))).toBeNull();
    expect(shareableKey(request("/", { cookie: "a=1; __prerender_bypass=x" }))).toBeNull();
    expect(shareableKey(request(`/articles/${"a".repeat(2040)}`))).toBeNull();
    expect(shareableKey(request("/", {}, "POST"))).toBeNull();
    expect(shareableKey(request("/administrators"))).toBe("identity /administrators");
    expect(shareableKey(request("/tags/tv?utm_source=x", { "accept-encoding": "gzip, br" }))).toBe("gzip /tags/tv");
  });

  it("keys URLs as the VCL rewrites them", () => {
    expect(cacheUrl("/feed.json?page=2")).toBe("/feed.json");
    expect(cacheUrl("/sections/tv/feed.xml?x=1")).toBe("/sections/tv/feed.xml");
    expect(cacheUrl("/search?q=a&UTM_Medium=b&fbclid=c")).toBe("/search?q=a");
    expect(cacheUrl("/search?z=1&a=2")).toBe("/search?a=2&z=1");
  });
});
