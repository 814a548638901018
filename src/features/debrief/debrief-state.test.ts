import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { anyText } from "../../../tests/support/arbitrary-text";
import {
  DEBRIEFS_MAX,
  decodeDebriefs,
  encodeDebriefs,
  ITEMS_MAX,
  migrate,
  SHORT_MAX,
  TEXT_MAX,
  toDate,
  toDebriefState,
  toText,
} from "./debrief-state";
import { STORED_FIXTURES } from "./fixtures";

const texts = (stored: string) => decodeDebriefs(stored).debriefs.flatMap((d) => d.questions.map((q) => q.text));

describe("decoding what is stored", () => {
  it.each(STORED_FIXTURES.map((f) => [f.name, f] as const))("keeps only what is valid: %s", (_name, fixture) => {
    expect(texts(fixture.stored)).toEqual(fixture.questions);
  });

  it("keeps hostile text as text and drops values that are not in the schema", () => {
    const [debrief] = decodeDebriefs(STORED_FIXTURES.find((f) => f.name.startsWith("markup"))!.stored).debriefs;
    expect(debrief).toMatchObject({
      organisation: "<img src=x onerror=alert(1)>",
      role: "<script>alert(1)</script>",
      date: "",
      format: "",
    });
    expect(debrief!.questions[0]).toMatchObject({ rating: "", causes: ["nerves"], practised: false });
    expect(debrief!.feedback).toEqual([{ id: "f1", text: "<b>bold</b>", kind: "" }]);
  });

  it("never lets a stored __proto__ reach a question", () => {
    const [debrief] = decodeDebriefs(STORED_FIXTURES.find((f) => f.name === "prototype keys")!.stored).debriefs;
    expect(debrief!.questions[0]!.practised).toBe(false);
    expect(({} as Record<string, unknown>)["practised"]).toBeUndefined();
  });

  it("reads a missing key, or anything that is not text, as no debriefs", () => {
    expect(decodeDebriefs(undefined)).toEqual({ debriefs: [] });
    expect(decodeDebriefs(null)).toEqual({ debriefs: [] });
    expect(decodeDebriefs(12)).toEqual({ debriefs: [] });
  });

  it("migrates a single unversioned debrief and { debriefs } without a version", () => {
    expect(migrate({ id: "one" })).toEqual({ version: 1, debriefs: [{ id: "one" }] });
    expect(migrate({ debriefs: [{ id: "two" }] })).toEqual({ version: 1, debriefs: [{ id: "two" }] });
    expect(migrate("text")).toEqual({ version: 1, debriefs: [] });
  });

  it("caps what it keeps: 30 debriefs, 60 questions each, 120 characters of organisation, 2000 of text", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `d${i}` }));
    expect(toDebriefState({ version: 1, debriefs: many }).debriefs).toHaveLength(DEBRIEFS_MAX);
    const questions = Array.from({ length: 70 }, (_, i) => ({ id: `q${i}`, text: "x" }));
    const [d] = toDebriefState({
      version: 1,
      debriefs: [
        { id: "a", organisation: "o".repeat(500), questions: [{ id: "long", text: "y".repeat(5000) }, ...questions] },
      ],
    }).debriefs;
    expect(d!.questions).toHaveLength(ITEMS_MAX);
    expect(d!.organisation).toHaveLength(SHORT_MAX);
    expect(d!.questions[0]!.text).toHaveLength(TEXT_MAX);
  });

  it("cuts text without splitting a character", () => {
    expect(toText("😀😀😀", 2)).toBe("😀😀");
    expect(toText(5)).toBe("");
  });

  it("keeps only real calendar dates", () => {
    expect(toDate("2026-12-03")).toBe("2026-12-03");
    expect(toDate("2026-02-29")).toBe("");
    expect(toDate("2028-02-29")).toBe("2028-02-29");
    expect(toDate("3 Dec 2026")).toBe("");
  });
});

describe("decoding any input (property)", () => {
  const anyJson = fc.jsonValue({ maxDepth: 6 });
  const shaped = fc.record({
    version: fc.oneof(fc.constant(1), fc.integer(), anyJson),
    debriefs: fc.array(
      fc.record({
        id: fc.oneof(fc.stringMatching(/^[a-z0-9]{1,8}$/), anyText),
        organisation: anyText,
        role: anyText,
        date: fc.oneof(anyText, fc.constant("2026-12-03")),
        format: fc.oneof(anyText, fc.constantFrom("panel", "video")),
        questions: fc.array(
          fc.record({
            id: fc.oneof(fc.stringMatching(/^[a-z0-9]{1,8}$/), anyText),
            text: anyText,
            rating: fc.oneof(anyText, fc.constantFrom("well", "struggled")),
            causes: fc.array(fc.oneof(anyText, fc.constantFrom("nerves", "too-long"))),
            answer: fc.dictionary(fc.constantFrom("situation", "task", "learn", "x"), anyText),
            practised: anyJson,
          }),
          { maxLength: 5 },
        ),
      }),
      { maxLength: 4 },
    ),
  });

  it("never throws on any text, and always gives a state that encodes and decodes to itself", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          anyJson.map((v) => JSON.stringify(v)),
          shaped.map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const state = decodeDebriefs(text);
          const again = decodeDebriefs(encodeDebriefs(state));
          expect(again).toEqual(state);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps every question with a valid id from a well-shaped value, its text cut to the limit", () => {
    fc.assert(
      fc.property(shaped, (value) => {
        const state = toDebriefState(value);
        for (const d of state.debriefs) {
          expect(d.id).toMatch(/^[a-z0-9]{1,24}$/);
          for (const q of d.questions) expect(Array.from(q.text).length).toBeLessThanOrEqual(TEXT_MAX);
        }
      }),
      { numRuns: 200 },
    );
  });
});
