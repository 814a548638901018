/**
 * Where a returning reader is in her plan, for the home page: how many steps are done
 * and the first one still to do, in plan order. Pure; the home page's script feeds it
 * the decoded saved plan and the steps the page was built with.
 */
import type { PlanState } from "./plan-state";

export interface ResumeStep {
  readonly id: string;
  readonly label: string;
  readonly group: string;
}

export interface Resume {
  readonly done: number;
  readonly total: number;
  /** The first step not yet ticked, or null when every step is done. */
  readonly next: ResumeStep | null;
}

/** Null when nothing is ticked (a first visit, or a plan started again): the page keeps its usual words. */
export function toResume(state: PlanState, steps: readonly ResumeStep[]): Resume | null {
  const done = steps.filter((step) => state.steps[step.id]?.done).length;
  if (done === 0) return null;
  return { done, total: steps.length, next: steps.find((step) => !state.steps[step.id]?.done) ?? null };
}

/** "2 of 14 done. Next: List what went well" */
export function resumeText(resume: Resume): string {
  const count = `${resume.done} of ${resume.total} done`;
  return resume.next ? `${count}. Next: ${resume.next.label}` : `${count}. Every step is ticked.`;
}

/** Reads the build's step list from a data attribute; anything malformed gives an empty list. */
export function parseResumeSteps(text: string | undefined): ResumeStep[] {
  try {
    const value: unknown = JSON.parse(text ?? "[]");
    if (!Array.isArray(value)) return [];
    return value.filter(
      (s): s is ResumeStep =>
        typeof s === "object" &&
        s !== null &&
        typeof s.id === "string" &&
        typeof s.label === "string" &&
        typeof s.group === "string",
    );
  } catch {
    return [];
  }
}
