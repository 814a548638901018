/**
 * UK bank holidays per nation, read from the generated table in ./uk-bank-holidays.ts
 * (see scripts/generate-bank-holidays.ts). Dates are UTC calendar dates, like the rest
 * of the letters' date handling. Outside the table's years no day counts as a bank
 * holiday, so working days fall back to Monday to Friday rather than failing.
 */
import { BANK_HOLIDAYS } from "./uk-bank-holidays";

/** The UK's three bank-holiday calendars (Wales shares England's). */
export type Nation = "england-and-wales" | "scotland" | "northern-ireland";

export const NATIONS: readonly Nation[] = ["england-and-wales", "scotland", "northern-ireland"];

export const NATION_LABELS: Readonly<Record<Nation, string>> = {
  "england-and-wales": "England and Wales",
  scotland: "Scotland",
  "northern-ireland": "Northern Ireland",
};

export const DEFAULT_NATION: Nation = "england-and-wales";

/** True for one of the three nation ids: use it on stored or shared values before trusting them. */
export const isNation = (value: unknown): value is Nation => NATIONS.includes(value as Nation);

/** True when `date` is a bank holiday on a weekday in `nation` (within the table's years). */
export function isBankHoliday(date: Date, nation: Nation = DEFAULT_NATION): boolean {
  const year = BANK_HOLIDAYS[date.getUTCFullYear()];
  if (year === undefined) return false;
  const monthDay = String((date.getUTCMonth() + 1) * 100 + date.getUTCDate()).padStart(4, "0");
  // The table's nation codes are the ids' first letters: e, s and n.
  const code = (isNation(nation) ? nation : DEFAULT_NATION)[0]!;
  // A token is "MMDD" (every nation) or "MMDD" plus the codes of the nations it is for.
  return year.split(" ").some((token) => token.startsWith(monthDay) && (token.length === 4 || token.includes(code)));
}
