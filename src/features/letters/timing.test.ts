import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  describeTiming,
  formatLongDate,
  isNation,
  isWorkingDay,
  NATION_LABELS,
  NATIONS,
  parseIsoDate,
  suggestChase,
  suggestTiming,
  toIsoDate,
  type Nation,
} from "./timing";

const d = (iso: string): Date => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(iso);
  return date;
};

describe("working days (Monday to Friday, away from bank holidays)", () => {
  it.each([
    ["Monday + 5 is the next Monday", "2025-11-03", 5, "2025-11-10"],
    ["Friday + 1 is Monday", "2025-11-07", 1, "2025-11-10"],
    ["Friday + 5 is the next Friday", "2025-11-07", 5, "2025-11-14"],
    ["Saturday + 1 is Monday", "2025-11-08", 1, "2025-11-10"],
    ["Sunday + 5 is Friday", "2025-11-09", 5, "2025-11-14"],
    ["across a month end", "2025-10-30", 2, "2025-11-03"],
    ["across a month end", "2025-09-30", 2, "2025-10-02"],
  ])("%s", (_name, from, count, expected) => {
    expect(toIsoDate(addWorkingDays(d(from), count))).toBe(expected);
  });
});

const E: Nation = "england-and-wales";
const S: Nation = "scotland";
const N: Nation = "northern-ireland";

describe("working days skip each nation's bank holidays", () => {
  it.each([
    // The example in the issue: 25 December is a Friday and Boxing Day's substitute is Monday 28.
    ["England: a request sent Tue 22 Dec 2026 is chased on Thu 31 Dec", "2026-12-22", 5, E, "2026-12-31"],
    ["Scotland: the same request is also chased on Thu 31 Dec", "2026-12-22", 5, S, "2026-12-31"],
    // From Monday 28 December 2026: 29, 30, 31, then 1 January (and, in Scotland, Monday 4) off.
    ["England: a request sent Mon 28 Dec 2026 is chased on Tue 5 Jan", "2026-12-28", 5, E, "2027-01-05"],
    ["Scotland: the same request is chased on Wed 6 Jan", "2026-12-28", 5, S, "2027-01-06"],
    ["Northern Ireland: the same request, chased on Thu 31 Dec", "2026-12-22", 5, N, "2026-12-31"],
    ["England: Christmas 2027 on a Saturday moves both days to Mon 27 and Tue 28", "2027-12-24", 1, E, "2027-12-29"],
    ["England: New Year's Day 2026 is skipped", "2025-12-31", 1, E, "2026-01-02"],
    ["Scotland: 1 and 2 January 2026 are both skipped", "2025-12-31", 1, S, "2026-01-05"],
    ["Scotland: 2 January 2027 is a Saturday, so Monday 4 January is off", "2026-12-31", 1, S, "2027-01-05"],
    ["England: 2 January 2026 is an ordinary Friday", "2026-01-01", 1, E, "2026-01-02"],
    // Easter 2026: Good Friday 3 April everywhere; Easter Monday 6 April not in Scotland.
    ["England: Thursday before Easter 2026 + 1 is Tuesday", "2026-04-02", 1, E, "2026-04-07"],
    ["Scotland: Thursday before Easter 2026 + 1 is Monday", "2026-04-02", 1, S, "2026-04-06"],
    ["Northern Ireland: Thursday before Easter 2026 + 1 is Tuesday", "2026-04-02", 1, N, "2026-04-07"],
    ["England: Easter 2027 (26 and 29 March) inside a five-day wait", "2027-03-24", 5, E, "2027-04-02"],
    ["Scotland: St Andrew's Day 2026 is Monday 30 November", "2026-11-27", 1, S, "2026-12-01"],
    ["Scotland: St Andrew's Day 2025 falls on Sunday, so Monday 1 December is off", "2025-11-28", 1, S, "2025-12-02"],
    ["England: no St Andrew's Day", "2025-11-28", 1, E, "2025-12-01"],
    ["Northern Ireland: St Patrick's Day, Tuesday 17 March 2026", "2026-03-16", 1, N, "2026-03-18"],
    ["England: 17 March 2026 is an ordinary Tuesday", "2026-03-16", 1, E, "2026-03-17"],
    ["Northern Ireland: 12 July 2027 is a Monday and a holiday", "2027-07-09", 1, N, "2027-07-13"],
    ["Northern Ireland: 12 July 2026 is a Sunday, so Monday 13 July is off", "2026-07-10", 1, N, "2026-07-14"],
    ["Scotland: the summer holiday is the first Monday of August (2026-08-03)", "2026-07-31", 1, S, "2026-08-04"],
    ["England: the summer holiday is the last Monday of August (2026-08-31)", "2026-08-28", 1, E, "2026-09-01"],
  ])("%s", (_name, from, count, nation, expected) => {
    expect(toIsoDate(addWorkingDays(d(from), count, nation))).toBe(expected);
  });

  it("suggestChase counts from the request in the reader's nation (England by default)", () => {
    expect(toIsoDate(suggestChase("2026-12-22", "2026-12-22")!.chaseOn)).toBe("2026-12-31");
    expect(toIsoDate(suggestChase("2026-12-28", "2026-12-28")!.chaseOn)).toBe("2027-01-05");
    expect(toIsoDate(suggestChase("2026-12-28", "2026-12-28", S)!.chaseOn)).toBe("2027-01-06");
  });

  it("suggestTiming: heard on Christmas Eve 2026, send by and chase on skip the holidays", () => {
    // Thursday 24 December: the next working days are Tue 29, Wed 30, Thu 31, then
    // Mon 4 January in England and Northern Ireland but Tue 5 in Scotland.
    const england = suggestTiming("2026-12-24", "2026-12-24");
    expect(england && toIsoDate(england.sendBy)).toBe("2026-12-31");
    expect(england && toIsoDate(england.chaseOn)).toBe("2027-01-05");
    const scotland = suggestTiming("2026-12-24", "2026-12-24", S);
    expect(scotland && toIsoDate(scotland.sendBy)).toBe("2026-12-31");
    expect(scotland && toIsoDate(scotland.chaseOn)).toBe("2027-01-06");
  });

  it("the calendar reminder's day skips holidays too", () => {
    const note = describeTiming("requested", "2026-12-22", "2026-12-23", "send", E);
    expect(note?.remindOn && toIsoDate(note.remindOn)).toBe("2026-12-31");
    expect(note?.text).toContain("Thursday 31 December");
  });

  it.each([
    ["2026-12-25", E, false],
    ["2026-12-28", N, false],
    ["2026-04-06", S, true],
    ["2026-04-06", E, false],
    ["2026-01-02", S, false],
    ["2026-01-02", E, true],
    ["2026-03-17", N, false],
    ["2026-11-30", S, false],
    ["2026-11-30", N, true],
  ] as const)("%s in %s is a working day: %s", (iso, nation, expected) => {
    expect(isWorkingDay(d(iso), nation)).toBe(expected);
  });

  it("outside the table's years only weekends are skipped", () => {
    // Christmas 2040 is a Tuesday; beyond the table it counts as a working day, by design.
    expect(toIsoDate(addWorkingDays(d("2040-12-24"), 1))).toBe("2040-12-25");
    expect(toIsoDate(addWorkingDays(d("2040-12-28"), 1))).toBe("2040-12-31");
    expect(toIsoDate(addWorkingDays(d("2020-12-24"), 1))).toBe("2020-12-25");
  });

  it("lists three nations with labels, and recognises only those ids", () => {
    expect(NATIONS.map((nation) => NATION_LABELS[nation])).toEqual([
      "England and Wales",
      "Scotland",
      "Northern Ireland",
    ]);
    expect(NATIONS.every(isNation)).toBe(true);
    for (const value of ["wales", "", null, undefined, 1, "England and Wales", "__proto__", "toString"]) {
      expect(isNation(value)).toBe(false);
    }
  });
});

