import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BACKUP_FORMAT, BACKUP_MAX_BYTES, backupFileName, readBackup, toBackup } from "./backup";
import { emptyPlan, setDone, setNote } from "./plan-state";

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
