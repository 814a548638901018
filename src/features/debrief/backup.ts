/**
 * A debrief as a file people keep themselves, and reading one back. A file is
 * untrusted: it is read in full before anything changes, never throws, and an import
 * always adds debriefs beside the ones already here (new ids where one is taken), so
 * it can never overwrite anything.
 */
import { DEBRIEF_VERSION, DEBRIEFS_MAX, toDebriefState, type Debrief, type DebriefState } from "./debrief-state";

export const BACKUP_FORMAT = "after-the-no/debrief";
/** Several full debriefs fit in far less; anything bigger is not ours. */
export const BACKUP_MAX_BYTES = 512 * 1024;

/** Why a file was refused; the words for each are in Debrief.astro (kept out of the script). */
export type ImportError = "too-large" | "not-json" | "not-a-debrief" | "newer-version" | "empty" | "full";

export type ImportResult =
  { readonly ok: true; readonly debriefs: readonly Debrief[] } | { readonly ok: false; readonly error: ImportError };

/** The file's text for one debrief, stamped with the day it was saved. */
export function toBackup(debrief: Debrief, now: Date): string {
  const file = {
    format: BACKUP_FORMAT,
    version: DEBRIEF_VERSION,
    saved: now.toISOString().slice(0, 10),
    debriefs: [debrief],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The download name, e.g. after-the-no-debrief-2026-12-03.json */
export const backupFileName = (now: Date): string => `after-the-no-debrief-${now.toISOString().slice(0, 10)}.json`;

/**
 * Reads a file's text against what is kept now: returns the debriefs to add, each
 * with an id not already used (from `newId`), or why nothing can be added.
 */
export function readBackup(text: string, current: DebriefState, newId: () => string): ImportResult {
  if (text.length > BACKUP_MAX_BYTES) return { ok: false, error: "too-large" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: "not-json" };
  }
  const file = parsed as Record<string, unknown> | null;
  if (typeof file !== "object" || !file || Array.isArray(file) || file["format"] !== BACKUP_FORMAT) {
    return { ok: false, error: "not-a-debrief" };
  }
  const version = file["version"];
  if (typeof version === "number" && version > DEBRIEF_VERSION) return { ok: false, error: "newer-version" };
  const { debriefs } = toDebriefState({ ...file, version: typeof version === "number" ? version : 0 });
  if (!debriefs.length) return { ok: false, error: "empty" };
  const room = DEBRIEFS_MAX - current.debriefs.length;
  if (room < debriefs.length) return { ok: false, error: "full" };
  const taken = new Set(current.debriefs.map((d) => d.id));
  return {
    ok: true,
    debriefs: debriefs.map((d) => {
      let id = d.id;
      // A few tries are plenty for random ids; the bound keeps a broken generator from hanging the page.
      for (let tries = 0; taken.has(id) && tries < 50; tries++) id = newId();
      taken.add(id);
      return { ...d, id };
    }),
  };
}
