/**
 * Interview debriefs: the interview, the questions asked, how each went, a better
 * answer, the feedback given, and what has been practised. Kept in this browser only
 * (localStorage key `atn:debrief:v1`). Everything read back from storage or a file is
 * untrusted: `toDebriefState` keeps what is valid, drops the rest and never throws.
 *
 * Stored shape, version 1:
 *   { "version": 1, "debriefs": [ { "id", "organisation", "role", "date": "YYYY-MM-DD",
 *     "format", "questions": [ { "id", "text", "kind", "rating", "causes": [],
 *     "answer": { "situation", "task", "action", "result", "learn", "where" },
 *     "practised": true } ], "feedback": [ { "id", "text", "kind" } ] } ] }
 * Empty strings, empty lists and `false` may be left out.
 *
 * Changing the shape: add version 2, write MIGRATIONS[1] (version 1 → 2), keep the key
 * `atn:debrief:v1` (the key's version names the site's storage scheme, the value's
 * `version` the shape) and add a fixture of the old shape to fixtures.ts.
 *
 * The changes a person can make are in changes.ts.
 */

export const DEBRIEF_KEY = "atn:debrief:v1";
export const DEBRIEF_VERSION = 1;
/** Limits: far more than anyone needs; anything beyond them cannot be ours. */
export const DEBRIEFS_MAX = 30;
export const ITEMS_MAX = 60;
export const SHORT_MAX = 120;
export const TEXT_MAX = 2000;

/** Interview formats, with the words shown for each. */
export const FORMATS = {
  "one-to-one": "One-to-one",
  panel: "Panel",
  video: "Video call",
  phone: "Phone",
  "assessment-centre": "Assessment centre",
  "technical-test": "Technical test",
} as const;
export type Format = keyof typeof FORMATS;

/** How a question went. */
export const RATINGS = { well: "Went well", "so-so": "So-so", struggled: "Struggled" } as const;
export type Rating = keyof typeof RATINGS;

/** What held an answer back: one knowledge reason, then the style reasons. */
export const CAUSES = {
  knowledge: "Did not know the subject",
  "no-example": "No example",
  "too-long": "Too long",
  "too-short": "Too short",
  "off-question": "Did not answer the question",
  nerves: "Nerves",
} as const;
export type Cause = keyof typeof CAUSES;

/** A competency question (about something you did) or a knowledge question (about a subject). */
export type Kind = "competency" | "knowledge";
/** A point of feedback: what to learn, or how you came across. */
export type FeedbackKind = "knowledge" | "style";

/** The parts of a better answer: STAR for competency questions, learn/where for knowledge ones. */
export const ANSWER_PARTS = ["situation", "task", "action", "result", "learn", "where"] as const;
export type AnswerPart = (typeof ANSWER_PARTS)[number];
export type Answer = Readonly<Record<AnswerPart, string>>;

export interface Question {
  readonly id: string;
  readonly text: string;
  readonly kind: Kind;
  readonly rating: Rating | "";
  readonly causes: readonly Cause[];
  readonly answer: Answer;
  readonly practised: boolean;
}

export interface Feedback {
  readonly id: string;
  readonly text: string;
  readonly kind: FeedbackKind | "";
}

export interface Debrief {
  readonly id: string;
  readonly organisation: string;
  readonly role: string;
  /** YYYY-MM-DD, or "" when not given. */
  readonly date: string;
  readonly format: Format | "";
  readonly questions: readonly Question[];
  readonly feedback: readonly Feedback[];
}

export interface DebriefState {
  readonly debriefs: readonly Debrief[];
}

/** An id made by the page (or a file): short lower-case letters and digits. */
export const isId = (value: unknown): value is string => typeof value === "string" && /^[a-z0-9]{1,24}$/.test(value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const has = <T extends object>(table: T, key: unknown): key is keyof T =>
  typeof key === "string" && Object.prototype.hasOwnProperty.call(table, key);

/** Text cut to `max` code points (never splitting a character); anything else is "". */
export function toText(value: unknown, max = TEXT_MAX): string {
  if (typeof value !== "string") return "";
  return value.length <= max
    ? value
    : Array.from(value.slice(0, max * 2))
        .slice(0, max)
        .join("");
}

/** A real calendar date as YYYY-MM-DD, or "". */
export function toDate(value: unknown): string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return "";
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value) ? value : "";
}

