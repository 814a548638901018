import { describe, expect, it } from "vitest";
import { addWorkingDays, formatLongDate, parseIsoDate, suggestTiming, toIsoDate } from "../../src/lib/letters/timing";

const d = (iso: string): Date => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(iso);
  return date;
};

describe("working days (Monday to Friday)", () => {
  it.each([
    ["Monday + 5 is the next Monday", "2025-11-03", 5, "2025-11-10"],
    ["Friday + 1 is Monday", "2025-11-07", 1, "2025-11-10"],
    ["Friday + 5 is the next Friday", "2025-11-07", 5, "2025-11-14"],
    ["Saturday + 1 is Monday", "2025-11-08", 1, "2025-11-10"],
    ["Sunday + 5 is Friday", "2025-11-09", 5, "2025-11-14"],
    ["across a month end", "2025-10-30", 2, "2025-11-03"],
    ["across a year end", "2025-12-31", 2, "2026-01-02"],
  ])("%s", (_name, from, count, expected) => {
    expect(toIsoDate(addWorkingDays(d(from), count))).toBe(expected);
  });
});

describe("dates", () => {
  it.each([["2025-02-30"], ["2025-13-01"], ["25-01-01"], ["2025-1-1"], [""], ["2025-01-01T00:00"]])(
    "rejects %j",
    (value) => {
      expect(parseIsoDate(value)).toBeNull();
    },
  );

  it.each([
    ["2025-11-04", "Tuesday 4 November"],
    ["2024-02-29", "Thursday 29 February"],
  ])("writes %s as %s", (iso, expected) => {
    expect(formatLongDate(d(iso))).toBe(expected);
  });
});

describe("suggestTiming", () => {
  it("heard on a Thursday and writing the same day: send by Monday, chase the next Thursday", () => {
    const advice = suggestTiming("2025-11-06", "2025-11-06");
    expect(advice && toIsoDate(advice.sendBy)).toBe("2025-11-10");
    expect(advice && toIsoDate(advice.chaseOn)).toBe("2025-11-13");
    expect(advice?.late).toBe(false);
  });

  it("counts the chase from today when today is later than the day they heard", () => {
    const advice = suggestTiming("2025-11-03", "2025-11-12");
    expect(advice && toIsoDate(advice.chaseOn)).toBe("2025-11-19");
    expect(advice?.late).toBe(true);
  });

  it.each([
    ["", "2025-11-06"],
    ["2025-11-07", "2025-11-06"],
    ["nonsense", "2025-11-06"],
  ])("gives no advice for heard=%j today=%j", (heard, today) => {
    expect(suggestTiming(heard, today)).toBeNull();
  });
});
