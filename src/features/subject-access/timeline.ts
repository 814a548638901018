/**
 * The tracker's short timeline: what has happened, what happens next and when, from
 * the saved dates and today. Pure; the island only renders what this returns.
 */
import { formatLongDate, parseIsoDate, toIsoDate } from "../letters/timing";
import { acknowledgeBy, chaseFrom, complainToIcoBy, sarDeadline, type SarDeadline } from "./deadline";
import type { SarState } from "./state";

export interface TimelineItem {
  /** "YYYY-MM-DD" */
  date: string;
  text: string;
  /** Past events and dates are "done"; the first date still to come is "next". */
  when: "done" | "next" | "later";
  /** Where the next step is written, for the items that lead to a letter. */
  href?: string;
}

export interface Timeline {
  deadline: SarDeadline | null;
  /** What happens next, in a sentence or two. */
  next: string;
  items: TimelineItem[];
  /** The day a calendar reminder is for (the due date, or the acknowledgement date), or null. */
  remindOn: Date | null;
  remindText: string;
}

const long = (date: Date): string => formatLongDate(date, true);

/**
 * The sentence after the explanation when the organisation has extended the time, so the
 * words reach the date the headline gives; "" when it has not. Here, not in deadline.ts:
 * only the tracker needs it, and the letters load deadline.ts too.
 */
export const extensionWords = ({ extendedDue }: SarDeadline): string =>
  extendedDue
    ? `They extended the time by two further months: counted the same way, the answer is due by the end of ${long(extendedDue)}.`
    : "";

/**
 * A clarification date sarDeadline leaves out of the count because it cannot be right:
 * a question dated before the request reached them, or an answer dated before the
 * question. The tracker says so, so nobody trusts a date worked out without theirs.
 */
export function leftOutDate(state: SarState): "question-before-request" | "answer-before-question" | null {
  const received = parseIsoDate(state.received) ?? parseIsoDate(state.sent);
  const asked = parseIsoDate(state.paused);
  const answered = parseIsoDate(state.resumed);
  if (!received || !asked) return null;
  if (asked < received) return "question-before-request";
  return answered && answered < asked ? "answer-before-question" : null;
}

/** Builds the timeline for the saved dates as seen on `todayIso`. */
export function buildTimeline(state: SarState, todayIso: string): Timeline {
  const today = parseIsoDate(todayIso) ?? new Date(0);
  const deadline = sarDeadline(state, state.nation);
  const events: Omit<TimelineItem, "when">[] = [];
  const add = (date: Date | null, text: string, href?: string): void => {
    if (date) events.push({ date: toIsoDate(date), text, ...(href ? { href } : {}) });
  };
  const day = (value: string): Date | null => parseIsoDate(value);

  add(day(state.sent), "You sent your request.");
  if (state.received && state.received !== state.sent) add(day(state.received), "They received it.");
  add(day(state.idReceived), "They received your proof of identity: the month counts from here.");
  add(day(state.paused), "They asked you to clarify: the clock stopped.");
  add(day(state.resumed), "They received your answer: the clock started again.");
  add(day(state.extended), "They told you they need longer for a complex request.");
  const answered = day(state.answered);
  add(answered, "They answered.");
  const complained = day(state.complained);
  add(complained, "You complained to them.");

  const due = deadline?.extendedDue ?? deadline?.due ?? null;
  if (deadline?.due && !answered) {
    add(deadline.due, deadline.extendedDue ? "The first month ends." : "Their answer is due.");
    if (deadline.extendedDue) add(deadline.extendedDue, "Their answer is due, with the extension.");
    if (due && !complained)
      add(chaseFrom(due), "If nothing has come, send one polite follow-up.", "/letters/subject-access-chaser/");
  }
  if (complained && !answered) {
    add(acknowledgeBy(complained), "The last day for them to acknowledge your complaint.");
    add(
      complainToIcoBy(complained),
      "The last day to complain to the ICO, if it is not resolved.",
      "/letters/ico-complaint/",
    );
  }

  const items = events
    .map((event, index) => ({ event, index }))
    // By date; on the same day, in the order a request goes.
    .sort((a, b) => (a.event.date === b.event.date ? a.index - b.index : a.event.date < b.event.date ? -1 : 1))
    .map(({ event }) => event);
  const todayText = toIsoDate(today);
  const firstAhead = items.findIndex((item) => item.date >= todayText);
  const timeline = items.map((item, index) => ({
    ...item,
    when:
      index < firstAhead || firstAhead === -1
        ? ("done" as const)
        : index === firstAhead
          ? ("next" as const)
          : ("later" as const),
  }));

  return { deadline, items: timeline, ...nextStep(state, deadline, today) };
}

function nextStep(
  state: SarState,
  deadline: SarDeadline | null,
  today: Date,
): Pick<Timeline, "next" | "remindOn" | "remindText"> {
  const none = { remindOn: null, remindText: "" };
  if (!deadline) return { next: "Add the day you sent your request to see when the answer is due.", ...none };
  const answered = parseIsoDate(state.answered);
  if (answered)
    return {
      next: `They answered on ${long(answered)}. If records you asked for are missing, you can complain to them.`,
      ...none,
    };
  const complained = parseIsoDate(state.complained);
  if (complained) {
    const ack = acknowledgeBy(complained);
    return {
      next: `They should acknowledge your complaint by ${long(ack)}. If it is not resolved, you can complain to the ICO until ${long(complainToIcoBy(complained))}.`,
      remindOn: ack > today ? ack : null,
      remindText: "Has your data protection complaint been acknowledged?",
    };
  }
  if (deadline.clockStopped)
    return {
      next: "The clock is stopped until they receive your answer to their question. Add that day when you send it.",
      ...none,
    };
  const due = deadline.extendedDue ?? deadline.due;
  if (!due) return { next: "", ...none };
  if (today > due)
    return {
      next: `Their answer was due by ${long(due)}. Send one polite follow-up; if that gets nowhere, complain to the organisation.`,
      ...none,
    };
  return {
    next: `Their answer is due by the end of ${long(due)}.`,
    remindOn: due,
    remindText: "Subject access answer due today",
  };
}
