import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { keyOf, mergePlans } from "./merge";
import { decodePlan, emptyPlan, encodePlan, setDone, setNote, type PlanState } from "./plan-state";

const IDS = ["ask-for-feedback", "chase-once", "list-what-went-well", "prepare-examples"];

const ticked = (state: PlanState): string[] =>
  Object.keys(state.steps)
    .filter((id) => state.steps[id]?.done)
    .sort();

/** A tab as the store models it: its plan, the plan it last read, and what it changed since. */
interface Tab {
  ours: PlanState;
  base: PlanState;
  recent: Set<string>;
  /** The values of storage events waiting for this tab, oldest first. */
  inbox: (string | undefined)[];
}

type Change = { id: string; done: boolean } | { id: string; note: string };

const change = fc.oneof(
  fc.record({ id: fc.constantFrom(...IDS), done: fc.boolean() }),
  fc.record({ id: fc.constantFrom(...IDS), note: fc.constantFrom("", "Asked Sam", "Chased on Monday") }),
);

/**
 * Two tabs start from the same saved plan, each makes its changes before hearing from
 * the other (the same moment), then storage events are delivered in the given order.
 * Storage fires an event in the other tab only when the stored text changes.
 */
function simulate(start: PlanState, changesA: Change[], changesB: Change[], order: boolean[]) {
  let stored = encodePlan(start);
  const tabs = [0, 1].map((): Tab => ({ ours: start, base: start, recent: new Set(), inbox: [] }));
  const write = (from: number, state: PlanState) => {
    tabs[from]!.ours = state;
    const text = encodePlan(state);
    if (text === stored) return;
    stored = text;
    tabs[1 - from]!.inbox.push(text);
  };
  [changesA, changesB].forEach((changes, i) => {
    const tab = tabs[i]!;
    for (const c of changes) {
      const next = "done" in c ? setDone(tab.ours, c.id, c.done) : setNote(tab.ours, c.id, c.note);
      // As the store does: only a real change is remembered as recent.
      if (keyOf(next.steps[c.id]) !== keyOf(tab.ours.steps[c.id])) tab.recent.add(c.id);
      write(i, next);
    }
  });
  let deliveries = 0;
  const deliver = (i: number) => {
    const tab = tabs[i]!;
    if (!tab.inbox.length) return;
    deliveries++;
    const theirs = decodePlan(tab.inbox.shift());
    const merged = mergePlans(tab.base, tab.ours, theirs, (id) => tab.recent.has(id));
    tab.base = theirs;
    // As the store does: a plan that is theirs alone is shown, not written back.
    if (merged === theirs) tab.ours = theirs;
    else write(i, merged);
  };
  for (const toA of order) deliver(toA ? 0 : 1);
  // Then drain whatever is left, as a browser eventually would.
  for (let guard = 0; guard < 100 && (tabs[0]!.inbox.length || tabs[1]!.inbox.length); guard++) {
    deliver(0);
    deliver(1);
  }
  return { a: tabs[0]!, b: tabs[1]!, stored: decodePlan(stored), deliveries };
}

describe("merging another tab's plan", () => {
  it("keeps a step ticked here that the other tab's plan does not have yet", () => {
    const ours = setDone(emptyPlan(), "chase-once", true);
    const theirs = setDone(emptyPlan(), "ask-for-feedback", true);
    const merged = mergePlans(emptyPlan(), ours, theirs, (id) => ["chase-once"].includes(id));
    expect(ticked(merged)).toEqual(["ask-for-feedback", "chase-once"]);
  });

  it("takes the other tab's change to a step this tab has not touched, including an untick", () => {
    const both = setDone(setDone(emptyPlan(), "chase-once", true), "ask-for-feedback", true);
    const theirs = setDone(both, "chase-once", false);
    expect(ticked(mergePlans(both, both, theirs, () => false))).toEqual(["ask-for-feedback"]);
  });

  it("keeps an untick made here when the other tab's plan still has the old tick", () => {
    const both = setDone(emptyPlan(), "chase-once", true);
    const ours = setDone(both, "chase-once", false);
    const theirs = setDone(both, "ask-for-feedback", true);
    expect(ticked(mergePlans(both, ours, theirs, (id) => ["chase-once"].includes(id)))).toEqual(["ask-for-feedback"]);
  });

  it("returns the other tab's plan itself when there is nothing of ours to add", () => {
    const theirs = setDone(emptyPlan(), "chase-once", true);
    expect(mergePlans(emptyPlan(), emptyPlan(), theirs, () => false)).toBe(theirs);
  });

  it("loses no tick and converges when two tabs tick different steps at the same moment", () => {
    fc.assert(
      fc.property(
        fc.subarray(IDS),
        fc.subarray(IDS),
        fc.array(fc.boolean(), { maxLength: 12 }),
        (idsA, idsB, order) => {
          const onlyB = idsB.filter((id) => !idsA.includes(id));
          const { a, b, stored, deliveries } = simulate(
            emptyPlan(),
            idsA.map((id) => ({ id, done: true })),
            onlyB.map((id) => ({ id, done: true })),
            order,
          );
          const all = [...new Set([...idsA, ...onlyB])].sort();
          expect(ticked(a.ours)).toEqual(all);
          expect(ticked(b.ours)).toEqual(all);
          expect(ticked(stored)).toEqual(all);
          expect(deliveries).toBeLessThan(10);
        },
      ),
    );
  });

  // Not covered (a known limit, see merge.ts): the same step changed in both tabs, or
  // changed twice in one tab, within one round trip of storage events.
  it("converges on one plan, in both tabs and in storage, when the tabs tick, untick and note different steps", () => {
    const startPlan = fc.subarray(IDS).map((ids) => ids.reduce((state, id) => setDone(state, id, true), emptyPlan()));
    fc.assert(
      fc.property(
        startPlan,
        fc.array(change, { maxLength: 5 }),
        fc.array(change, { maxLength: 5 }),
        fc.array(fc.boolean(), { maxLength: 12 }),
        (start, allA, allB, order) => {
          const once = (list: Change[]) => list.filter((c, i) => list.findIndex((x) => x.id === c.id) === i);
          const changesA = once(allA);
          const changesB = once(allB).filter((c) => !changesA.some((x) => x.id === c.id));
          const { a, b, stored } = simulate(start, changesA, changesB, order);
          expect(encodePlan(a.ours)).toEqual(encodePlan(stored));
          expect(decodePlan(encodePlan(b.ours))).toEqual(stored);
          // A tick made in either tab, on a step the other did not touch, survives.
          const touchedB = new Set(changesB.map((c) => c.id));
          for (const c of changesA) {
            const last = changesA.filter((x) => x.id === c.id && "done" in x).at(-1);
            if (last && "done" in last && last.done && !touchedB.has(c.id)) {
              expect(stored.steps[c.id]?.done).toBe(true);
            }
          }
        },
      ),
    );
  });
});
