import { beforeEach, describe, expect, it } from "vitest";
import { memoryStorage } from "../../../tests/support/memory-storage";

// One storage shared by "two tabs": this store, and writes made straight to storage
// as another tab's store would make them.
const storage = memoryStorage();
Object.defineProperty(globalThis, "localStorage", { value: storage, configurable: true });
const store = await import("./store");

describe("the tracker store", () => {
  beforeEach(() => {
    storage.data.clear();
    store.reloadSar();
  });

  it("stores each edit at once under atn:sar:v1", () => {
    expect(store.setSarDate("sent", "2026-11-16")).toBe(true);
    expect(storage.data.get("atn:sar:v1")).toBe('{"version":1,"sent":"2026-11-16"}');
  });

  it("applies an edit to what another tab stored, so neither tab loses a change", () => {
    store.setSarDate("sent", "2026-11-16");
    // Another tab adds a date this tab has not seen yet.
    storage.data.set("atn:sar:v1", '{"version":1,"sent":"2026-11-16","paused":"2026-11-20"}');
    store.setSarDate("resumed", "2026-11-23");
    expect(JSON.parse(storage.data.get("atn:sar:v1")!)).toEqual({
      version: 1,
      sent: "2026-11-16",
      paused: "2026-11-20",
      resumed: "2026-11-23",
    });
  });

  it("never writes deleted dates back after Delete everything", () => {
    store.setSarDate("sent", "2026-11-16");
    store.setSarDate("complained", "2026-12-01");
    storage.data.clear();
    store.setSarNation("scotland");
    expect(storage.data.get("atn:sar:v1")).toBe('{"version":1,"nation":"scotland"}');
  });

  it("shows the empty tracker when the key is removed elsewhere, and writes nothing", () => {
    store.setSarDate("sent", "2026-11-16");
    storage.data.delete("atn:sar:v1");
    store.reloadSar();
    expect(store.$sar.get().sent).toBe("");
    expect(storage.data.has("atn:sar:v1")).toBe(false);
  });

  it("removes the key when the last date is cleared", () => {
    store.setSarDate("sent", "2026-11-16");
    store.setSarDate("sent", "");
    expect(storage.data.has("atn:sar:v1")).toBe(false);
  });

  it("re-reads storage on storage events for its key or a cleared storage, and on pageshow", () => {
    const listeners = new Map<string, (event: { key?: string | null }) => void>();
    store.followOtherTabs({
      addEventListener: ((type: string, listener: (event: { key?: string | null }) => void) =>
        listeners.set(type, listener)) as Window["addEventListener"],
    });
    storage.data.set("atn:sar:v1", '{"version":1,"sent":"2026-10-01"}');
    listeners.get("storage")!({ key: "atn:plan:v1" });
    expect(store.$sar.get().sent).toBe("");
    listeners.get("storage")!({ key: "atn:sar:v1" });
    expect(store.$sar.get().sent).toBe("2026-10-01");
    storage.data.clear();
    listeners.get("storage")!({ key: null });
    expect(store.$sar.get().sent).toBe("");
    storage.data.set("atn:sar:v1", '{"version":1,"sent":"2026-09-01"}');
    listeners.get("pageshow")!({});
    expect(store.$sar.get().sent).toBe("2026-09-01");
  });
});
