/**
 * Dates for the letters and the timing advice. Dates are plain "YYYY-MM-DD" strings
 * handled in UTC so that the result never depends on the reader's time zone.
 * Working days are Monday to Friday less the bank holidays of the reader's nation
 * (England and Wales unless they choose otherwise); see ../dates/bank-holidays.ts for
 * the years covered and what happens outside them.
 */
import { DEFAULT_NATION, isBankHoliday, type Nation } from "../../platform/dates/bank-holidays";
import { TIMING_WORDING } from "./wording";
import { CHASE_AFTER_WORKING_DAYS, SEND_WITHIN_WORKING_DAYS } from "./working-days";

export { CHASE_AFTER_WORKING_DAYS, SEND_WITHIN_WORKING_DAYS };

export { DEFAULT_NATION, NATIONS, NATION_LABELS, isNation, type Nation } from "../../platform/dates/bank-holidays";

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Parses "YYYY-MM-DD" into a UTC date, or null when it is not a real calendar date. */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** Formats a date as "YYYY-MM-DD". */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The local calendar date of a moment, as "YYYY-MM-DD" (what "today" means to the reader). */
export function localIsoDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** "Tuesday 4 November", or with the year: "Tuesday 4 November 2025". */
export function formatLongDate(date: Date, withYear = false): string {
  const text = `${DAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  return withYear ? `${text} ${date.getUTCFullYear()}` : text;
}

/** Monday to Friday and not a bank holiday in `nation`. */
export const isWorkingDay = (date: Date, nation: Nation = DEFAULT_NATION): boolean =>
  date.getUTCDay() !== 0 && date.getUTCDay() !== 6 && !isBankHoliday(date, nation);

/** The date `count` working days after `date` (weekends and `nation`'s bank holidays skipped). */
export function addWorkingDays(date: Date, count: number, nation: Nation = DEFAULT_NATION): Date {
  const result = new Date(date.getTime());
  let left = count;
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    if (isWorkingDay(result, nation)) left--;
  }
  return result;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: Date, to: Date): number => Math.round((to.getTime() - from.getTime()) / 86_400_000);

export interface TimingAdvice {
  /** The last working day of the suggested window for thanks and a feedback request. */
  sendBy: Date;
  /** The day to send one chaser if nothing has come back: five working days after sending. */
  chaseOn: Date;
  /** The day the chase is counted from: the day they heard, or today if that is later. */
  sentOn: Date;
  /** True when the suggested window for sending has already passed. */
  late: boolean;
}

/**
 * From the day someone heard the outcome (and today), suggests when to send and when to
 * chase. Returns null when the date they heard is missing, invalid or in the future.
 */
export function suggestTiming(
  heardIso: string,
  todayIso: string,
  nation: Nation = DEFAULT_NATION,
): TimingAdvice | null {
  const heard = parseIsoDate(heardIso);
  const today = parseIsoDate(todayIso);
  if (!heard || !today || heard > today) return null;
  const sendBy = addWorkingDays(heard, SEND_WITHIN_WORKING_DAYS, nation);
  const sentOn = today > heard ? today : heard;
  return { sendBy, chaseOn: addWorkingDays(sentOn, CHASE_AFTER_WORKING_DAYS, nation), sentOn, late: today > sendBy };
}

export interface ChaseAdvice {
  /** Five working days after the feedback request went out. */
  chaseOn: Date;
  /** True when that day has come: send the chaser today. */
  due: boolean;
}

/**
 * From the day a feedback request was sent (and today), when to send one chaser.
 * Null when the date is missing, invalid or in the future.
 */
export function suggestChase(
  requestedIso: string,
  todayIso: string,
  nation: Nation = DEFAULT_NATION,
): ChaseAdvice | null {
  const requested = parseIsoDate(requestedIso);
  const today = parseIsoDate(todayIso);
  if (!requested || !today || requested > today) return null;
  const chaseOn = addWorkingDays(requested, CHASE_AFTER_WORKING_DAYS, nation);
  return { chaseOn, due: today >= chaseOn };
}

export interface TimingNote {
  /** The advice to show under the date. */
  text: string;
  /** The day a calendar reminder is for, or null when there is nothing to remind. */
  remindOn: Date | null;
}

// A function replacement is inserted literally, never read as a "$" pattern.
const withDate = (template: string, date: Date): string => template.replace("{date}", () => formatLongDate(date));

/**
 * The "When to send it" advice for one date: `heard` (thanks, a feedback request or a
 * call, sent with `verb`) or `requested` (the chaser). Null when no date is chosen.
 */
export function describeTiming(
  kind: "heard" | "requested",
  dateIso: string,
  todayIso: string,
  verb: "send" | "call" = "send",
  nation: Nation = DEFAULT_NATION,
): TimingNote | null {
  if (dateIso === "") return null;
  const w = TIMING_WORDING;
  if (kind === "requested") {
    const chase = suggestChase(dateIso, todayIso, nation);
    if (!chase) return { text: w.future, remindOn: null };
    return chase.due
      ? { text: w.chaseDue, remindOn: null }
      : { text: withDate(w.chaseOn, chase.chaseOn), remindOn: chase.chaseOn };
  }
  const advice = suggestTiming(dateIso, todayIso, nation);
  if (!advice) return { text: w.future, remindOn: null };
  const send = advice.late ? w.late[verb] : withDate(w.sendBy[verb], advice.sendBy);
  return { text: `${send} ${withDate(w.chaseIf, advice.chaseOn)}`, remindOn: advice.chaseOn };
}
