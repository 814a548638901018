import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { anyText } from "../../../tests/support/arbitrary-text";
import {
  addDebrief,
  addItems,
  changeFeedback,
  changeQuestion,
  guessKind,
  moveQuestion,
  putDebrief,
  removeDebrief,
  removeItem,
  restoreItem,
  setDetails,
  splitLines,
} from "./changes";
import { decodeDebriefs, encodeDebriefs, type DebriefState } from "./debrief-state";

const ids = () => {
  let n = 0;
  return () => `id${++n}`;
};
const withQuestions = (text: string): DebriefState =>
  addItems(addDebrief({ debriefs: [] }, "d1"), "d1", "questions", text, ids()).state;
const questionTexts = (state: DebriefState) => state.debriefs[0]!.questions.map((q) => q.text);

describe("adding questions from a box", () => {
  it("adds one question per line, without list numbers, bullets or blank lines", () => {
    expect(
      splitLines("1. Why us?\r\n\n2) Tell me about a time you failed\n- What is SQL?\n• Any questions?\n   \n"),
    ).toEqual(["Why us?", "Tell me about a time you failed", "What is SQL?", "Any questions?"]);
  });

  it("guesses the kind: a past example is competency, anything else knowledge", () => {
    const state = withQuestions(
      "Tell me about a time you led a team\nWhat is a pivot table?\nDescribe a difficult customer",
    );
    expect(state.debriefs[0]!.questions.map((q) => q.kind)).toEqual(["competency", "knowledge", "competency"]);
  });

  it.each([
    ["Why do you want to work here?", "competency"],
    ["What are your greatest strengths?", "competency"],
    ["What is your biggest weakness?", "competency"],
    ["Where do you see yourself in five years?", "competency"],
    ["How would you handle an angry customer?", "competency"],
    ["What does a data analyst do?", "knowledge"],
    ["What's the difference between a list and a tuple?", "knowledge"],
    ["How does a hash map work?", "knowledge"],
    ["Explain how you would index this table", "knowledge"],
    ["Define working capital", "knowledge"],
  ] as const)("guesses %j is a %s question", (text, kind) => {
    expect(guessKind(text)).toBe(kind);
  });

  it("adds nothing, and returns the same state, when the box is empty", () => {
    const before = addDebrief({ debriefs: [] }, "d1");
    const result = addItems(before, "d1", "questions", "  \n\n", ids());
    expect(result).toEqual({ state: before, added: 0 });
    expect(result.state).toBe(before);
  });

  it("adds feedback points unsorted", () => {
    const state = addItems(addDebrief({ debriefs: [] }, "d1"), "d1", "feedback", "More detail\nKnow SQL", ids()).state;
    expect(state.debriefs[0]!.feedback).toEqual([
      { id: "id1", text: "More detail", kind: "" },
      { id: "id2", text: "Know SQL", kind: "" },
    ]);
  });
});

describe("changing a debrief", () => {
  it("moves a question up and down, and not past either end", () => {
    const state = withQuestions("A\nB\nC");
    expect(questionTexts(moveQuestion(state, "d1", "id3", -1))).toEqual(["A", "C", "B"]);
    expect(questionTexts(moveQuestion(state, "d1", "id1", 1))).toEqual(["B", "A", "C"]);
    expect(moveQuestion(state, "d1", "id1", -1)).toBe(state);
    expect(moveQuestion(state, "d1", "id3", 1)).toBe(state);
  });

  it("removes a question and puts it back where it was", () => {
    const state = withQuestions("A\nB\nC");
    const removed = removeItem(state, "d1", "questions", "id2");
    expect(questionTexts(removed)).toEqual(["A", "C"]);
    const question = state.debriefs[0]!.questions[1]!;
    expect(questionTexts(restoreItem(removed, "d1", "questions", question, 1))).toEqual(["A", "B", "C"]);
    // Undo twice does not duplicate it.
    const back = restoreItem(removed, "d1", "questions", question, 1);
    expect(restoreItem(back, "d1", "questions", question, 1)).toBe(back);
  });

  it("sets a rating, turns causes on and off, and writes one part of the answer", () => {
    let state = withQuestions("Tell me about a time you led");
    state = changeQuestion(state, "d1", "id1", { rating: "struggled" });
    state = changeQuestion(state, "d1", "id1", { cause: "too-long", on: true });
    state = changeQuestion(state, "d1", "id1", { cause: "nerves", on: true });
    state = changeQuestion(state, "d1", "id1", { cause: "too-long", on: false });
    state = changeQuestion(state, "d1", "id1", { part: "action", value: "I split the work" });
    expect(state.debriefs[0]!.questions[0]).toMatchObject({
      rating: "struggled",
      causes: ["nerves"],
      answer: { situation: "", task: "", action: "I split the work", result: "", learn: "", where: "" },
    });
  });

  it("marks feedback knowledge or style", () => {
    let state = addItems(addDebrief({ debriefs: [] }, "d1"), "d1", "feedback", "Know SQL", ids()).state;
    state = changeFeedback(state, "d1", "id1", { kind: "knowledge" });
    expect(state.debriefs[0]!.feedback[0]!.kind).toBe("knowledge");
  });

  it("checks details as on reading: an impossible date or unknown format is not kept", () => {
    const state = setDetails(addDebrief({ debriefs: [] }, "d1"), "d1", {
      organisation: "Acme",
      date: "2026-13-01",
      format: "séance" as "panel",
    });
    expect(state.debriefs[0]).toMatchObject({ organisation: "Acme", date: "", format: "" });
  });

  it("changes nothing, returning the same object, when the debrief or item is gone (deleted in another tab)", () => {
    const state = withQuestions("A");
    const empty: DebriefState = { debriefs: [] };
    expect(changeQuestion(empty, "d1", "id1", { rating: "well" })).toBe(empty);
    expect(changeQuestion(state, "d1", "gone", { rating: "well" })).toBe(state);
    expect(setDetails(empty, "d1", { role: "x" })).toBe(empty);
    expect(addItems(empty, "d1", "questions", "A", ids()).state).toBe(empty);
    expect(removeItem(state, "d1", "questions", "gone")).toBe(state);
    expect(changeFeedback(state, "d1", "gone", { kind: "style" })).toBe(state);
    expect(removeDebrief(empty, "d1")).toBe(empty);
  });

  it("never adds a debrief with an id already used, and puts a deleted one back in its place", () => {
    const two = addDebrief(addDebrief({ debriefs: [] }, "a"), "b");
    expect(addDebrief(two, "a")).toBe(two);
    const first = two.debriefs[0]!;
    expect(putDebrief(removeDebrief(two, "a"), first, 0).debriefs.map((d) => d.id)).toEqual(["a", "b"]);
  });

  it("keeps any typed text as text through a save and a read (property)", () => {
    fc.assert(
      fc.property(anyText, anyText, (organisation, answer) => {
        let state = setDetails(withQuestions("Q"), "d1", { organisation });
        state = changeQuestion(state, "d1", "id1", { part: "result", value: answer });
        const read = decodeDebriefs(encodeDebriefs(state));
        expect(read).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
});
