import { describe, expect, it } from "vitest";
import { addMonths, calendarRange, isDay, localDay, localTime, stepAnchor } from "./calendar";

const NY = "America/New_York";

describe("calendarRange", () => {
  it("shows Monday to Sunday around any day of the week", () => {
    const week = calendarRange("week", "2026-11-22", NY); // a Sunday
    expect(week.days).toEqual(["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"]);
    expect(week.start.toISOString()).toBe("2026-11-16T05:00:00.000Z");
    expect(week.end.toISOString()).toBe("2026-11-23T05:00:00.000Z");
  });

  it("bounds the week of a daylight-saving change by the real midnights (23 or 25 hours in the changing day)", () => {
    const spring = calendarRange("week", "2026-03-08", NY);
    expect(spring.start.toISOString()).toBe("2026-03-02T05:00:00.000Z");
    expect(spring.end.toISOString()).toBe("2026-03-09T04:00:00.000Z");
    const fall = calendarRange("week", "2026-11-01", NY);
    expect(fall.start.toISOString()).toBe("2026-10-26T04:00:00.000Z");
    expect(fall.end.toISOString()).toBe("2026-11-02T05:00:00.000Z");
  });

  it("shows whole weeks covering the month", () => {
    const month = calendarRange("month", "2026-11-22", NY);
    expect(month.days[0]).toBe("2026-10-26");
    expect(month.days.at(-1)).toBe("2026-12-06");
    expect(month.days).toHaveLength(42);
    expect(month.monthOf).toBe("2026-11-01");
    expect(calendarRange("month", "2027-02-10", NY).days).toHaveLength(28); // February 2027 starts on a Monday
  });
});

describe("day arithmetic", () => {
  it("steps weeks and months, keeping the day where the month has it", () => {
    expect(stepAnchor("week", "2026-12-28", 1)).toBe("2027-01-04");
    expect(stepAnchor("month", "2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
  });

  it("reads the newsroom's day and time of an instant", () => {
    const lateEvening = new Date("2026-11-23T03:30:00Z");
    expect(localDay(lateEvening, NY)).toBe("2026-11-22");
    expect(localTime(lateEvening, NY)).toBe("22:30");
  });

  it("accepts only real days", () => {
    expect(isDay("2026-02-28")).toBe(true);
    for (const bad of ["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", "", "0000-01-01"]) expect(isDay(bad)).toBe(false);
  });
});
