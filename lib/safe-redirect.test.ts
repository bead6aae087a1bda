import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-redirect";

describe("safeReturnPath", () => {
  it.each(["/admin", "/admin/articles?status=draft"])("keeps the site path %s", (p) => expect(safeReturnPath(p)).toBe(p));
  it.each(["//evil.example", "/\\evil.example", "https://evil.example/admin", "javascript:alert(1)", "admin", "/\t/evil.example", null])("refuses %j", (p) =>
    expect(safeReturnPath(p)).toBe("/admin"),
  );
});
