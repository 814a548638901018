import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  countPlan,
  decodePlan,
  emptyPlan,
  encodePlan,
  keepKnownSteps,
  migrate,
  NOTE_MAX,
  planFields,
  planFromFields,
  PLAN_VERSION,
  setDone,
  setNote,
  STEPS_MAX,
  toPlanState,
  type PlanState,
} from "./plan-state";
import { STORED_FIXTURES } from "./fixtures";
import { planStepIds } from "../../../tests/support/plan-step-ids";

const CONTENT_IDS = planStepIds();

const ticked = (state: PlanState): string[] =>
  Object.entries(state.steps)
    .filter(([, step]) => step.done)
    .map(([id]) => id)
    .sort();

describe("decoding what is stored", () => {
  it.each(STORED_FIXTURES)("keeps only the valid part of $name", ({ stored, keeps, notes }) => {
    const state = keepKnownSteps(decodePlan(stored), CONTENT_IDS);
    expect(ticked(state)).toEqual([...keeps].sort());
    for (const [id, note] of Object.entries(notes ?? {})) expect(state.steps[id]?.note).toBe(note);
  });

  it("pollutes no prototype when the stored value has __proto__ keys", () => {
    const stored = STORED_FIXTURES.find((f) => f.name.includes("__proto__"))!.stored;
    const state = decodePlan(stored);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(state.steps)).toBeNull();
    expect(Object.keys(state.steps)).not.toContain("__proto__");
    expect(state.steps["ask-for-feedback"]?.done).toBe(true);
  });

  it("cuts a huge note to the longest note kept, without splitting a character", () => {
    const emoji = "😀".repeat(NOTE_MAX + 10);
    const state = decodePlan(JSON.stringify({ version: 1, steps: { a: { note: emoji } } }));
    const note = state.steps["a"]?.note ?? "";
    expect(Array.from(note)).toHaveLength(NOTE_MAX);
    expect(note.endsWith("😀")).toBe(true);
  });

  it("keeps at most STEPS_MAX steps from a stuffed value", () => {
    const steps = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`s${i}`, { done: true }]));
    expect(Object.keys(decodePlan(JSON.stringify({ version: 1, steps })).steps)).toHaveLength(STEPS_MAX);
  });

  it("gives an empty plan for anything that is not a string", () => {
    for (const value of [undefined, null, 1, {}, []]) expect(decodePlan(value)).toEqual(emptyPlan());
  });

  it("never throws and always gives valid steps, whatever the stored text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const state = decodePlan(text);
          for (const [id, step] of Object.entries(state.steps)) {
            expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
            expect(typeof step.done).toBe("boolean");
            expect(typeof step.note).toBe("string");
            expect(step.done || step.note.length > 0).toBe(true);
          }
        },
      ),
    );
  });

  it("never throws on arbitrary objects, including ones with __proto__ keys", () => {
    fc.assert(
      fc.property(
        fc.object({ key: fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "version", "steps")) }),
        (value) => {
          expect(() => toPlanState(value)).not.toThrow();
          expect(({} as Record<string, unknown>)["done"]).toBeUndefined();
        },
      ),
    );
  });
});

describe("encoding", () => {
  it("removes the key (undefined) when nothing is ticked or noted", () => {
    expect(encodePlan(emptyPlan())).toBeUndefined();
    expect(encodePlan(setDone(setDone(emptyPlan(), "a", true), "a", false))).toBeUndefined();
  });

  it("writes the version and only what matters", () => {
    const state = setNote(setDone(emptyPlan(), "ask-for-feedback", true), "chase-once", "Wait until Friday");
    expect(JSON.parse(encodePlan(state)!)).toEqual({
      version: PLAN_VERSION,
      steps: { "ask-for-feedback": { done: true }, "chase-once": { note: "Wait until Friday" } },
    });
  });

  it("reads back exactly what it wrote, for any ticks and notes", () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(id, fc.boolean(), fc.string({ maxLength: 40, unit: "grapheme" }))), (entries) => {
        let state = emptyPlan();
        for (const [stepId, done, note] of entries) state = setNote(setDone(state, stepId, done), stepId, note);
        expect(decodePlan(encodePlan(state))).toEqual(state);
      }),
    );
  });
});

