import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWorkingDay, parseIsoDate, toIsoDate, type Nation } from "../letters/timing";
import { acknowledgeBy, addMonthsClamped, chaseFrom, complainToIcoBy, sarDeadline } from "./deadline";

const d = (iso: string): Date => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(iso);
  return date;
};
const iso = (date: Date | null | undefined): string | null => (date ? toIsoDate(date) : null);
const E: Nation = "england-and-wales";
const S: Nation = "scotland";
const N: Nation = "northern-ireland";

describe("the ICO's worked examples", () => {
  it.each([
    // ico.org.uk SAR checklist: received 3 September, due 3 October.
    ["3 September to 3 October", "2024-09-03", "2024-10-03"],
    // ICO guidance (updated 8 December 2025): 1 January (a bank holiday) runs to 1 February.
    ["1 January, a bank holiday, still counts as day one", "2024-01-01", "2024-02-01"],
    // ICO: Monday 25 November runs to Friday 27 December, as 25 and 26 December are bank holidays.
    ["Monday 25 November to Friday 27 December", "2024-11-25", "2024-12-27"],
    // ICO: 31 January runs to 28 February, or 29 in a leap year; a weekend moves it to Monday.
    ["31 January to 28 February", "2025-01-31", "2025-02-28"],
    ["31 January to 29 February in a leap year", "2024-01-31", "2024-02-29"],
    ["31 January to Monday 2 March when 28 February is a Saturday", "2026-01-31", "2026-03-02"],
    // The brief's examples of a shorter next month.
    ["31 August to 30 September", "2026-08-31", "2026-09-30"],
    ["30 January to 28 February", "2025-01-30", "2025-02-28"],
    ["30 January to 29 February in a leap year", "2024-01-30", "2024-02-29"],
  ])("%s", (_name, received, due) => {
    expect(iso(sarDeadline({ received }, E)?.due)).toBe(due);
  });

  it("counts from the day it was sent when no day of receipt is given (an email arrives that day)", () => {
    expect(iso(sarDeadline({ sent: "2024-09-03" }, E)?.due)).toBe("2024-10-03");
    expect(iso(sarDeadline({ sent: "2024-09-02", received: "2024-09-03" }, E)?.due)).toBe("2024-10-03");
  });

  it("has no due date without a real date", () => {
    expect(sarDeadline({}, E)).toBeNull();
    expect(sarDeadline({ sent: "2026-02-30" }, E)).toBeNull();
    expect(sarDeadline({ received: "not a date" }, E)).toBeNull();
  });
});

describe("bank holidays by nation", () => {
  it("moves past St Andrew's Day in Scotland only", () => {
    // Received Friday 30 October 2026; Monday 30 November 2026 is a bank holiday in Scotland.
    expect(iso(sarDeadline({ received: "2026-10-30" }, E)?.due)).toBe("2026-11-30");
    expect(iso(sarDeadline({ received: "2026-10-30" }, S)?.due)).toBe("2026-12-01");
  });

  it("moves past St Patrick's Day in Northern Ireland only", () => {
    // Received Tuesday 17 February 2026; Tuesday 17 March 2026 is a bank holiday in Northern Ireland.
    expect(iso(sarDeadline({ received: "2026-02-17" }, E)?.due)).toBe("2026-03-17");
    expect(iso(sarDeadline({ received: "2026-02-17" }, N)?.due)).toBe("2026-03-18");
  });
});

describe("proof of identity, clarification and extension", () => {
  it("runs the month from the day proof of identity arrived, when that is later", () => {
    const result = sarDeadline({ received: "2026-03-02", idReceived: "2026-03-10" }, E);
    expect(result?.startsFrom).toBe("identity");
    expect(iso(result?.due)).toBe("2026-04-10");
  });

  it("ignores a proof-of-identity date before the request arrived", () => {
    expect(iso(sarDeadline({ received: "2026-03-02", idReceived: "2026-03-01" }, E)?.due)).toBe("2026-04-02");
  });

  it("moves the date on by the days the clock was stopped, both ends included", () => {
    // Asked on Thursday 10 September, answer received Monday 14 September: 5 days.
    const result = sarDeadline({ received: "2026-09-01", paused: "2026-09-10", resumed: "2026-09-14" }, E);
    expect(result?.stoppedDays).toBe(5);
    expect(iso(result?.due)).toBe("2026-10-06");
  });

  it("applies the weekend rule after the stopped days are added", () => {
    // 1 October 2026 + 2 stopped days is Saturday 3 October: due Monday 5 October.
    expect(iso(sarDeadline({ received: "2026-09-01", paused: "2026-09-10", resumed: "2026-09-11" }, E)?.due)).toBe(
      "2026-10-05",
    );
  });

  it("has no due date while the organisation waits for the clarification", () => {
    const result = sarDeadline({ received: "2026-09-01", paused: "2026-09-10" }, E);
    expect(result?.clockStopped).toBe(true);
    expect(result?.due).toBeNull();
    expect(result?.explanation).toBe(
      "Counting from the day they received your request, Tuesday 1 September 2026, as day one, the same date next month is Thursday 1 October 2026; but the clock stopped on Thursday 10 September 2026, when they asked you to clarify, and it starts again on the day they receive your answer.",
    );
  });

  it("ignores an answer dated before the question", () => {
    expect(iso(sarDeadline({ received: "2026-09-01", paused: "2026-09-10", resumed: "2026-09-09" }, E)?.due)).toBe(
      "2026-10-01",
    );
  });

  it("shows the extended date three months from the start", () => {
    const result = sarDeadline({ received: "2026-09-03", extended: "2026-09-20" }, E);
    // 3 October 2026 is a Saturday.
    expect(iso(result?.due)).toBe("2026-10-05");
    expect(iso(result?.extendedDue)).toBe("2026-12-03");
  });
});

