import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor, readCursor } from "./cursor";

const key = { us: "1767225600123456", id: "0b5e7f0e-6f1c-4d7e-9a51-2f3c4d5e6f70" };

describe("keyset cursors", () => {
  it("round-trips a key as an opaque, URL-safe string", () => {
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(key.id);
    expect(readCursor(cursor)).toEqual(key);
    expect(decodeCursor(cursor)).toEqual(key);
  });

  it.each([
    ["the epoch", { us: "0", id: "00000000-0000-0000-0000-000000000000" }],
    ["the far future", { us: "99999999999999999", id: "ffffffff-ffff-ffff-ffff-ffffffffffff" }],
  ])("round-trips %s", (_, edge) => {
    expect(decodeCursor(encodeCursor(edge))).toEqual(edge);
  });

  const forged: [string, string][] = [
    ["empty", ""],
    ["not base64url", "abc$%"],
    ["padding", `${encodeCursor(key)}=`],
    ["too long", "A".repeat(500)],
    ["a SQL fragment", Buffer.from("1' OR 1=1 --.x").toString("base64url")],
    ["no id", Buffer.from("1767225600123456").toString("base64url")],
    ["not a uuid", Buffer.from("1767225600123456.abc").toString("base64url")],
    ["an id that is not a uuid", Buffer.from("1700000000000000.1 OR 1=1").toString("base64url")],
    ["negative time", Buffer.from(`-1.${key.id}`).toString("base64url")],
    ["a time too large", Buffer.from(`123456789012345678.${key.id}`).toString("base64url")],
    ["uppercase id", Buffer.from(`1.${key.id.toUpperCase()}`).toString("base64url")],
    ["trailing data", Buffer.from(`1.${key.id};drop`).toString("base64url")],
    ["plain text", "not-a-cursor"],
  ];

  it.each(forged)("reads %s as no cursor", (_, cursor) => {
    expect(readCursor(cursor)).toBeNull();
  });

  it.each(forged)("refuses %s with a bad_request error naming the cursor", (_, cursor) => {
    let error: unknown;
    try {
      decodeCursor(cursor);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "bad_request",
      status: 400,
      message: expect.stringMatching(/cursor/),
      details: { fields: { cursor: ["is not valid"] } },
    });
  });
});
