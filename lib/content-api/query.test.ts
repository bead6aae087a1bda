import { describe, expect, it } from "vitest";
import { parseContentListQuery } from "./query";
import { encodeCursor } from "@/lib/articles/cursor";

const parse = (query: string) => parseContentListQuery(new URLSearchParams(query));
const key = { us: "1767225600123456", id: "0b5e7f0e-6f1c-4d7e-9a51-2f3c4d5e6f70" };

describe("parseContentListQuery", () => {
  it("defaults to the first 20 of everything", () => {
    expect(parse("")).toEqual({ ok: true, query: { limit: 20 } });
    expect(parse("tag=&limit=")).toEqual({ ok: true, query: { limit: 20 } });
  });

  it("reads filters, limit and cursor", () => {
    const result = parse(`tag=salt-and-ember&section=tv&author=jonah-pell&limit=50&cursor=${encodeCursor(key)}`);
    expect(result).toEqual({
      ok: true,
      query: { tag: "salt-and-ember", section: "tv", author: "jonah-pell", limit: 50, after: key },
    });
  });

  it.each(["0", "51", "-1", "1.5", "1e1", "ten", "9999999999", " 5"])("refuses limit=%j", (limit) => {
    const result = parse(`limit=${encodeURIComponent(limit)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields.limit).toEqual(["must be a whole number from 1 to 50"]);
  });

  it("refuses a cursor it did not issue", () => {
    const result = parse("cursor=not-a-cursor");
    expect(result).toEqual({ ok: false, fields: { cursor: [expect.stringContaining("not one this API issued")] } });
  });

  it("refuses slugs that cannot exist, unknown and repeated parameters", () => {
    const result = parse(`tag=${encodeURIComponent("<script>")}&section=${"a".repeat(500)}&tags=x&author=a&author=b`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fields).sort()).toEqual(["author", "section", "tag", "tags"]);
    expect(result.fields.author).toEqual(["must be given once"]);
  });

  it("does not echo a parameter name that is not plainly a name", () => {
    for (const key of ["x".repeat(5000), "<script>alert(1)</script>", "a b"]) {
      const result = parse(`${encodeURIComponent(key)}=1`);
      expect(result).toEqual({ ok: false, fields: { _: [expect.stringContaining("is not a parameter")] } });
    }
    expect(parse("q=ferry")).toEqual({ ok: false, fields: { q: [expect.stringContaining("is not a parameter")] } });
  });
});