/** One question from untrusted data, or undefined when it has no valid id. */
export function toQuestion(value: unknown): Question | undefined {
  if (!isRecord(value) || !isId(value["id"])) return undefined;
  const answer = isRecord(value["answer"]) ? value["answer"] : {};
  const causes = Array.isArray(value["causes"]) ? value["causes"] : [];
  return {
    id: value["id"],
    text: toText(value["text"]),
    kind: value["kind"] === "knowledge" ? "knowledge" : "competency",
    rating: has(RATINGS, value["rating"]) ? value["rating"] : "",
    // In the order CAUSES lists them, each once.
    causes: (Object.keys(CAUSES) as Cause[]).filter((cause) => causes.includes(cause)),
    answer: Object.fromEntries(ANSWER_PARTS.map((part) => [part, toText(answer[part])])) as Answer,
    practised: value["practised"] === true,
  };
}

/** One feedback point from untrusted data, or undefined when it has no valid id. */
export function toFeedback(value: unknown): Feedback | undefined {
  if (!isRecord(value) || !isId(value["id"])) return undefined;
  const kind = value["kind"];
  return { id: value["id"], text: toText(value["text"]), kind: kind === "knowledge" || kind === "style" ? kind : "" };
}

/** Each valid item of a list, at most ITEMS_MAX, ids unique. */
function toList<T extends { id: string }>(value: unknown, read: (item: unknown) => T | undefined, max: number): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  if (!Array.isArray(value)) return out;
  for (const item of value) {
    if (out.length >= max) break;
    const valid = read(item);
    if (valid && !seen.has(valid.id)) {
      seen.add(valid.id);
      out.push(valid);
    }
  }
  return out;
}

/** One debrief from untrusted data, or undefined when it has no valid id. */
export function toDebrief(value: unknown): Debrief | undefined {
  if (!isRecord(value) || !isId(value["id"])) return undefined;
  return {
    id: value["id"],
    organisation: toText(value["organisation"], SHORT_MAX),
    role: toText(value["role"], SHORT_MAX),
    date: toDate(value["date"]),
    format: has(FORMATS, value["format"]) ? value["format"] : "",
    questions: toList(value["questions"], toQuestion, ITEMS_MAX),
    feedback: toList(value["feedback"], toFeedback, ITEMS_MAX),
  };
}

/** The version a parsed value claims: 0 when it has none. */
function versionOf(value: unknown): number {
  const version = isRecord(value) ? value["version"] : undefined;
  return typeof version === "number" && Number.isInteger(version) && version > 0 ? version : 0;
}

/**
 * How older shapes become the next version. Version 0 is any unversioned value: a bare
 * list of debriefs, one debrief on its own, or `{ debriefs }` without a version (what a
 * hand-made file tends to hold).
 */
const MIGRATIONS: Readonly<Record<number, (old: unknown) => unknown>> = {
  0: (old) => ({
    version: 1,
    debriefs: Array.isArray(old) ? old : !isRecord(old) ? [] : "id" in old ? [old] : old["debriefs"],
  }),
};

/** Brings a parsed value up to the current shape (still unvalidated); undefined when it cannot. */
export function migrate(value: unknown): unknown {
  let current = value;
  let version = versionOf(current);
  while (version < DEBRIEF_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return undefined;
    current = step(current);
    const next = versionOf(current);
    // A migration that does not move forward would loop.
    if (next <= version) return undefined;
    version = next;
  }
  return current;
}

/** Any parsed value (old, current or newer) as a valid state, keeping each valid debrief. Never throws. */
export function toDebriefState(value: unknown): DebriefState {
  const migrated = migrate(value);
  return { debriefs: toList(isRecord(migrated) ? migrated["debriefs"] : undefined, toDebrief, DEBRIEFS_MAX) };
}

/** Reads the stored text; anything unreadable gives no debriefs. Never throws. */
export function decodeDebriefs(text: unknown): DebriefState {
  if (typeof text !== "string") return { debriefs: [] };
  try {
    return toDebriefState(JSON.parse(text));
  } catch {
    return { debriefs: [] };
  }
}

/** The stored text, or undefined when there is nothing to keep (the key is removed). */
export function encodeDebriefs(state: DebriefState): string | undefined {
  return state.debriefs.length ? JSON.stringify({ version: DEBRIEF_VERSION, debriefs: state.debriefs }) : undefined;
}
