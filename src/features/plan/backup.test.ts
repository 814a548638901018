import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addBackup, BACKUP_MAX_BYTES, backupFileName, lossText, readBackup, replaceLoss, toBackup } from "./backup";
import { emptyPlan, setDone, setNote, type PlanState } from "./plan-state";

/** The format name written in every backup: files people saved must keep reading, so it never changes. */
const BACKUP_FORMAT = "after-the-no/plan";

const KNOWN = ["ask-for-feedback", "chase-once", "list-what-went-well"];
const DAY = new Date("2026-11-22T10:00:00Z");

describe("exporting the plan", () => {
  it("writes a file that says what it is, and reads back to the same plan", () => {
    const state = setNote(setDone(emptyPlan(), "ask-for-feedback", true), "chase-once", "Chased on the 30th");
    const text = toBackup(state, DAY);
    expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, version: 1, saved: "2026-11-22" });
    const result = readBackup(text, KNOWN);
    expect(result).toEqual({ ok: true, state, ignored: 0 });
  });

  it("exports an empty plan as a valid file", () => {
    const result = readBackup(toBackup(emptyPlan(), DAY), KNOWN);
    expect(result.ok && Object.keys(result.state.steps)).toEqual([]);
  });

  it("names the file after the site and the day", () => {
    expect(backupFileName(DAY)).toBe("after-the-no-plan-2026-11-22.json");
  });
});

describe("importing a file", () => {
  it.each([
    { name: "a text file", text: "Dear hiring manager,", error: "not-json" },
    { name: "an empty file", text: "", error: "not-json" },
    { name: "a JSON array", text: "[1,2,3]", error: "not-a-plan" },
    { name: "JSON null", text: "null", error: "not-a-plan" },
    { name: "another site's JSON", text: JSON.stringify({ name: "my-app", version: "1.0.0" }), error: "not-a-plan" },
    {
      name: "another site's JSON that also has steps",
      text: JSON.stringify({ format: "todo-app", steps: { "ask-for-feedback": { done: true } } }),
      error: "not-a-plan",
    },
    {
      name: "our format with steps of the wrong type",
      text: JSON.stringify({ format: BACKUP_FORMAT, steps: [] }),
      error: "not-a-plan",
    },
    { name: "a file that is too large", text: " ".repeat(BACKUP_MAX_BYTES + 1), error: "too-large" },
  ] as const)("refuses $name with a clear error", ({ text, error }) => {
    expect(readBackup(text, KNOWN)).toEqual({ ok: false, error });
  });

  it("refuses a file from a newer version of the site, even if some of its steps look readable", () => {
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 99,
      steps: { "chase-once": { done: true }, "ask-for-feedback": { state: "complete" } },
    });
    expect(readBackup(text, KNOWN)).toEqual({ ok: false, error: "newer-version" });
  });

  it.each([
    { name: "a step whose tick is written another way", steps: { "chase-once": { done: true }, x: { done: "yes" } } },
    { name: "a step that is not an object", steps: { "chase-once": "done" } },
    { name: "an id this version cannot read", steps: { "Chase Once": { done: true } } },
  ])("refuses a file with $name, which would lose ticks", ({ steps }) => {
    expect(readBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, steps }), KNOWN)).toEqual({
      ok: false,
      error: "unreadable",
    });
  });

  it("accepts a file with a byte-order mark", () => {
    const text = `\uFEFF${toBackup(setDone(emptyPlan(), "chase-once", true), DAY)}`;
    expect(readBackup(text, KNOWN).ok).toBe(true);
  });

  it("drops steps that are no longer in the plan and counts them", () => {
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      steps: { "chase-once": { done: true }, "old-step": { done: true }, __proto__: { done: true } },
    });
    const result = readBackup(text, KNOWN);
    expect(result.ok && Object.keys(result.state.steps)).toEqual(["chase-once"]);
    expect(result.ok && result.ignored).toBe(1);
  });

  it("never throws, whatever the file holds", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ format: BACKUP_FORMAT, steps: v })),
        ),
        (text) => {
          expect(() => readBackup(text, KNOWN)).not.toThrow();
        },
      ),
    );
  });
});

describe("restoring a backup by adding it or replacing the plan", () => {
  const plan = (steps: Record<string, { done?: boolean; note?: string }>): PlanState =>
    Object.entries(steps).reduce(
      (state, [id, step]) => setNote(setDone(state, id, step.done ?? false), id, step.note ?? ""),
      emptyPlan(),
    );
  const current = plan({
    "ask-for-feedback": { done: true },
    "chase-once": { done: true, note: "Chased on Monday" },
    "list-what-went-well": { done: true },
    "write-it-down": { note: "The panel liked my portfolio" },
  });
  const backup = plan({ "chase-once": { note: "Chase by Friday" }, "practise-answers": { done: true } });

  it("adds: keeps every tick and note the plan has and gains the backup's", () => {
    expect(addBackup(current, backup).steps).toEqual({
      "ask-for-feedback": { done: true, note: "" },
      "chase-once": { done: true, note: "Chased on Monday\n\nChase by Friday" },
      "list-what-went-well": { done: true, note: "" },
      "write-it-down": { done: false, note: "The panel liked my portfolio" },
      "practise-answers": { done: true, note: "" },
    });
  });

  it("adds a note only once when the plan already holds it", () => {
    expect(addBackup(current, current)).toEqual(current);
  });

  it("counts what replacing would remove: ticks it undoes and notes whose words it does not keep", () => {
    expect(replaceLoss(current, backup)).toEqual({ ticks: 3, notes: 2 });
    expect(lossText(replaceLoss(current, backup))).toBe("3 ticks and 2 notes");
    expect(lossText({ ticks: 1, notes: 0 })).toBe("1 tick");
    expect(lossText({ ticks: 0, notes: 1 })).toBe("1 note");
    expect(lossText(replaceLoss(backup, addBackup(backup, current)))).toBe("");
  });

  it("never loses a tick or a note when adding (property)", () => {
    const ids = fc.constantFrom("ask-for-feedback", "chase-once", "list-what-went-well", "practise-answers");
    const planArb = fc
      .dictionary(ids, fc.record({ done: fc.boolean(), note: fc.string({ maxLength: 40 }) }))
      .map((steps) => plan(steps));
    fc.assert(
      fc.property(planArb, planArb, (mine, theirs) => {
        const added = addBackup(mine, theirs);
        expect(replaceLoss(mine, added)).toEqual({ ticks: 0, notes: 0 });
        for (const [id, step] of Object.entries(theirs.steps)) {
          if (step.done) expect(added.steps[id]?.done).toBe(true);
          if (step.note) expect(added.steps[id]?.note).toContain(step.note);
        }
      }),
    );
  });
});