describe("changing the plan", () => {
  it("ticks, unticks and notes a step without touching the others", () => {
    let state = setDone(emptyPlan(), "a", true);
    state = setDone(state, "b", true);
    state = setNote(state, "b", "said I lacked experience");
    state = setDone(state, "a", false);
    expect(ticked(state)).toEqual(["b"]);
    expect(state.steps["b"]?.note).toBe("said I lacked experience");
    expect(state.steps["a"]).toBeUndefined();
  });

  it("ignores ids that are not step ids, such as __proto__", () => {
    const state = setDone(emptyPlan(), "__proto__", true);
    expect(Object.keys(state.steps)).toEqual([]);
    expect(({} as Record<string, unknown>)["done"]).toBeUndefined();
  });

  it("does not change the plan it was given", () => {
    const before = setDone(emptyPlan(), "a", true);
    setDone(before, "b", true);
    expect(ticked(before)).toEqual(["a"]);
  });

  it("counts ticks and notes", () => {
    const state = setNote(setDone(setDone(emptyPlan(), "a", true), "b", true), "c", "x");
    expect(countPlan(state)).toEqual({ ticks: 2, notes: 1 });
  });
});

describe("when the plan's content changes", () => {
  const saved = decodePlan(
    JSON.stringify({
      version: 1,
      steps: {
        "ask-for-feedback": { done: true, note: "Asked on Monday" },
        "chase-once": { done: true },
        "removed-step": { done: true },
      },
    }),
  );

  it("keeps the tick of a step whose label was reworded, because its id is stable", () => {
    // Labels live only in content; the saved state never holds them.
    expect(encodePlan(saved)).not.toContain("Ask for feedback");
    expect(keepKnownSteps(saved, CONTENT_IDS).steps["ask-for-feedback"]).toEqual({
      done: true,
      note: "Asked on Monday",
    });
  });

  it("drops a removed step's tick and touches no other step", () => {
    const kept = keepKnownSteps(saved, CONTENT_IDS);
    expect(kept.steps["removed-step"]).toBeUndefined();
    expect(ticked(kept)).toEqual(["ask-for-feedback", "chase-once"]);
  });

  it("returns the same plan when nothing was removed, so nothing is saved", () => {
    const current = setDone(emptyPlan(), "chase-once", true);
    expect(keepKnownSteps(current, CONTENT_IDS)).toBe(current);
  });
});

describe("migrating old versions", () => {
  it("brings a version 0 list of ids to the current version", () => {
    expect(migrate(["a", "b"])).toEqual({ version: PLAN_VERSION, steps: { a: { done: true }, b: { done: true } } });
  });

  it("leaves the current version as it is", () => {
    const current = { version: PLAN_VERSION, steps: { a: { done: true } } };
    expect(migrate(current)).toBe(current);
  });

  it("reads a newer version as far as it matches the current shape", () => {
    expect(ticked(toPlanState({ version: PLAN_VERSION + 1, steps: { a: { done: true } } }))).toEqual(["a"]);
  });
});

describe("the plan as fields, for keeping tabs in step", () => {
  it("gives one field per step and reads the same plan back", () => {
    const state = setNote(setDone(emptyPlan(), "ask-for-feedback", true), "chase-once", "Rang on Tuesday");
    expect(planFields(state)).toEqual({ "ask-for-feedback": '[true,""]', "chase-once": '[false,"Rang on Tuesday"]' });
    expect(planFromFields(planFields(state))).toEqual(state);
  });

  it("leaves out a removed step and anything that is not a step", () => {
    const fields = { "ask-for-feedback": "", "chase-once": "not json", "list-what-went-well": '[true,""]' };
    expect(planFromFields(fields).steps).toEqual({ "list-what-went-well": { done: true, note: "" } });
  });
});
