import { beforeEach, describe, expect, it, vi } from "vitest";
import { memoryStorage } from "../../../tests/support/memory-storage";

// A working localStorage shared with "another tab": the test writes to it directly.
// Following other tabs' events, "Delete everything" and Back is the platform's synced
// store's job (src/platform/storage/synced-store.test.ts), checked in the browser too.
const storage = memoryStorage();
vi.stubGlobal("localStorage", storage);
const store = await import("./store");
const KEY = "atn:debrief:v1";
store.$debriefs.listen(() => {});
const stored = () => JSON.parse(storage.data.get(KEY) ?? "null");

describe("the debrief store", () => {
  beforeEach(async () => {
    for (const d of store.$debriefs.get().debriefs) store.deleteDebrief(d.id);
    await vi.waitFor(() => expect(storage.data.has(KEY)).toBe(false));
  });

  it("writes each change to storage", async () => {
    const id = store.startDebrief();
    expect(store.writeItems(id, "questions", "Why us?\nWhat is SQL?")).toEqual({ added: 2, saved: true });
    await vi.waitFor(() =>
      expect(stored()?.debriefs[0].questions.map((q: { text: string }) => q.text)).toEqual(["Why us?", "What is SQL?"]),
    );
  });

  it("applies each change to what is stored now, so another tab's change is kept", async () => {
    const id = store.startDebrief();
    store.writeItems(id, "questions", "Why us?");
    await vi.waitFor(() => expect(stored()?.debriefs[0].questions).toHaveLength(1));
    // Another tab adds a question; this tab has not heard about it yet.
    const theirs = stored();
    theirs.debriefs[0].questions.push({ id: "other", text: "From the other tab" });
    storage.data.set(KEY, JSON.stringify(theirs));
    const mine = store.$debriefs.get().debriefs[0]!.questions[0]!.id;
    store.updateQuestion(id, mine, { rating: "struggled" });
    await vi.waitFor(() =>
      expect(store.$debriefs.get().debriefs[0]!.questions.map((q) => `${q.text}:${q.rating}`)).toEqual([
        "Why us?:struggled",
        "From the other tab:",
      ]),
    );
  });

  it("removes the key when the last debrief is deleted, and Undo puts it back in its place", async () => {
    const id = store.startDebrief();
    await vi.waitFor(() => expect(storage.data.has(KEY)).toBe(true));
    const removed = store.deleteDebrief(id)!;
    await vi.waitFor(() => expect(storage.data.has(KEY)).toBe(false));
    store.restoreDebrief(removed.debrief, removed.index);
    await vi.waitFor(() => expect(stored()?.debriefs.map((d: { id: string }) => d.id)).toEqual([id]));
  });
});
