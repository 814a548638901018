/**
 * The plan's steps that the debrief carries out (content/plan/plan.yaml ids), with the
 * words of the link each one shows. PlanChecklist.astro places <DebriefProgress> on
 * these steps; debrief.test.ts checks that the ids are still steps of the plan.
 */
export const DEBRIEF_STEP_LINKS: Readonly<Record<string, string>> = {
  "note-the-questions": "Write them in your interview debrief",
  "sort-the-feedback": "Sort it in your interview debrief",
};
