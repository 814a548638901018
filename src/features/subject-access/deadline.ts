/**
 * When an organisation must answer a subject access request, and the dates that hang
 * off it. Pure: dates are "YYYY-MM-DD" strings handled in UTC, like the letters'.
 *
 * The rules, as the ICO's right of access guidance puts them (checked 2 December 2026,
 * ico.org.uk "What should we consider when responding to a request?", updated
 * 8 December 2025) and DPA 2018 s.54(3C) (legislation.gov.uk, checked 2 December 2026):
 * - Day one is the day the organisation receives the request (an email arrives the day
 *   it is sent), or the day it receives proof of identity it asked for, if later.
 * - The answer is due on the same date in the next month; where that month has no such
 *   date, on its last day.
 * - Days from the day the organisation asks for clarification to the day it receives
 *   the answer, both included, do not count: the date moves on by that many days.
 * - A due date on a weekend or bank holiday moves to the next working day (bank
 *   holidays by UK nation).
 * - An extension for a complex request runs three months from the same start.
 */
import { formatLongDate, isWorkingDay, parseIsoDate, type Nation } from "../letters/timing";
import { NATION_LABELS } from "../../platform/dates/bank-holidays";

const DAY_MS = 86_400_000;

/** `date` moved on by `days` calendar days. */
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

/**
 * The same date `months` later; where that month is shorter, its last day
 * (31 August + 1 month is 30 September; 30 January is 28 or 29 February).
 */
export function addMonthsClamped(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** `date` itself when it is a working day in `nation`, otherwise the next one. */
export function nextWorkingDay(date: Date, nation: Nation): Date {
  let day = date;
  while (!isWorkingDay(day, nation)) day = addDays(day, 1);
  return day;
}

/** Calendar days from `from` to `to`, both included (1 when they are the same day). */
export const daysInclusive = (from: Date, to: Date): number => Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;

/** What the reader knows about their request; every field is "YYYY-MM-DD" or "". */
export interface RequestDates {
  /** The day they sent it. */
  sent: string;
  /** The day the organisation received it; "" means the day it was sent (email). */
  received: string;
  /** The day the organisation received proof of identity it asked for, if it asked. */
  idReceived: string;
  /** The day the organisation asked them to clarify the request ("stopped the clock"). */
  paused: string;
  /** The day the organisation received their answer. */
  resumed: string;
  /** The day the organisation said it was extending the time (a complex request). */
  extended: string;
}

export interface SarDeadline {
  /** Day one: receipt of the request, or of the proof of identity if later. */
  start: Date;
  startsFrom: "request" | "identity";
  /** The same date a month later (or that month's last day). */
  corresponding: Date;
  /** Days that do not count because the clock was stopped (0 when it was not). */
  stoppedDays: number;
  /** True while the organisation waits for the reader's clarification: no due date yet. */
  clockStopped: boolean;
  /** The answer is due by the end of this day; null while the clock is stopped. */
  due: Date | null;
  /** The due date with the two-month extension, when the organisation has extended. */
  extendedDue: Date | null;
  /** How the date was worked out, in one sentence. */
  explanation: string;
}

const ORDINALS: Record<number, string> = { 1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st" };
const ordinal = (n: number): string => `${n}${ORDINALS[n] ?? "th"}`;
const long = (date: Date): string => formatLongDate(date, true);

/**
 * Works out when the answer to a subject access request is due. Null when neither the
 * day it was sent nor the day it was received is a real date. Clarification dates that
 * make no sense (an answer before the question, a question before the request) are
 * ignored rather than trusted.
 */
export function sarDeadline(dates: Partial<RequestDates>, nation: Nation): SarDeadline | null {
  const received = parseIsoDate(dates.received ?? "") ?? parseIsoDate(dates.sent ?? "");
  if (!received) return null;
  const identity = parseIsoDate(dates.idReceived ?? "");
  const startsFrom = identity && identity > received ? "identity" : "request";
  const start = startsFrom === "identity" && identity ? identity : received;
  const corresponding = addMonthsClamped(start, 1);
  const clamped = corresponding.getUTCDate() !== start.getUTCDate();

  const asked = parseIsoDate(dates.paused ?? "");
  const answered = parseIsoDate(dates.resumed ?? "");
  const askedValid = asked !== null && asked >= received;
  const clockStopped = askedValid && answered === null;
  const stoppedDays = askedValid && answered && answered >= asked ? daysInclusive(asked, answered) : 0;

  const startWords =
    startsFrom === "identity"
      ? `the day they received your proof of identity, ${long(start)}`
      : `the day they received your request, ${long(start)}`;
  const first = `Counting from ${startWords}, as day one, the same date next month is ${
    clamped ? `the last day of that month (it has no ${ordinal(start.getUTCDate())}), ` : ""
  }${long(corresponding)}`;

  if (clockStopped && asked) {
    return {
      start,
      startsFrom,
      corresponding,
      stoppedDays: 0,
      clockStopped,
      due: null,
      extendedDue: null,
      explanation: `${first}; but the clock stopped on ${long(asked)}, when they asked you to clarify, and it starts again on the day they receive your answer.`,
    };
  }

  const shifted = addDays(corresponding, stoppedDays);
  const due = nextWorkingDay(shifted, nation);
  const extendedDue = parseIsoDate(dates.extended ?? "")
    ? nextWorkingDay(addDays(addMonthsClamped(start, 3), stoppedDays), nation)
    : null;
  const parts = [first];
  if (stoppedDays > 0)
    parts.push(
      `the ${stoppedDays} ${stoppedDays === 1 ? "day" : "days"} the clock was stopped move it to ${long(shifted)}`,
    );
  if (due.getTime() !== shifted.getTime())
    parts.push(`that is not a working day in ${NATION_LABELS[nation]}, so it moves to ${long(due)}`);
  return {
    start,
    startsFrom,
    corresponding,
    stoppedDays,
    clockStopped: false,
    due,
    extendedDue,
    explanation: `${parts.join("; ")}.`,
  };
}

/** The day to send one polite chaser: the day after the due date has passed. */
export const chaseFrom = (due: Date): Date => addDays(due, 1);

/**
 * The last day for an organisation to acknowledge a data protection complaint: the
 * 30-day period begins when it receives the complaint (DPA 2018 s.164A(3)), so the day
 * it arrives is the first of the 30.
 */
export const acknowledgeBy = (received: Date): Date => addDays(received, 29);

/** The ICO asks for complaints within three months of your last contact with the organisation. */
export const complainToIcoBy = (lastContact: Date): Date => addMonthsClamped(lastContact, 3);
