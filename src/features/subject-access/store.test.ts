import { beforeEach, describe, expect, it, vi } from "vitest";
import { memoryStorage } from "../../../tests/support/memory-storage";

// One storage shared by "two tabs": this store, and writes made straight to storage as
// another tab's store would make them. Following other tabs' events, "Delete everything"
// and Back is the platform's synced store's job (src/platform/storage/synced-store.test.ts)
// and is checked in the browser (sar.browser.ts).
const storage = memoryStorage();
vi.stubGlobal("localStorage", storage);
const store = await import("./store");
const KEY = "atn:sar:v1";
// Something on the page listens, as the island does.
store.$sar.listen(() => {});

describe("the tracker store", () => {
  beforeEach(async () => {
    store.clearSar();
    await vi.waitFor(() => expect(storage.data.has(KEY)).toBe(false));
  });

  it("stores each edit under atn:sar:v1", async () => {
    expect(store.setSarDate("sent", "2026-11-16")).toBe(true);
    await vi.waitFor(() => expect(storage.data.get(KEY)).toBe('{"version":1,"sent":"2026-11-16"}'));
  });

  it("applies an edit to what another tab stored, so neither tab loses a change", async () => {
    store.setSarDate("sent", "2026-11-16");
    await vi.waitFor(() => expect(storage.data.has(KEY)).toBe(true));
    // Another tab adds a date this tab has not seen yet.
    storage.data.set(KEY, '{"version":1,"sent":"2026-11-16","paused":"2026-11-20"}');
    store.setSarDate("resumed", "2026-11-23");
    await vi.waitFor(() =>
      expect(JSON.parse(storage.data.get(KEY)!)).toEqual({
        version: 1,
        sent: "2026-11-16",
        paused: "2026-11-20",
        resumed: "2026-11-23",
      }),
    );
  });

  it("removes the key when the last date is cleared", async () => {
    store.setSarDate("sent", "2026-11-16");
    await vi.waitFor(() => expect(storage.data.has(KEY)).toBe(true));
    store.setSarDate("sent", "");
    await vi.waitFor(() => expect(storage.data.has(KEY)).toBe(false));
    expect(store.$sar.get().sent).toBe("");
  });
});
