import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { installedVersion, renderBankHolidayTable } from "../../../scripts/generate-bank-holidays";
import { isBankHoliday, type Nation } from "./bank-holidays";
import { FIRST_YEAR, LAST_YEAR } from "./uk-bank-holidays";

const tablePath = new URL("./uk-bank-holidays.ts", import.meta.url);

/** Every day of a year that isBankHoliday says is off, as "MM-DD". */
function holidaysIn(year: number, nation: Nation): string[] {
  const days: string[] = [];
  for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year;) {
    if (isBankHoliday(day, nation)) days.push(day.toISOString().slice(5, 10));
    day = new Date(day.getTime() + 86_400_000);
  }
  return days;
}

describe("the generated bank holiday table", () => {
  it("matches what the installed date-holidays computes (run `npm run generate:holidays` if not)", async () => {
    const committed = readFileSync(tablePath, "utf8");
    expect(committed).toBe(renderBankHolidayTable(await installedVersion()));
  });

  it("covers this year and next (widen LAST_YEAR when this fails), so the dates the site suggests skip holidays", () => {
    expect(FIRST_YEAR).toBeLessThanOrEqual(2025);
    expect(LAST_YEAR).toBeGreaterThanOrEqual(new Date().getUTCFullYear() + 1);
  });

  // Weekday bank holidays as published on GOV.UK, typed from that list rather than the package.
  it.each([
    ["england-and-wales", 2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26"],
    ["scotland", 2025, "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26"],
    ["northern-ireland", 2025, "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26"],
    ["england-and-wales", 2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28"],
    ["scotland", 2026, "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28"],
    ["northern-ireland", 2026, "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28"],
    ["england-and-wales", 2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28"],
    ["scotland", 2027, "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28"],
    ["northern-ireland", 2027, "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28"],
  ] as const)("%s %i: the published weekday bank holidays", (nation, year, expected) => {
    expect(holidaysIn(year, nation).join(" ")).toBe(expected);
  });

  it("has no bank holiday outside its years, so only weekends are skipped there", () => {
    expect(holidaysIn(FIRST_YEAR - 1, "england-and-wales")).toEqual([]);
    expect(holidaysIn(LAST_YEAR + 1, "scotland")).toEqual([]);
  });

  it("never lists a weekend (a holiday on a Saturday or Sunday appears as its substitute)", () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const nation of ["england-and-wales", "scotland", "northern-ireland"] as const) {
        for (const monthDay of holidaysIn(year, nation)) {
          expect(new Date(`${year}-${monthDay}T00:00:00Z`).getUTCDay() % 6).not.toBe(0);
        }
        // Every nation has at least eight bank holidays a year; some fall on weekends.
        expect(holidaysIn(year, nation).length).toBeGreaterThanOrEqual(8);
      }
    }
  });
});
