/**
 * The recovery plan's state, kept in this browser only (localStorage key
 * `atn:plan:v1`), shared by /plan/ and every <PlanGroup> in articles, and kept in
 * step across tabs and Back/Forward by @nanostores/persistent. Change it only
 * through the actions below; each returns whether the change was saved.
 */
import { persistentAtom } from "@nanostores/persistent";
import { $storageProblem, savedBy } from "./storage-status";
import {
  decodePlan,
  emptyPlan,
  encodePlan,
  keepKnownSteps,
  PLAN_KEY,
  setDone,
  setNote,
  type PlanState,
} from "../lib/plan/plan-state";

export { $storageProblem };

export const $plan = persistentAtom<PlanState>(PLAN_KEY, emptyPlan(), {
  // An empty plan encodes to undefined, which makes the library remove the key
  // (index.js: `typeof prevValue === 'undefined'`); its types only admit strings.
  encode: (state) => encodePlan(state) as string,
  decode: decodePlan,
});

/** Sets the plan and reports whether it reached storage. */
function save(next: PlanState): boolean {
  return savedBy(() => $plan.set(next));
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
