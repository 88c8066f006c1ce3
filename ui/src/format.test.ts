import process from "node:process";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDate, isoDateAfter, localIsoDate, localIsoDateAfter } from "./format";

// The practice's computer in England, whatever zone the test runs in.
beforeAll(() => {
  process.env.TZ = "Europe/London";
});

describe("the local calendar date", () => {
  it("is already the next day at 00:30 in British Summer Time, where UTC is still on the day before", () => {
    const halfPastMidnight = new Date(Date.UTC(2026, 5, 14, 23, 30));
    expect(halfPastMidnight.getHours()).toBe(0);
    expect(halfPastMidnight.toISOString().slice(0, 10)).toBe("2026-06-14");
    expect(localIsoDate(halfPastMidnight)).toBe("2026-06-15");
    expect(localIsoDate(new Date(Date.UTC(2026, 5, 14, 22, 59)))).toBe("2026-06-14");
  });

  it("is the same as UTC's in winter, on Greenwich Mean Time", () => {
    expect(localIsoDate(new Date(Date.UTC(2026, 11, 14, 23, 30)))).toBe("2026-12-14");
    expect(localIsoDate(new Date(Date.UTC(2026, 11, 15, 0, 0)))).toBe("2026-12-15");
  });

  it("counts calendar days forward across the clocks changing", () => {
    const halfPastMidnight = new Date(Date.UTC(2026, 5, 14, 23, 30));
    expect(localIsoDateAfter(halfPastMidnight, 0)).toBe("2026-06-15");
    expect(localIsoDateAfter(halfPastMidnight, 28)).toBe("2026-07-13");
    // 00:30 on the Saturday before the clocks go back: a day later is Sunday, two days Monday.
    const beforeAutumn = new Date(Date.UTC(2026, 9, 23, 23, 30));
    expect(localIsoDateAfter(beforeAutumn, 1)).toBe("2026-10-25");
    expect(localIsoDateAfter(beforeAutumn, 2)).toBe("2026-10-26");
    expect(localIsoDateAfter(new Date(Date.UTC(2026, 2, 28, 0, 30)), 1)).toBe("2026-03-29");
    expect(localIsoDateAfter(new Date(Date.UTC(2026, 11, 31, 12, 0)), 1)).toBe("2027-01-01");
  });

  it("pads the year, month and day", () => {
    expect(localIsoDate(new Date(2026, 0, 5, 12))).toBe("2026-01-05");
  });
});

describe("formatDate", () => {
  it("shows a calendar date as it is, in any zone", () => {
    expect(formatDate("2026-06-15", "en-GB")).toBe("15 June 2026");
  });
});

describe("a date some days after another", () => {
  it("counts calendar days across months, years and the clocks changing", () => {
    expect(isoDateAfter("2026-03-28", 1)).toBe("2026-03-29");
    expect(isoDateAfter("2026-03-29", 1)).toBe("2026-03-30");
    expect(isoDateAfter("2026-12-31", 1)).toBe("2027-01-01");
    expect(isoDateAfter("2026-03-01", -1)).toBe("2026-02-28");
  });
});