describe("how it was worked out, in one sentence", () => {
  it.each([
    [
      { received: "2024-09-03" },
      E,
      "Counting from the day they received your request, Tuesday 3 September 2024, as day one, the same date next month is Thursday 3 October 2024.",
    ],
    [
      { received: "2026-01-31" },
      E,
      "Counting from the day they received your request, Saturday 31 January 2026, as day one, the same date next month is the last day of that month (it has no 31st), Saturday 28 February 2026; that is not a working day in England and Wales, so it moves to Monday 2 March 2026.",
    ],
    [
      { received: "2026-09-01", paused: "2026-09-10", resumed: "2026-09-14" },
      S,
      "Counting from the day they received your request, Tuesday 1 September 2026, as day one, the same date next month is Thursday 1 October 2026; the 5 days the clock was stopped move it to Tuesday 6 October 2026.",
    ],
    [
      { received: "2026-03-02", idReceived: "2026-03-10" },
      E,
      "Counting from the day they received your proof of identity, Tuesday 10 March 2026, as day one, the same date next month is Friday 10 April 2026.",
    ],
  ])("%j in %s", (dates, nation, sentence) => {
    expect(sarDeadline(dates, nation)?.explanation).toBe(sentence);
  });
});

describe("dates around the request", () => {
  it("chases from the day after the due date", () => {
    expect(toIsoDate(chaseFrom(d("2024-10-03")))).toBe("2024-10-04");
  });

  it("expects a complaint to be acknowledged within 30 days, the day it arrives being the first", () => {
    expect(toIsoDate(acknowledgeBy(d("2026-12-02")))).toBe("2026-12-31");
    expect(toIsoDate(acknowledgeBy(d("2026-01-31")))).toBe("2026-03-01");
  });

  it("gives three months from the last contact to complain to the ICO", () => {
    expect(toIsoDate(complainToIcoBy(d("2026-12-02")))).toBe("2027-03-02");
    expect(toIsoDate(complainToIcoBy(d("2026-11-30")))).toBe("2027-02-28");
  });

  it.each([
    ["2026-08-31", 1, "2026-09-30"],
    ["2024-01-30", 1, "2024-02-29"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-11-30", 3, "2027-02-28"],
  ])("%s plus %i month(s) is %s", (from, months, expected) => {
    expect(toIsoDate(addMonthsClamped(d(from), months))).toBe(expected);
  });
});

describe("properties", () => {
  const day = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2035, 8, 30) }).map((ms) => {
    const date = new Date(ms);
    return toIsoDate(date);
  });
  const nation = fc.constantFrom<Nation>(E, S, N);
  const gap = fc.integer({ min: 0, max: 40 });
  const shift = (isoDate: string, days: number): string =>
    toIsoDate(new Date(d(isoDate).getTime() + days * 86_400_000));

  it("is never before the same date next month, and never a weekend or bank holiday", () => {
    fc.assert(
      fc.property(day, nation, (received, n) => {
        const result = sarDeadline({ received }, n)!;
        expect(result.due!.getTime()).toBeGreaterThanOrEqual(addMonthsClamped(d(received), 1).getTime());
        expect(isWorkingDay(result.due!, n)).toBe(true);
        // Never more than a week past the corresponding date (the longest run of days off is shorter).
        expect(result.due!.getTime() - result.corresponding.getTime()).toBeLessThan(7 * 86_400_000);
      }),
    );
  });

  it("is never earlier when the clock was stopped, and later by at least the stopped days", () => {
    fc.assert(
      fc.property(day, gap, gap, nation, (received, after, length, n) => {
        const paused = shift(received, after);
        const resumed = shift(paused, length);
        const plain = sarDeadline({ received }, n)!;
        const stopped = sarDeadline({ received, paused, resumed }, n)!;
        expect(stopped.stoppedDays).toBe(length + 1);
        expect(stopped.due!.getTime()).toBeGreaterThanOrEqual(plain.due!.getTime());
        expect(stopped.due!.getTime()).toBeGreaterThanOrEqual(
          plain.corresponding.getTime() + (length + 1) * 86_400_000,
        );
        expect(isWorkingDay(stopped.due!, n)).toBe(true);
      }),
    );
  });

  it("never gives an extended date earlier than the due date, and always a working day", () => {
    fc.assert(
      fc.property(day, gap, gap, fc.boolean(), nation, (received, after, length, stop, n) => {
        const paused = stop ? shift(received, after) : "";
        const resumed = stop ? shift(paused, length) : "";
        const result = sarDeadline({ received, paused, resumed, extended: received }, n)!;
        expect(result.extendedDue!.getTime()).toBeGreaterThan(result.due!.getTime());
        expect(isWorkingDay(result.extendedDue!, n)).toBe(true);
      }),
    );
  });

  it("never starts before the request arrived, whatever the identity date", () => {
    fc.assert(
      fc.property(day, day, nation, (received, idReceived, n) => {
        const result = sarDeadline({ received, idReceived }, n)!;
        expect(result.start.getTime()).toBeGreaterThanOrEqual(d(received).getTime());
        expect(result.due!.getTime()).toBeGreaterThanOrEqual(sarDeadline({ received }, n)!.due!.getTime());
      }),
    );
  });
});
