/**
 * Merging the plan when another tab saves it. Two tabs that tick different steps at
 * the same moment each write their own whole plan, and each then receives the other's
 * (a `storage` event) without its own latest tick. Taking the incoming plan whole
 * would lose a tick; `mergePlans` merges per step instead, so both tabs end with both
 * ticks and converge on one state.
 */
import type { PlanState, StepState } from "./plan-state";

/** One step as comparable text: "" when it is not in the plan. */
export const keyOf = (step: StepState | undefined): string => (step ? JSON.stringify([step.done, step.note]) : "");

/**
 * The plan after another tab's plan (`theirs`) arrives.
 *
 * - `ours`: this tab's current plan.
 * - `base`: the plan this tab last read from storage (what `theirs` changed from, as
 *   far as this tab knows).
 * - `recent`: whether this tab changed a step since then, so recently that the
 *   other tab may not have seen it yet.
 *
 * Per step: a step this tab did not change recently takes their value; a step only
 * this tab changed keeps ours; a step both changed takes the larger of the two (a
 * tick beats no tick, a longer note text compares larger), which is the same choice
 * in both tabs, so they converge. Returns `theirs` itself when the merge changes
 * nothing, so the caller knows there is nothing to write back.
 *
 * Known limit: the stored plan carries no revision, so the same step changed in both
 * tabs, or twice in one tab, within one round trip of storage events (milliseconds)
 * may settle on either value; tested in src/features/plan/merge.test.ts.
 */
export function mergePlans(
  base: PlanState,
  ours: PlanState,
  theirs: PlanState,
  recent: (id: string) => boolean,
): PlanState {
  const steps: Record<string, StepState> = Object.create(null) as Record<string, StepState>;
  let changed = false;
  // Sorted, so two tabs that merge the same plans write the same text (no echo of events).
  for (const id of [...new Set([...Object.keys(ours.steps), ...Object.keys(theirs.steps)])].sort()) {
    const mine = ours.steps[id];
    const their = theirs.steps[id];
    let pick = their;
    if (recent(id)) {
      const t = keyOf(their);
      const m = keyOf(mine);
      if (m !== t && (t === keyOf(base.steps[id]) || m > t)) {
        pick = mine;
        changed = true;
      }
    }
    if (pick) steps[id] = pick;
  }
  return changed ? { steps } : theirs;
}
