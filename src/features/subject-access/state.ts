/**
 * The subject access tracker's saved dates: their shape, decoding from storage and
 * from a backup file, and the backup file itself. Stored values are untrusted input:
 * every read is decoded field by field, what is valid is kept, and nothing throws.
 *
 * Storage key history:
 *   atn:sar:v1  {"version":1, "<date field>":"YYYY-MM-DD", …, "nation":"scotland"}.
 *               Fields left empty are not stored; an empty tracker removes the key.
 *               A bare object of dates without "version" (a hand-made or older
 *               shape) is read as version 1.
 */
import { isNation, parseIsoDate, type Nation } from "../letters/timing";
import { DEFAULT_NATION } from "../../platform/dates/bank-holidays";

export const SAR_KEY = "atn:sar:v1";
export const SAR_VERSION = 1;

/** The dates the tracker keeps, in the order a request goes. */
export const SAR_DATE_FIELDS = [
  "sent",
  "received",
  "idReceived",
  "paused",
  "resumed",
  "extended",
  "answered",
  "complained",
] as const;
export type SarDateField = (typeof SAR_DATE_FIELDS)[number];

export type SarState = Record<SarDateField, string> & { nation: Nation };

export const EMPTY_SAR: Readonly<SarState> = Object.freeze({
  sent: "",
  received: "",
  idReceived: "",
  paused: "",
  resumed: "",
  extended: "",
  answered: "",
  complained: "",
  nation: DEFAULT_NATION,
});

export const isSarDateField = (value: unknown): value is SarDateField =>
  typeof value === "string" && (SAR_DATE_FIELDS as readonly string[]).includes(value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Reads any value as tracker state: each valid date and the nation are kept, the rest dropped. */
export function toSarState(value: unknown): SarState {
  const state: SarState = { ...EMPTY_SAR };
  if (!isRecord(value)) return state;
  for (const field of SAR_DATE_FIELDS) {
    const date = value[field];
    if (typeof date === "string" && parseIsoDate(date)) state[field] = date;
  }
  if (isNation(value["nation"])) state.nation = value["nation"];
  return state;
}

/** Parses the stored text; missing, broken or hostile text gives the empty tracker. */
export function decodeSar(stored: string | null | undefined): SarState {
  if (typeof stored !== "string") return { ...EMPTY_SAR };
  try {
    const parsed: unknown = JSON.parse(stored);
    // A value from a newer version is not guessed at: its fields may mean something else.
    if (isRecord(parsed) && typeof parsed["version"] === "number" && parsed["version"] > SAR_VERSION)
      return { ...EMPTY_SAR };
    return toSarState(parsed);
  } catch {
    return { ...EMPTY_SAR };
  }
}

/** True when no date is kept and the nation is the default: nothing worth storing. */
export const isEmptySar = (state: SarState): boolean =>
  SAR_DATE_FIELDS.every((field) => state[field] === "") && state.nation === DEFAULT_NATION;

/** The stored text, with empty fields left out; undefined for an empty tracker (remove the key). */
export function encodeSar(state: SarState): string | undefined {
  if (isEmptySar(state)) return undefined;
  const out: Record<string, string | number> = { version: SAR_VERSION };
  for (const field of SAR_DATE_FIELDS) if (state[field]) out[field] = state[field];
  if (state.nation !== DEFAULT_NATION) out["nation"] = state.nation;
  return JSON.stringify(out);
}

export const BACKUP_FORMAT = "after-the-no/interview-notes";
/** A real backup is a few hundred bytes; anything much bigger is not ours. */
export const BACKUP_MAX_BYTES = 16 * 1024;

export type ImportError = "too-large" | "not-json" | "not-ours" | "newer-version";
export type ImportResult = { ok: true; state: SarState } | { ok: false; error: ImportError };

/** The backup file's text, stamped with the day it was saved. */
export function toBackup(state: SarState, now: Date): string {
  const stored = encodeSar(state);
  const fields = stored ? (JSON.parse(stored) as Record<string, unknown>) : {};
  delete fields["version"];
  return `${JSON.stringify(
    { format: BACKUP_FORMAT, version: SAR_VERSION, saved: now.toISOString().slice(0, 10), ...fields },
    null,
    2,
  )}\n`;
}

/** "after-the-no-interview-notes-2026-12-02.json" */
export const backupFileName = (now: Date): string =>
  `after-the-no-interview-notes-${now.toISOString().slice(0, 10)}.json`;

/** Reads a backup file's text; only files that say they are ours are accepted, and only their valid fields kept. */
export function readBackup(text: string): ImportResult {
  if (text.length > BACKUP_MAX_BYTES) return { ok: false, error: "too-large" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: "not-json" };
  }
  if (!isRecord(parsed) || parsed["format"] !== BACKUP_FORMAT) return { ok: false, error: "not-ours" };
  if (typeof parsed["version"] === "number" && parsed["version"] > SAR_VERSION)
    return { ok: false, error: "newer-version" };
  return { ok: true, state: toSarState(parsed) };
}
