import { beforeEach, describe, expect, it, vi } from "vitest";
import { memoryStorage } from "../../../tests/support/memory-storage";

// A working localStorage shared with "another tab": the test writes to it directly.
const storage = memoryStorage();
vi.stubGlobal("localStorage", storage);
const store = await import("./store");
const KEY = "atn:debrief:v1";

describe("the debrief store", () => {
  beforeEach(() => {
    storage.data.clear();
    store.refresh();
  });

  it("writes each change to storage at once", () => {
    const id = store.startDebrief();
    expect(store.writeItems(id, "questions", "Why us?\nWhat is SQL?")).toEqual({ added: 2, saved: true });
    const stored = JSON.parse(storage.data.get(KEY)!);
    expect(stored.debriefs[0].questions.map((q: { text: string }) => q.text)).toEqual(["Why us?", "What is SQL?"]);
  });

  it("applies each change to what is stored now, so another tab's change is kept", () => {
    const id = store.startDebrief();
    store.writeItems(id, "questions", "Why us?");
    // Another tab adds a question; this tab has not heard about it yet.
    const theirs = JSON.parse(storage.data.get(KEY)!);
    theirs.debriefs[0].questions.push({ id: "other", text: "From the other tab" });
    storage.data.set(KEY, JSON.stringify(theirs));
    const mine = store.$debriefs.get().debriefs[0]!.questions[0]!.id;
    store.updateQuestion(id, mine, { rating: "struggled" });
    const texts = store.$debriefs.get().debriefs[0]!.questions.map((q) => `${q.text}:${q.rating}`);
    expect(texts).toEqual(["Why us?:struggled", "From the other tab:"]);
  });

  it("never writes deleted data back: after everything is deleted, a change to the old debrief writes nothing", () => {
    const id = store.startDebrief();
    store.writeItems(id, "questions", "Why us?");
    const question = store.$debriefs.get().debriefs[0]!.questions[0]!.id;
    storage.data.clear();
    store.updateQuestion(id, question, { rating: "well" });
    store.changeDetails(id, { role: "Analyst" });
    expect(storage.data.has(KEY)).toBe(false);
    expect(store.$debriefs.get()).toEqual({ debriefs: [] });
  });

  it("shows another tab's save and a clear when their storage events arrive", () => {
    const target = new EventTarget();
    store.followOtherTabs(target as unknown as Window);
    storage.data.set(KEY, JSON.stringify({ version: 1, debriefs: [{ id: "t2", role: "From tab two" }] }));
    target.dispatchEvent(Object.assign(new Event("storage"), { key: KEY }));
    expect(store.$debriefs.get().debriefs[0]!.role).toBe("From tab two");
    storage.data.clear();
    target.dispatchEvent(Object.assign(new Event("storage"), { key: null }));
    expect(store.$debriefs.get()).toEqual({ debriefs: [] });
  });

  it("removes the key when the last debrief is deleted, and Undo puts it back in its place", () => {
    const id = store.startDebrief();
    const removed = store.deleteDebrief(id)!;
    expect(storage.data.has(KEY)).toBe(false);
    store.restoreDebrief(removed.debrief, removed.index);
    expect(store.$debriefs.get().debriefs.map((d) => d.id)).toEqual([id]);
  });
});
