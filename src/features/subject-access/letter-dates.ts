/**
 * The "When to send it" advice for the four subject access letters: each turns the
 * one date it asks for into a sentence and, where useful, a day for a calendar
 * reminder. Pure; the letter entries (src/features/letters/entries/) read these.
 */
import { formatLongDate, parseIsoDate, type Nation, type TimingNote } from "../letters/timing";
import { acknowledgeBy, chaseFrom, complainToIcoBy, sarDeadline } from "./deadline";

const long = (date: Date): string => formatLongDate(date, true);

/** The subject access request: when the answer is due, and how that was worked out. */
export function describeRequestDate(receivedIso: string, _todayIso: string, nation: Nation): TimingNote | null {
  const deadline = sarDeadline({ received: receivedIso }, nation);
  if (!deadline?.due) return null;
  return {
    text: `They should answer by ${long(deadline.due)}. ${deadline.explanation}`,
    remindOn: chaseFrom(deadline.due),
  };
}

/** The chaser: send it once the due date has passed. */
export function describeChaseDate(receivedIso: string, todayIso: string, nation: Nation): TimingNote | null {
  const deadline = sarDeadline({ received: receivedIso }, nation);
  const today = parseIsoDate(todayIso);
  if (!deadline?.due || !today) return null;
  const chase = chaseFrom(deadline.due);
  if (today >= chase)
    return { text: `Their answer was due by ${long(deadline.due)}, so you can send this today.`, remindOn: null };
  return {
    text: `Their answer is due by ${long(deadline.due)}. If nothing has come, send this on or after ${long(chase)}.`,
    remindOn: chase,
  };
}

/** The complaint to the organisation: the 30 days it has to acknowledge it. */
export function describeComplaintDate(sentIso: string): TimingNote | null {
  const sent = parseIsoDate(sentIso);
  if (!sent) return null;
  const by = acknowledgeBy(sent);
  return {
    text: `An email arrives the day you send it, so they should acknowledge your complaint by ${long(by)}: within 30 days, counting the day it arrives.`,
    remindOn: new Date(by.getTime() + 86_400_000),
  };
}

/** The complaint to the ICO: three months from the last contact with the organisation. */
export function describeLastContactDate(lastIso: string): TimingNote | null {
  const last = parseIsoDate(lastIso);
  if (!last) return null;
  const by = complainToIcoBy(last);
  return {
    text: `The ICO asks you to complain within three months of your last contact with the organisation: by ${long(by)}.`,
    remindOn: by,
  };
}
