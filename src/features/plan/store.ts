/**
 * The recovery plan's state, kept in this browser only (localStorage key
 * `atn:plan:v1`), shared by /plan/ and every <PlanGroup> in articles. Change it only
 * through the actions below; each resolves to whether the change was saved. The
 * synced store (src/platform/storage/synced-store.ts) keeps it in step with other
 * tabs, per step, and with "Delete everything".
 */
import { createSyncedStore } from "../../platform/storage/synced-store";
import { $storageProblem } from "../../platform/storage/status";
import {
  decodePlan,
  emptyPlan,
  encodePlan,
  keepKnownSteps,
  PLAN_KEY,
  planFields,
  planFromFields,
  setDone,
  setNote,
  type PlanState,
} from "./plan-state";

export { $storageProblem };

const plan = createSyncedStore<PlanState>({
  key: PLAN_KEY,
  decode: decodePlan,
  encode: encodePlan,
  split: planFields,
  join: planFromFields,
});

/** The plan as stored (or kept in memory when storage fails). */
export const $plan = plan.$value;

/** Ticks or unticks one step. */
export const toggleStep = (id: string, done: boolean): Promise<boolean> =>
  plan.update((state) => setDone(state, id, done));

/** Replaces one step's note. */
export const writeNote = (id: string, note: string): Promise<boolean> =>
  plan.update((state) => setNote(state, id, note));

/** Clears every tick and note; returns what was there so it can be undone. */
export function startAgain(): PlanState {
  const previous = $plan.get();
  void plan.update(emptyPlan);
  return previous;
}

/** Puts a whole plan back (Undo, or a restored file). */
export const replacePlan = (state: PlanState): Promise<boolean> => plan.update(() => state);

/** Drops saved steps that are no longer in the plan's content, touching nothing else. */
export function forgetRemovedSteps(knownIds: readonly string[]): void {
  if (keepKnownSteps($plan.get(), knownIds) !== $plan.get())
    void plan.update((state) => keepKnownSteps(state, knownIds));
}
