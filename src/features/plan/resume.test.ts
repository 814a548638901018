import { describe, expect, it } from "vitest";
import { parseResumeSteps, resumeText, toResume } from "./resume";
import { decodePlan } from "./plan-state";

const STEPS = [
  { id: "be-kind-to-yourself", label: "Let yourself feel disappointed", group: "first-days" },
  { id: "note-the-questions", label: "Write down the questions you were asked", group: "first-days" },
  { id: "chase-once", label: "Follow up once if nobody has replied", group: "first-week" },
];

const saved = (steps: Record<string, { done?: boolean; note?: string }>) =>
  decodePlan(JSON.stringify({ version: 1, steps }));

describe("where a returning reader is in her plan", () => {
  it("says nothing on a first visit or when only notes were written", () => {
    expect(toResume(saved({}), STEPS)).toBeNull();
    expect(toResume(saved({ "chase-once": { note: "Friday" } }), STEPS)).toBeNull();
  });

  it("counts ticks and names the first unticked step in plan order, even when a later one is ticked", () => {
    const resume = toResume(saved({ "be-kind-to-yourself": { done: true }, "chase-once": { done: true } }), STEPS);
    expect(resume).toEqual({ done: 2, total: 3, next: STEPS[1] });
    expect(resumeText(resume!)).toBe("2 of 3 done. Next: Write down the questions you were asked");
  });

  it("says so when every step is ticked", () => {
    const all = Object.fromEntries(STEPS.map((s) => [s.id, { done: true }]));
    expect(resumeText(toResume(saved(all), STEPS)!)).toBe("3 of 3 done. Every step is ticked.");
  });

  it("ignores ticks for steps the page does not list (removed from the plan)", () => {
    expect(toResume(saved({ "retired-step": { done: true } }), STEPS)).toBeNull();
  });

  it("reads the step list the page was built with, and an empty list from anything else", () => {
    expect(parseResumeSteps(JSON.stringify(STEPS))).toEqual(STEPS);
    expect(parseResumeSteps(undefined)).toEqual([]);
    expect(parseResumeSteps("{not json")).toEqual([]);
    expect(parseResumeSteps('{"id":"a"}')).toEqual([]);
    expect(parseResumeSteps('[{"id":1,"label":"x","group":"g"},null]')).toEqual([]);
  });
});
