/**
 * The recovery plan's state, kept in this browser only (localStorage key
 * `atn:plan:v1`), shared by /plan/ and every <PlanGroup> in articles. Change it only
 * through the actions below; each returns whether the change was saved.
 * `followOtherTabs` keeps it in step with other tabs (merging per step, so two tabs
 * ticking at once lose nothing) and with storage on Back/Forward.
 */
import { atom } from "nanostores";
import { $storageProblem, savedBy, storageEngine } from "../../platform/storage/status";
import { keyOf, mergePlans } from "./merge";
import {
  decodePlan,
  emptyPlan,
  encodePlan,
  keepKnownSteps,
  PLAN_KEY,
  setDone,
  setNote,
  type PlanState,
} from "./plan-state";

export { $storageProblem };

const { engine } = storageEngine;

/**
 * A plain atom, written through to storage by `save`: a plan received from another
 * tab is shown without being written back (an older value written back would undo a
 * newer one), which @nanostores/persistent's atom cannot do.
 */
export const $plan = atom<PlanState>(decodePlan(engine[PLAN_KEY]));

/** How long a change made here wins over another tab's plan that may not include it. */
export const RECENT_MS = 3000;
/** The plan as last received: what another tab's plan changed from. */
let base = $plan.get();
/** Step id → when this tab last changed it. */
const changedAt = new Map<string, number>();

function write(next: PlanState): void {
  const text = encodePlan(next);
  // An empty plan removes the key.
  if (text === undefined) delete engine[PLAN_KEY];
  else engine[PLAN_KEY] = text;
  $plan.set(next);
}

/** Sets the plan, remembers which steps changed here, and reports whether it reached storage. */
function save(next: PlanState): boolean {
  const before = $plan.get().steps;
  const now = Date.now();
  for (const id of new Set([...Object.keys(before), ...Object.keys(next.steps)])) {
    if (keyOf(before[id]) !== keyOf(next.steps[id])) changedAt.set(id, now);
  }
  return savedBy(() => write(next));
}

/**
 * Takes a plan saved by another tab (or found in storage when the page comes back from
 * the back/forward cache), keeping this tab's recent changes; writes back only when
 * the merge added something of ours, so the other tab merges it the same way.
 */
export function receivePlan(stored: string | null | undefined, restored = false): void {
  const theirs = decodePlan(stored);
  // A page back from the back/forward cache was not running: what is stored wins.
  const since = restored ? Infinity : Date.now() - RECENT_MS;
  const merged = mergePlans(base, $plan.get(), theirs, (id) => (changedAt.get(id) ?? 0) > since);
  // Recent changes stay recent for RECENT_MS: older events from the other tab, still
  // queued, must not undo them either.
  base = theirs;
  if (merged === theirs) $plan.set(theirs);
  else write(merged);
}

/**
 * Listens for other tabs' saves (`storage`) and for every `pageshow`, which re-reads
 * storage: a page restored from the back/forward cache after "Delete everything" (or a
 * change in another tab) shows what is stored now, and so do form controls the browser
 * refilled on Back.
 */
export function followOtherTabs(target: Pick<Window, "addEventListener">): void {
  target.addEventListener("storage", (event) => {
    if (event.key === PLAN_KEY || event.key === null) receivePlan(event.newValue);
  });
  target.addEventListener("pageshow", () => receivePlan(engine[PLAN_KEY], true));
}

/** Ticks or unticks one step. */
export function toggleStep(id: string, done: boolean): boolean {
  return save(setDone($plan.get(), id, done));
}

/** Replaces one step's note. */
export function writeNote(id: string, note: string): boolean {
  return save(setNote($plan.get(), id, note));
}

/** Clears every tick and note; returns what was there so it can be undone. */
export function startAgain(): PlanState {
  const previous = $plan.get();
  save(emptyPlan());
  return previous;
}

/** Puts a whole plan back (Undo, or an imported file). */
export function replacePlan(state: PlanState): boolean {
  return save(state);
}

/** Drops saved steps that are no longer in the plan's content, touching nothing else. */
export function forgetRemovedSteps(knownIds: readonly string[]): void {
  const current = $plan.get();
  const kept = keepKnownSteps(current, knownIds);
  if (kept !== current) save(kept);
}
