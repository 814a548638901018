/**
 * Every change a person can make to their debriefs, as pure functions of the state
 * they are given. The store applies each one to what is stored at that moment, so two
 * tabs never undo each other. Each returns the very same state object when it changes
 * nothing (for example when the debrief was deleted in another tab), and then nothing
 * is written. Kept apart from decoding so the plan's progress link loads only that.
 */
import {
  DEBRIEFS_MAX,
  ITEMS_MAX,
  toDebrief,
  toFeedback,
  toQuestion,
  toText,
  isId,
  type Answer,
  type AnswerPart,
  type Cause,
  type Debrief,
  type DebriefState,
  type Feedback,
  type FeedbackKind,
  type Kind,
  type Question,
  type Rating,
} from "./debrief-state";

const emptyAnswer = (): Answer => ({ situation: "", task: "", action: "", result: "", learn: "", where: "" });

/** A new, empty debrief. */
export const newDebrief = (id: string): Debrief => ({
  id,
  organisation: "",
  role: "",
  date: "",
  format: "",
  questions: [],
  feedback: [],
});

/** Words that ask for a past example. */
const PAST_EXAMPLE = /\b(time when|a time|an example|describe a|tell (me|us) about|how (did|have) you|situation)\b/i;
/** A question to the person (you, your, yourself): their reasons, strengths, plans or ways of working. */
const TO_THE_PERSON = /\byou(r|rself)?\b/i;
/** A question about what something is or how it works, even when it says "you" later on. */
const ABOUT_A_SUBJECT = /^\s*(explain|define)\b|^\s*(what|how)('s|\s+\w+)\s+(?!you)/i;

/**
 * The kind a new question starts as (the person can change it): competency when it asks
 * for a past example or is about the person ("Why do you want to work here?", "What are
 * your strengths?"), which want an answer told well; knowledge when it asks about a subject
 * ("What is a pivot table?", "Explain how you would index this table").
 */
export function guessKind(text: string): Kind {
  return PAST_EXAMPLE.test(text) || (TO_THE_PERSON.test(text) && !ABOUT_A_SUBJECT.test(text))
    ? "competency"
    : "knowledge";
}

/** A new question, its kind guessed from its words. */
export const newQuestion = (id: string, text: string): Question => ({
  id,
  text: toText(text),
  kind: guessKind(text),
  rating: "",
  causes: [],
  answer: emptyAnswer(),
  practised: false,
});

function withDebrief(state: DebriefState, id: string, change: (debrief: Debrief) => Debrief): DebriefState {
  const index = state.debriefs.findIndex((d) => d.id === id);
  if (index < 0) return state;
  const debriefs = [...state.debriefs];
  debriefs[index] = change(debriefs[index]!);
  return { debriefs };
}

function insert<T>(list: readonly T[], item: T, index: number): T[] {
  const out = [...list];
  out.splice(Math.max(0, Math.min(index, out.length)), 0, item);
  return out;
}

/** Adds an empty debrief at the end (not past DEBRIEFS_MAX, never with an id already used). */
export function addDebrief(state: DebriefState, id: string): DebriefState {
  if (!isId(id) || state.debriefs.length >= DEBRIEFS_MAX || state.debriefs.some((d) => d.id === id)) return state;
  return { debriefs: [...state.debriefs, newDebrief(id)] };
}

/** Puts a whole debrief back at `index` (Undo) or at the end (import), unless its id is taken. */
export function putDebrief(state: DebriefState, debrief: Debrief, index = Infinity): DebriefState {
  if (state.debriefs.length >= DEBRIEFS_MAX || state.debriefs.some((d) => d.id === debrief.id)) return state;
  return { debriefs: insert(state.debriefs, debrief, index) };
}

/** Removes one debrief. */
export function removeDebrief(state: DebriefState, id: string): DebriefState {
  const debriefs = state.debriefs.filter((d) => d.id !== id);
  return debriefs.length === state.debriefs.length ? state : { debriefs };
}

export type Details = Partial<Pick<Debrief, "organisation" | "role" | "date" | "format">>;

/** Changes the interview's organisation, role, date or format (each checked as on reading). */
export function setDetails(state: DebriefState, id: string, details: Details): DebriefState {
  return withDebrief(state, id, (d) => toDebrief({ ...d, ...details }) ?? d);
}

/**
 * The questions in pasted text: one per line, trimmed, without the list numbers or
 * bullets people type ("1.", "2)", "-", "•").
 */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:\d{1,3}[.)]|[-*•–])?\s*/, "").trim())
    .filter(Boolean);
}

