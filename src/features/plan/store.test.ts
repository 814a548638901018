import { beforeEach, describe, expect, it, vi } from "vitest";

// As in a browser whose localStorage is null: the store runs on the safe engine's
// memory layer, and its actions must still work and report that nothing was saved.
vi.stubGlobal("localStorage", null);
const store = await import("./store");

describe("the plan store without storage", () => {
  // Each test starts from an empty plan, so any one passes alone (vitest -t).
  beforeEach(() => store.replacePlan({ steps: {} }));

  it("reports storage as unavailable and still changes the plan through its actions", async () => {
    expect(store.$storageProblem.get()).toBe("unavailable");
    expect(await store.toggleStep("ask-for-feedback", true)).toBe(false);
    expect(await store.writeNote("ask-for-feedback", "Asked Sam")).toBe(false);
    expect(store.$plan.get().steps["ask-for-feedback"]).toEqual({ done: true, note: "Asked Sam" });
  });

  it("shows a change at once, before it is stored", () => {
    void store.toggleStep("chase-once", true);
    expect(store.$plan.get().steps["chase-once"]).toEqual({ done: true, note: "" });
  });

  it("starts again and undoes it", async () => {
    await store.toggleStep("chase-once", true);
    const previous = store.startAgain();
    expect(Object.keys(store.$plan.get().steps)).toEqual([]);
    await store.replacePlan(previous);
    expect(store.$plan.get().steps["chase-once"]).toEqual({ done: true, note: "" });
  });

  it("forgets removed steps and leaves the others", async () => {
    await store.toggleStep("ask-for-feedback", true);
    await store.toggleStep("chase-once", true);
    await store.toggleStep("old-step", true);
    store.forgetRemovedSteps(["chase-once", "ask-for-feedback"]);
    await vi.waitFor(() =>
      expect(Object.keys(store.$plan.get().steps).sort()).toEqual(["ask-for-feedback", "chase-once"]),
    );
  });
});
