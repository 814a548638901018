/**
 * Progress through the plan, per group and overall, and the words used to say it.
 * Status names follow the GOV.UK task list pattern, so a group's state is always
 * given in words, never by colour alone.
 */
import type { PlanState } from "./plan-state";

export type GroupStatus = "not-started" | "in-progress" | "completed";

export const STATUS_TEXT: Readonly<Record<GroupStatus, string>> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  completed: "Completed",
};

export interface GroupDefinition {
  readonly id: string;
  readonly title: string;
  readonly stepIds: readonly string[];
}

export interface GroupProgress {
  readonly id: string;
  readonly done: number;
  readonly total: number;
  readonly status: GroupStatus;
}

export interface PlanProgress {
  readonly done: number;
  readonly total: number;
  readonly groups: readonly GroupProgress[];
}

/** The status of a group that has `done` of `total` steps ticked. */
export function toStatus(done: number, total: number): GroupStatus {
  if (done <= 0) return "not-started";
  return done >= total ? "completed" : "in-progress";
}

/** Counts ticked steps per group and overall; ticks for ids outside the groups are ignored. */
export function toProgress(state: PlanState, groups: readonly GroupDefinition[]): PlanProgress {
  let done = 0;
  let total = 0;
  const result = groups.map(({ id, stepIds }) => {
    // state.steps has no prototype, so an id such as "constructor" finds nothing.
    const ticked = stepIds.filter((stepId) => state.steps[stepId]?.done).length;
    done += ticked;
    total += stepIds.length;
    return { id, done: ticked, total: stepIds.length, status: toStatus(ticked, stepIds.length) };
  });
  return { done, total, groups: result };
}

/** Added to a message when the change did not reach the browser's storage. */
export const NOT_SAVED = "It could not be saved in your browser.";

/** "4 of 13 done" */
export function countText(done: number, total: number): string {
  return `${done} of ${total} done`;
}

/**
 * What the live region says after a tick: the step, its group and the whole plan,
 * in one polite sentence group. `saved` false adds that the change was not kept.
 */
export function toggleMessage(options: {
  label: string;
  done: boolean;
  group: { title: string; done: number; total: number };
  overall: { done: number; total: number };
  saved: boolean;
}): string {
  const { label, done, group, overall, saved } = options;
  const parts = [
    `${label}: ${done ? "done" : "not done"}.`,
    `${group.title}: ${countText(group.done, group.total)}.`,
    `Whole plan: ${countText(overall.done, overall.total)}.`,
  ];
  if (!saved) parts.push(NOT_SAVED);
  return parts.join(" ");
}
