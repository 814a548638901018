import { describe, expect, it } from "vitest";
import { addDebrief, addItems, changeFeedback, changeQuestion, setDetails } from "./changes";
import type { DebriefState, Question } from "./debrief-state";
import { dateWords, debriefTitle, nextAction, pickerNames, toPlainText } from "./practice";
import { countPractised, practisedText, practiseOrder } from "./progress";

const ids = () => {
  let n = 0;
  return () => `q${++n}`;
};
const base = (text: string): DebriefState =>
  addItems(addDebrief({ debriefs: [] }, "d1"), "d1", "questions", text, ids()).state;
const question = (change: Partial<Question>): Question => ({
  id: "q",
  text: "Tell me about a time",
  kind: "competency",
  rating: "",
  causes: [],
  answer: { situation: "", task: "", action: "", result: "", learn: "", where: "" },
  practised: false,
  ...change,
});

describe("the practice list", () => {
  it("puts the questions that went worst first, keeping the order within a rating, and leaves out blank ones", () => {
    let state = base("Went well one\nNot rated\nSo-so one\nStruggled one\nStruggled two");
    state = changeQuestion(state, "d1", "q1", { rating: "well" });
    state = changeQuestion(state, "d1", "q3", { rating: "so-so" });
    state = changeQuestion(state, "d1", "q4", { rating: "struggled" });
    state = changeQuestion(state, "d1", "q5", { rating: "struggled" });
    state = changeQuestion(state, "d1", "q2", { text: "   " });
    expect(practiseOrder(state.debriefs[0]!.questions).map((q) => q.text)).toEqual([
      "Struggled one",
      "Struggled two",
      "So-so one",
      "Went well one",
    ]);
  });

  it("counts practised questions across every debrief", () => {
    let state = base("A\nB\nC");
    state = changeQuestion(state, "d1", "q2", { practised: true });
    state = addItems(addDebrief(state, "d2"), "d2", "questions", "D\nE", () =>
      `x${Math.random()}`.slice(0, 8).replace(".", ""),
    ).state;
    expect(countPractised(state)).toEqual({ done: 1, total: 5 });
    expect(practisedText({ done: 3, total: 5 })).toBe("3 of 5 practised");
  });
});

describe("the next action for a question", () => {
  it.each([
    [
      "a knowledge question with nothing written",
      question({ kind: "knowledge" }),
      "Write down what you need to learn for this question, and where you will learn it.",
    ],
    [
      "a knowledge question with what and where",
      question({
        kind: "knowledge",
        answer: { ...question({}).answer, learn: "pivot tables", where: "a free course" },
      }),
      "Learn: pivot tables (a free course). Then explain it out loud in plain words.",
    ],
    [
      "a competency question with no answer yet",
      question({}),
      "Finish your better answer: add the situation, task, action and result.",
    ],
    [
      "a competency question missing its result",
      question({ answer: { ...question({}).answer, situation: "s", task: "t", action: "a" } }),
      "Finish your better answer: add the result.",
    ],
    [
      "a full STAR answer that ran too long",
      question({
        causes: ["too-long"],
        answer: { ...question({}).answer, situation: "s", task: "t", action: "a", result: "r" },
      }),
      "Say your answer out loud and time it: aim for about two minutes.",
    ],
    [
      "a full STAR answer that missed the question, and was too long",
      question({
        causes: ["too-long", "off-question"],
        answer: { ...question({}).answer, situation: "s", task: "t", action: "a", result: "r" },
      }),
      "Start with one sentence that answers the question, then give your example.",
    ],
    [
      "a competency question held back by knowledge",
      question({ causes: ["knowledge"] }),
      "Write down what you need to learn for this question, and where you will learn it.",
    ],
  ])("%s", (_name, q, expected) => {
    expect(nextAction(q)).toBe(expected);
  });
});

describe("the debrief as text", () => {
  it("names the interview, lists the questions hardest first with their answers, and the sorted feedback", () => {
    let state = base("Tell me about a time you led a team\nWhat is a pivot table?");
    state = setDetails(state, "d1", {
      organisation: "Acme",
      role: "Data analyst",
      date: "2026-12-03",
      format: "panel",
    });
    state = changeQuestion(state, "d1", "q2", { rating: "struggled" });
    state = changeQuestion(state, "d1", "q2", { cause: "knowledge", on: true });
    state = changeQuestion(state, "d1", "q2", { part: "learn", value: "Pivot tables" });
    state = changeQuestion(state, "d1", "q1", { rating: "so-so" });
    state = changeQuestion(state, "d1", "q1", { part: "situation", value: "A team of four" });
    state = changeQuestion(state, "d1", "q1", { practised: true });
    state = addItems(state, "d1", "feedback", "Needed more detail", () => "f1").state;
    state = changeFeedback(state, "d1", "f1", { kind: "style" });
    expect(toPlainText(state.debriefs[0]!)).toBe(
      [
        "Interview debrief: Data analyst at Acme, 3 December 2026",
        "",
        "The interview",
        "",
        "Format: Panel",
        "",
        "Date: 3 December 2026",
        "",
        "What to practise, hardest first",
        "",
        "1. What is a pivot table?",
        "How it went: Struggled.",
        "What held it back: did not know the subject.",
        "What to learn: Pivot tables",
        "Next: Learn: Pivot tables. Then explain it out loud in plain words.",
        "Practised: not yet.",
        "",
        "2. Tell me about a time you led a team",
        "How it went: So-so.",
        "Situation: A team of four",
        "Next: Finish your better answer: add the task, action and result.",
        "Practised: yes.",
        "",
        "Feedback",
        "",
        "Style: Needed more detail",
        "",
      ].join("\n"),
    );
  });

  it("names an interview with no details plainly", () => {
    expect(debriefTitle(addDebrief({ debriefs: [] }, "d").debriefs[0]!)).toBe("An interview");
    const three = ["a", "b", "c"].reduce((s, id) => addDebrief(s, id), { debriefs: [] } as DebriefState).debriefs;
    expect(pickerNames(three)).toEqual(["An interview", "An interview (2)", "An interview (3)"]);
    expect(pickerNames([{ ...three[0]!, organisation: "Acme" }, three[1]!])).toEqual(["Acme", "An interview"]);
    expect(dateWords("")).toBe("");
    expect(dateWords("2027-01-09")).toBe("9 January 2027");
  });
});
