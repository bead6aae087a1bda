import { describe, expect, it } from "vitest";
import { utcToZonedLocal, zonedLocalToUtc, zoneLabel } from "./zoned";

const NY = "America/New_York";

describe("zonedLocalToUtc", () => {
  it("reads winter and summer times with their own offsets", () => {
    expect(zonedLocalToUtc("2026-01-15T09:00", NY)?.toISOString()).toBe("2026-01-15T14:00:00.000Z");
    expect(zonedLocalToUtc("2026-07-15T09:00", NY)?.toISOString()).toBe("2026-07-15T13:00:00.000Z");
    expect(zonedLocalToUtc("2026-07-15T09:00", "Europe/Paris")?.toISOString()).toBe("2026-07-15T07:00:00.000Z");
  });

  it("handles the spring-forward day (8 March 2026 in New York)", () => {
    expect(zonedLocalToUtc("2026-03-08T01:30", NY)?.toISOString()).toBe("2026-03-08T06:30:00.000Z");
    expect(zonedLocalToUtc("2026-03-08T09:00", NY)?.toISOString()).toBe("2026-03-08T13:00:00.000Z");
    // 02:30 does not exist that night; it means 03:30 EDT.
    expect(zonedLocalToUtc("2026-03-08T02:30", NY)?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
  });

  it("handles the fall-back day (1 November 2026 in New York)", () => {
    // 01:30 happens twice; the first (EDT) is meant.
    expect(zonedLocalToUtc("2026-11-01T01:30", NY)?.toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(zonedLocalToUtc("2026-11-01T09:00", NY)?.toISOString()).toBe("2026-11-01T14:00:00.000Z");
  });

  it("refuses what is not a wall-clock time", () => {
    for (const bad of ["", "2026-02-31T09:00", "2026-13-01T09:00", "2026-01-01 09:00", "2026-01-01T24:00", "tomorrow"]) {
      expect(zonedLocalToUtc(bad, NY), bad).toBeNull();
    }
  });
});

describe("utcToZonedLocal", () => {
  it("shows instants on the newsroom's clock, across both changes", () => {
    expect(utcToZonedLocal(new Date("2026-03-08T13:00:00Z"), NY)).toBe("2026-03-08T09:00");
    expect(utcToZonedLocal(new Date("2026-11-01T05:30:00Z"), NY)).toBe("2026-11-01T01:30");
    expect(utcToZonedLocal(new Date("2026-11-01T06:30:00Z"), NY)).toBe("2026-11-01T01:30");
    expect(utcToZonedLocal(new Date("2026-11-01T14:00:00Z"), NY)).toBe("2026-11-01T09:00");
  });
});

describe("zoneLabel", () => {
  it("writes every underscore of a zone name as a space", () => {
    expect(zoneLabel("America/Port_of_Spain")).toBe("America/Port of Spain");
  });
});
