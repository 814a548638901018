import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countText, toggleMessage, toProgress, toStatus, STATUS_TEXT } from "./progress";
import { emptyPlan, setDone, setNote } from "./plan-state";

const GROUPS = [
  { id: "first-days", title: "The first day or two", stepIds: ["a", "b", "c"] },
  { id: "first-week", title: "The first week", stepIds: ["d", "e"] },
];

describe("progress through the plan", () => {
  it.each([
    { name: "nothing ticked", ticks: [], overall: "0 of 5 done", statuses: ["Not started", "Not started"] },
    { name: "one tick", ticks: ["a"], overall: "1 of 5 done", statuses: ["In progress", "Not started"] },
    { name: "a whole group", ticks: ["d", "e"], overall: "2 of 5 done", statuses: ["Not started", "Completed"] },
    {
      name: "everything",
      ticks: ["a", "b", "c", "d", "e"],
      overall: "5 of 5 done",
      statuses: ["Completed", "Completed"],
    },
  ])("says the right thing with $name", ({ ticks, overall, statuses }) => {
    const state = ticks.reduce((plan, id) => setDone(plan, id, true), emptyPlan());
    const progress = toProgress(state, GROUPS);
    expect(countText(progress.done, progress.total)).toBe(overall);
    expect(progress.groups.map((group) => STATUS_TEXT[group.status])).toEqual(statuses);
  });

  it("does not count a note without a tick, or a tick for a step outside the groups", () => {
    const state = setDone(setNote(emptyPlan(), "a", "not yet"), "zzz", true);
    expect(toProgress(state, GROUPS).done).toBe(0);
  });

  it("an empty group counts as not started", () => {
    expect(toStatus(0, 0)).toBe("not-started");
  });

  it("never counts more done than there are steps, for any ticks", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", "c", "d", "e", "x", "__proto__")), (ids) => {
        const state = ids.reduce((plan, id) => setDone(plan, id, true), emptyPlan());
        const progress = toProgress(state, GROUPS);
        expect(progress.done).toBeLessThanOrEqual(progress.total);
        expect(progress.done).toBe(progress.groups.reduce((sum, group) => sum + group.done, 0));
        expect(progress.total).toBe(5);
      }),
    );
  });
});

describe("what the live region says after a tick", () => {
  it("names the step, the group and the whole plan in one message", () => {
    expect(
      toggleMessage({
        label: "Ask for feedback on your interview",
        done: true,
        group: { title: "The first day or two", done: 3, total: 6 },
        overall: { done: 4, total: 15 },
        saved: true,
      }),
    ).toBe("Ask for feedback on your interview: done. The first day or two: 3 of 6 done. Whole plan: 4 of 15 done.");
  });

  it("adds that the change could not be saved when storage failed", () => {
    expect(
      toggleMessage({
        label: "List what went well",
        done: false,
        group: { title: "The first week", done: 0, total: 5 },
        overall: { done: 0, total: 15 },
        saved: false,
      }),
    ).toMatch(/^List what went well: not done\..*could not be saved/);
  });
});