/** The lists a debrief holds, one item per line of pasted text. */
export type ListName = "questions" | "feedback";

/**
 * Adds each line of `text` to a debrief's questions or feedback (feedback not yet
 * sorted), with ids from `newId`; says how many were added.
 */
export function addItems(
  state: DebriefState,
  id: string,
  list: ListName,
  text: string,
  newId: () => string,
): { state: DebriefState; added: number } {
  let added = 0;
  const next = withDebrief(state, id, (d) => {
    const lines = splitLines(text).slice(0, ITEMS_MAX - d[list].length);
    added = lines.length;
    const items = lines.map((line) =>
      list === "questions" ? newQuestion(newId(), line) : { id: newId(), text: toText(line), kind: "" as const },
    );
    return { ...d, [list]: [...d[list], ...items] };
  });
  return { state: added ? next : state, added };
}

/** One change to a question: a field, one cause on or off, or one part of the better answer. */
export type QuestionChange =
  | { readonly text: string }
  | { readonly kind: Kind }
  | { readonly rating: Rating | "" }
  | { readonly practised: boolean }
  | { readonly cause: Cause; readonly on: boolean }
  | { readonly part: AnswerPart; readonly value: string };

/** Applies one change to one question, read against the question as it is now. */
export function changeQuestion(
  state: DebriefState,
  id: string,
  questionId: string,
  change: QuestionChange,
): DebriefState {
  let found = false;
  const next = withDebrief(state, id, (d) => ({
    ...d,
    questions: d.questions.map((q) => {
      if (q.id !== questionId) return q;
      found = true;
      const raw: Record<string, unknown> = { ...q, answer: { ...q.answer } };
      if ("cause" in change)
        raw["causes"] = change.on ? [...q.causes, change.cause] : q.causes.filter((c) => c !== change.cause);
      else if ("part" in change) (raw["answer"] as Record<string, unknown>)[change.part] = change.value;
      else Object.assign(raw, change);
      return toQuestion(raw) ?? q;
    }),
  }));
  return found ? next : state;
}

/** Moves a question one place up (-1) or down (1); nothing at either end. */
export function moveQuestion(state: DebriefState, id: string, questionId: string, by: -1 | 1): DebriefState {
  const debrief = state.debriefs.find((d) => d.id === id);
  const from = debrief?.questions.findIndex((q) => q.id === questionId) ?? -1;
  const to = from + by;
  if (!debrief || from < 0 || to < 0 || to >= debrief.questions.length) return state;
  return withDebrief(state, id, (d) => {
    const questions = [...d.questions];
    [questions[from], questions[to]] = [questions[to]!, questions[from]!];
    return { ...d, questions };
  });
}

/** Removes one question or feedback point. */
export function removeItem(state: DebriefState, id: string, list: ListName, itemId: string): DebriefState {
  const debrief = state.debriefs.find((d) => d.id === id);
  if (!debrief?.[list].some((item) => item.id === itemId)) return state;
  return withDebrief(state, id, (d) => ({ ...d, [list]: d[list].filter((item) => item.id !== itemId) }));
}

/** Puts a removed question or feedback point back where it was (Undo). */
export function restoreItem(
  state: DebriefState,
  id: string,
  list: ListName,
  item: Question | Feedback,
  index: number,
): DebriefState {
  const debrief = state.debriefs.find((d) => d.id === id);
  if (!debrief || debrief[list].length >= ITEMS_MAX || debrief[list].some((i) => i.id === item.id)) return state;
  return withDebrief(state, id, (d) => ({ ...d, [list]: insert<Question | Feedback>(d[list], item, index) }));
}

/** Marks a feedback point as knowledge or style, or changes its words. */
export function changeFeedback(
  state: DebriefState,
  id: string,
  feedbackId: string,
  change: { readonly kind: FeedbackKind } | { readonly text: string },
): DebriefState {
  const debrief = state.debriefs.find((d) => d.id === id);
  if (!debrief?.feedback.some((f) => f.id === feedbackId)) return state;
  return withDebrief(state, id, (d) => ({
    ...d,
    feedback: d.feedback.map((f) => (f.id === feedbackId ? (toFeedback({ ...f, ...change }) ?? f) : f)),
  }));
}
