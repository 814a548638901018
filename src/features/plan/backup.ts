/**
 * Export and import of the plan as a small JSON file: a backup people keep
 * themselves (Safari deletes a site's storage after seven days without a visit).
 * An import is validated in full before anything changes, so a bad file leaves
 * the current progress untouched.
 */
import {
  encodePlan,
  isRecord,
  keepKnownSteps,
  PLAN_VERSION,
  setDone,
  setNote,
  toPlanState,
  type PlanState,
} from "./plan-state";

export const BACKUP_FORMAT = "after-the-no/plan";
/** Far more than 15 steps with full notes need (about 10 KB); anything bigger is not ours. */
export const BACKUP_MAX_BYTES = 64 * 1024;

/** Why a file was refused; the words for each are in PlanChecklist.astro (kept out of the script's budget). */
export type ImportError = "too-large" | "not-json" | "not-a-plan" | "newer-version" | "unreadable";

export type ImportResult =
  | { readonly ok: true; readonly state: PlanState; readonly ignored: number }
  | { readonly ok: false; readonly error: ImportError };

/** The backup file's text for a plan, stamped with the day it was saved. */
export function toBackup(state: PlanState, now: Date): string {
  const stored = encodePlan(state);
  const steps = stored ? (JSON.parse(stored) as { steps: unknown }).steps : {};
  return `${JSON.stringify(
    { format: BACKUP_FORMAT, version: PLAN_VERSION, saved: now.toISOString().slice(0, 10), steps },
    null,
    2,
  )}\n`;
}

/** The download name, e.g. after-the-no-plan-2026-11-22.json */
export function backupFileName(now: Date): string {
  return `after-the-no-plan-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Reads a backup file's text. Only files that say they are ours are accepted;
 * steps that are not in the plan any more are dropped and counted in `ignored`.
 * A file from a newer version of the site, or with a step entry this version cannot
 * read, is refused whole: importing it would replace ticks with nothing.
 */
export function readBackup(text: string, knownIds: readonly string[]): ImportResult {
  if (text.length > BACKUP_MAX_BYTES) return { ok: false, error: "too-large" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: "not-json" };
  }
  if (!isRecord(parsed) || parsed["format"] !== BACKUP_FORMAT || !isRecord(parsed["steps"])) {
    return { ok: false, error: "not-a-plan" };
  }
  const { version } = parsed;
  if (typeof version === "number" && version > PLAN_VERSION) return { ok: false, error: "newer-version" };
  const all = toPlanState(parsed);
  // toPlanState drops what it cannot read; here every entry must be read, or nothing is.
  if (Object.keys(parsed["steps"]).length > Object.keys(all.steps).length) return { ok: false, error: "unreadable" };
  const state = keepKnownSteps(all, knownIds);
  return { ok: true, state, ignored: Object.keys(all.steps).length - Object.keys(state.steps).length };
}

/**
 * Restoring by adding (the default): the plan with everything the backup holds added
 * and nothing taken away. A step ticked in either is ticked; a note in only one is
 * kept; two different notes for one step are both kept, the plan's first.
 */
export function addBackup(current: PlanState, backup: PlanState): PlanState {
  let next = current;
  for (const [id, step] of Object.entries(backup.steps)) {
    const mine = current.steps[id];
    if (step.done) next = setDone(next, id, true);
    if (step.note && !mine?.note.includes(step.note)) {
      next = setNote(next, id, mine?.note ? `${mine.note}\n\n${step.note}` : step.note);
    }
  }
  return next;
}

/** What replacing the plan with a backup would remove: ticks it undoes, and notes whose words it does not keep. */
export function replaceLoss(current: PlanState, backup: PlanState): { ticks: number; notes: number } {
  let ticks = 0;
  let notes = 0;
  for (const [id, { done, note }] of Object.entries(current.steps)) {
    const theirs = backup.steps[id];
    if (done && !theirs?.done) ticks++;
    if (note && !theirs?.note.includes(note)) notes++;
  }
  return { ticks, notes };
}

/** "3 ticks and 1 note", "1 tick", "2 notes"; "" when nothing would be lost. */
export function lossText({ ticks, notes }: { ticks: number; notes: number }): string {
  const parts = [
    ticks ? `${ticks} ${ticks === 1 ? "tick" : "ticks"}` : "",
    notes ? `${notes} ${notes === 1 ? "note" : "notes"}` : "",
  ].filter(Boolean);
  return parts.join(" and ");
}
