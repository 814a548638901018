import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { anyText } from "../../../tests/support/arbitrary-text";
import { addDebrief, addItems, setDetails } from "./changes";
import { BACKUP_FORMAT, BACKUP_MAX_BYTES, backupFileName, readBackup, toBackup } from "./backup";
import type { DebriefState } from "./debrief-state";

const now = new Date("2026-12-03T10:00:00Z");
let n = 0;
const newId = () => `new${++n}`;
const one: DebriefState = setDetails(
  addItems(addDebrief({ debriefs: [] }, "d1"), "d1", "questions", "Why us?\nWhat is SQL?", () => `q${++n}`).state,
  "d1",
  { organisation: "Acme", role: "Analyst" },
);
const none: DebriefState = { debriefs: [] };

describe("the debrief file", () => {
  it("names its format and version and the day it was saved", () => {
    const file = JSON.parse(toBackup(one.debriefs[0]!, now));
    expect(file).toMatchObject({ format: "after-the-no/debrief", version: 1, saved: "2026-12-03" });
    expect(backupFileName(now)).toBe("after-the-no-debrief-2026-12-03.json");
  });

  it("reads back what it wrote, as a debrief to add", () => {
    const result = readBackup(toBackup(one.debriefs[0]!, now), none, newId);
    expect(result).toEqual({ ok: true, debriefs: [one.debriefs[0]] });
  });

  it("adds a debrief with a new id when one with the same id is already kept, never replacing it", () => {
    const result = readBackup(toBackup(one.debriefs[0]!, now), one, newId);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.debriefs[0]!.id).not.toBe("d1");
    expect(result.debriefs[0]!.organisation).toBe("Acme");
  });

  it.each([
    ["too-large", "x".repeat(BACKUP_MAX_BYTES + 1)],
    ["not-json", "{ not json"],
    ["not-a-debrief", JSON.stringify({ format: "after-the-no/plan", version: 1, steps: {} })],
    ["not-a-debrief", "[]"],
    ["not-a-debrief", "null"],
    ["newer-version", JSON.stringify({ format: BACKUP_FORMAT, version: 2, debriefs: [{ id: "a" }] })],
    ["empty", JSON.stringify({ format: BACKUP_FORMAT, version: 1, debriefs: [{ organisation: "no id" }] })],
  ])("refuses a file with %s", (error, text) => {
    expect(readBackup(text, none, newId)).toEqual({ ok: false, error });
  });

  it("refuses a file when there is no room left, rather than dropping part of it", () => {
    const full: DebriefState = {
      debriefs: Array.from({ length: 30 }, (_, i) => ({ ...one.debriefs[0]!, id: `f${i}` })),
    };
    expect(readBackup(toBackup(one.debriefs[0]!, now), full, newId)).toEqual({ ok: false, error: "full" });
  });

  it("never throws on any text (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc.jsonValue().map((v) => JSON.stringify({ format: BACKUP_FORMAT, debriefs: v })),
        ),
        (text) => {
          expect(() => readBackup(text, one, newId)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
