import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";

/** The plan's content file: fixtures and tests are judged against the ids it names today. */
export const PLAN_FILE = "content/plan/plan.yaml";

/** Every step id in content/plan/plan.yaml, in file order. */
export function planStepIds(): string[] {
  const groups = parseYaml(readFileSync(PLAN_FILE, "utf8")) as { steps: { id: string }[] }[];
  return groups.flatMap((group) => group.steps.map((step) => step.id));
}
