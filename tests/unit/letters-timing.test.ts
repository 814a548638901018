import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  describeTiming,
  formatLongDate,
  parseIsoDate,
  suggestChase,
  suggestTiming,
  toIsoDate,
} from "../../src/lib/letters/timing";

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
  it("heard on a Thursday and writing the same day: send by Tuesday, chase the next Thursday", () => {
    const advice = suggestTiming("2025-11-06", "2025-11-06");
    expect(advice && toIsoDate(advice.sendBy)).toBe("2025-11-11");
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

describe("suggestChase (counted from the feedback request)", () => {
  it.each([
    ["sent Monday, today Tuesday: not yet", "2025-11-03", "2025-11-04", "2025-11-10", false],
    ["sent Monday, today the next Monday: due", "2025-11-03", "2025-11-10", "2025-11-10", true],
    ["sent Friday, today Thursday: not yet", "2025-11-07", "2025-11-13", "2025-11-14", false],
    ["sent long ago: due", "2025-10-01", "2025-11-20", "2025-10-08", true],
  ])("%s", (_name, sent, today, chaseOn, due) => {
    const advice = suggestChase(sent, today);
    expect(advice && toIsoDate(advice.chaseOn)).toBe(chaseOn);
    expect(advice?.due).toBe(due);
  });

  it("gives nothing for a date in the future", () => {
    expect(suggestChase("2025-11-07", "2025-11-06")).toBeNull();
  });
});

describe("describeTiming: the advice under the date", () => {
  it("nothing is said until a date is chosen", () => {
    expect(describeTiming("heard", "", "2025-11-06")).toBeNull();
    expect(describeTiming("requested", "", "2025-11-06")).toBeNull();
  });

  it("heard on a Thursday: send by the Tuesday, follow up from the next Thursday", () => {
    const note = describeTiming("heard", "2025-11-06", "2025-11-06");
    expect(note?.text).toBe(
      "Send it by Tuesday 11 November. If you ask for feedback and hear nothing, follow up once on or after Thursday 13 November, then let it go.",
    );
    expect(note?.remindOn && toIsoDate(note.remindOn)).toBe("2025-11-13");
  });

  it("the phone script says when to call", () => {
    expect(describeTiming("heard", "2025-11-06", "2025-11-06", "call")?.text).toMatch(/^Call by Tuesday 11 November\./);
  });

  it("after three working days it still encourages sending, without a different rule", () => {
    const note = describeTiming("heard", "2025-11-03", "2025-11-07");
    expect(note?.text).toMatch(/^That is more than three working days ago, but a short, polite message is still worth/);
    expect(note?.text).not.toMatch(/day or two|couple of days/);
    expect(note?.remindOn && toIsoDate(note.remindOn)).toBe("2025-11-14");
  });

  it("on the third working day it is not yet late", () => {
    expect(describeTiming("heard", "2025-11-03", "2025-11-06")?.text).toMatch(/^Send it by Thursday 6 November\./);
  });

  it("the chaser: on or after five working days, with a reminder for that day", () => {
    const note = describeTiming("requested", "2025-11-03", "2025-11-05");
    expect(note?.text).toBe("Send this on or after Monday 10 November (five working days later).");
    expect(note?.remindOn && toIsoDate(note.remindOn)).toBe("2025-11-10");
  });

  it("the chaser once that day has come: send it today, and no reminder", () => {
    expect(describeTiming("requested", "2025-11-03", "2025-11-10")).toEqual({
      text: "It has been long enough: send it today.",
      remindOn: null,
    });
  });

  it.each(["heard", "requested"] as const)("a %s date in the future is questioned, with no reminder", (kind) => {
    expect(describeTiming(kind, "2025-11-07", "2025-11-06")).toEqual({
      text: "Choose a date that is not in the future.",
      remindOn: null,
    });
  });
});
