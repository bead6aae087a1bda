import { describe, expect, it } from "vitest";
import { decodeListCursor, encodeListCursor } from "./cursor";

const key = { publishedUs: "1767225600123456", id: "0b5e7f0e-6f1c-4d7e-9a51-2f3c4d5e6f70" };

describe("list cursors", () => {
  it("round-trips a key as an opaque, URL-safe string", () => {
    const cursor = encodeListCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(key.id);
    expect(decodeListCursor(cursor)).toEqual(key);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "abc$%"],
    ["padding", `${encodeListCursor(key)}=`],
    ["too long", "A".repeat(500)],
    ["a SQL fragment", Buffer.from("1' OR 1=1 --.x").toString("base64url")],
    ["no id", Buffer.from("1767225600123456").toString("base64url")],
    ["not a uuid", Buffer.from("1767225600123456.abc").toString("base64url")],
    ["negative time", Buffer.from(`-1.${key.id}`).toString("base64url")],
    ["uppercase id", Buffer.from(`1.${key.id.toUpperCase()}`).toString("base64url")],
    ["trailing data", Buffer.from(`1.${key.id};drop`).toString("base64url")],
  ])("refuses %s", (_, cursor) => {
    expect(decodeListCursor(cursor)).toBeNull();
  });
});
