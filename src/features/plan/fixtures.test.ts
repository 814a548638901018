import { describe, expect, it } from "vitest";
import { NOT_STEP_IDS, STORED_FIXTURES } from "./fixtures";
import { PLAN_FILE, planStepIds } from "../../../tests/support/plan-step-ids";

const CONTENT_IDS = new Set(planStepIds());
/** What a step id looks like; other keys in the fixtures ("Ask For Feedback", "__proto__") are deliberately not ids. */
const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every id-shaped step id a stored value names, in any of the shapes decodePlan reads. */
function idsNamedBy(stored: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  const names: string[] = [];
  if (Array.isArray(value)) names.push(...value.filter((item): item is string => typeof item === "string"));
  else if (value !== null && typeof value === "object") {
    const { steps, version } = value as { steps?: unknown; version?: unknown };
    if (Array.isArray(steps)) names.push(...steps.filter((item): item is string => typeof item === "string"));
    else if (steps !== null && typeof steps === "object") names.push(...Object.keys(steps));
    else if (version === undefined) names.push(...Object.keys(value));
  }
  return names.filter((name) => ID_SHAPE.test(name));
}

describe(`the stored-plan fixtures name steps that exist in ${PLAN_FILE}`, () => {
  it("reads a non-empty list of step ids from the content file", () => {
    expect(CONTENT_IDS.size).toBeGreaterThan(0);
  });

  it.each(STORED_FIXTURES)("$name: every id it expects to keep is a step", ({ name, keeps, notes }) => {
    for (const id of [...keeps, ...Object.keys(notes ?? {})]) {
      expect(
        CONTENT_IDS.has(id),
        `fixture "${name}" expects step "${id}" to survive, but ${PLAN_FILE} has no such step: update the fixture`,
      ).toBe(true);
    }
  });

  it.each(STORED_FIXTURES)("$name: every step id it stores is a step, unless listed as not one", ({ name, stored }) => {
    for (const id of idsNamedBy(stored)) {
      expect(
        CONTENT_IDS.has(id) || NOT_STEP_IDS.includes(id),
        `fixture "${name}" stores "${id}", which ${PLAN_FILE} no longer has: rename it in the fixture, or list it in NOT_STEP_IDS if it is meant not to be a step`,
      ).toBe(true);
    }
  });

  it("keeps NOT_STEP_IDS honest: none of them is a step", () => {
    for (const id of NOT_STEP_IDS) expect(CONTENT_IDS.has(id), `"${id}" is a step in ${PLAN_FILE}`).toBe(false);
  });
});
