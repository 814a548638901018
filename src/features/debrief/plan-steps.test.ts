import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { DEBRIEF_STEP_LINKS } from "./plan-steps";

it("links the debrief from plan steps that exist: writing down the questions and sorting the feedback", () => {
  const groups = parse(readFileSync("content/plan/plan.yaml", "utf8")) as { steps: { id: string }[] }[];
  const stepIds = groups.flatMap((group) => group.steps.map((step) => step.id));
  expect(Object.keys(DEBRIEF_STEP_LINKS)).toEqual(["note-the-questions", "sort-the-feedback"]);
  for (const id of Object.keys(DEBRIEF_STEP_LINKS)) expect(stepIds).toContain(id);
});