describe("working days: properties", () => {
  // 2022 to 2038 reaches past both ends of the table, where only weekends count.
  const anyDate = fc
    .integer({ min: Date.UTC(2022, 0, 1) / 86_400_000, max: Date.UTC(2038, 11, 31) / 86_400_000 })
    .map((day) => new Date(day * 86_400_000));
  const anyNation = fc.constantFrom(...NATIONS);

  it("N working days later is a working day in that nation, after the start, with exactly N working days", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 40 }), anyNation, (start, count, nation) => {
        const end = addWorkingDays(start, count, nation);
        expect(isWorkingDay(end, nation)).toBe(true);
        expect(end.getTime()).toBeGreaterThan(start.getTime());
        let counted = 0;
        for (let day = new Date(start.getTime() + 86_400_000); day <= end; day = new Date(day.getTime() + 86_400_000)) {
          if (isWorkingDay(day, nation)) counted++;
        }
        expect(counted).toBe(count);
        // No bank-holiday season holds more than a week and a half of days off in a row.
        expect((end.getTime() - start.getTime()) / 86_400_000).toBeLessThanOrEqual(count * 5 + 6);
      }),
    );
  });

  it("zero working days leaves the date as it is, and the input is never changed", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 20 }), anyNation, (start, count, nation) => {
        const before = start.getTime();
        const end = addWorkingDays(start, count, nation);
        expect(start.getTime()).toBe(before);
        if (count === 0) expect(end.getTime()).toBe(before);
      }),
    );
  });

  it("a nation's holidays never make a date earlier than weekends alone would", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 30 }), anyNation, (start, count, nation) => {
        let weekdays = new Date(start.getTime());
        for (let left = count; left > 0;) {
          weekdays = new Date(weekdays.getTime() + 86_400_000);
          if (weekdays.getUTCDay() % 6 !== 0) left--;
        }
        expect(addWorkingDays(start, count, nation).getTime()).toBeGreaterThanOrEqual(weekdays.getTime());
      }),
    );
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
      "Send it by Tuesday 11 November. If you ask for feedback today and hear nothing, follow up once from Thursday 13 November, then let it go.",
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
