import { describe, expect, it, vi } from "vitest";
import { persistentAtom, setPersistentEngine } from "@nanostores/persistent";
import { createSafeEngine, isQuotaError } from "./safe-engine";
import { memoryStorage, quotaError, securityError } from "../../../tests/support/memory-storage";

const noEvents = { addEventListener() {}, removeEventListener() {} };

describe("safe storage engine", () => {
  it("reads and writes through to a working storage", () => {
    const storage = memoryStorage();
    storage.data.set("atn:a", "1");
    const { engine, problem } = createSafeEngine({ getStorage: () => storage });
    expect("atn:a" in engine).toBe(true);
    expect(engine["atn:a"]).toBe("1");
    engine["atn:b"] = "2";
    expect(storage.data.get("atn:b")).toBe("2");
    delete engine["atn:a"];
    expect(storage.data.has("atn:a")).toBe(false);
    expect("atn:a" in engine).toBe(false);
    expect(problem()).toBeNull();
  });

  it.each([
    ["localStorage is null", () => null],
    ["localStorage is undefined", () => undefined],
    [
      "reading localStorage throws",
      () => {
        throw securityError();
      },
    ],
    ["the first getItem throws", () => memoryStorage({ failGet: securityError })],
  ])("works in memory and reports 'unavailable' once when %s", (_name, getStorage) => {
    const onProblem = vi.fn();
    const { engine, problem } = createSafeEngine({ getStorage, onProblem });
    expect(problem()).toBe("unavailable");
    engine["atn:x"] = "kept";
    engine["atn:y"] = "kept too";
    expect(engine["atn:x"]).toBe("kept");
    expect("atn:y" in engine).toBe(true);
    delete engine["atn:y"];
    expect("atn:y" in engine).toBe(false);
    expect(onProblem).toHaveBeenCalledTimes(1);
    expect(onProblem).toHaveBeenCalledWith("unavailable");
  });

  it("keeps a value it could not save because storage is full, and reports 'full' on every failed save", () => {
    const storage = memoryStorage({ failSet: quotaError });
    storage.data.set("atn:plan", "old");
    const onProblem = vi.fn();
    const { engine, problem } = createSafeEngine({ getStorage: () => storage, onProblem });
    expect(() => {
      engine["atn:plan"] = "new";
    }).not.toThrow();
    expect(engine["atn:plan"]).toBe("new");
    expect(storage.data.get("atn:plan")).toBe("old");
    engine["atn:plan"] = "newer";
    expect(onProblem).toHaveBeenCalledTimes(2);
    expect(onProblem).toHaveBeenLastCalledWith("full");
    expect(problem()).toBe("full");
  });

  it("treats a write refused for another reason as storage becoming unavailable", () => {
    const storage = memoryStorage({ failSet: securityError });
    const onProblem = vi.fn();
    const { engine } = createSafeEngine({ getStorage: () => storage, onProblem });
    engine["atn:a"] = "1";
    engine["atn:a"] = "2";
    expect(engine["atn:a"]).toBe("2");
    expect(onProblem).toHaveBeenCalledTimes(1);
    expect(onProblem).toHaveBeenCalledWith("unavailable");
  });

  it("goes back to storage once a save succeeds again", () => {
    let full = true;
    const storage = memoryStorage();
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (full) throw quotaError();
      setItem(key, value);
    };
    const { engine } = createSafeEngine({ getStorage: () => storage });
    engine["atn:a"] = "memory";
    expect(storage.data.has("atn:a")).toBe(false);
    full = false;
    engine["atn:a"] = "stored";
    expect(storage.data.get("atn:a")).toBe("stored");
    expect(engine["atn:a"]).toBe("stored");
  });

  it("survives a listener that throws", () => {
    const { engine } = createSafeEngine({
      getStorage: () => memoryStorage({ failSet: quotaError }),
      onProblem: () => {
        throw new Error("listener bug");
      },
    });
    expect(() => {
      engine["atn:a"] = "1";
    }).not.toThrow();
  });

  it("lets late listeners subscribe and unsubscribe", () => {
    const { engine, onProblem } = createSafeEngine({ getStorage: () => memoryStorage({ failSet: quotaError }) });
    const listener = vi.fn();
    const stop = onProblem(listener);
    engine["atn:a"] = "1";
    stop();
    engine["atn:a"] = "2";
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("recognises quota errors by their names across browsers", () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(Object.assign(new Error("x"), { name: "NS_ERROR_DOM_QUOTA_REACHED" }))).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(securityError())).toBe(false);
    expect(isQuotaError("quota")).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  describe("as the engine of @nanostores/persistent", () => {
    it("does not crash a persistent store when localStorage is null", () => {
      const { engine } = createSafeEngine({ getStorage: () => null });
      setPersistentEngine(engine, noEvents);
      const $value = persistentAtom<string>("atn:test:null", "start");
      $value.set("changed");
      expect($value.get()).toBe("changed");
    });

    it("keeps the new value in the store when saving hits the quota", () => {
      const storage = memoryStorage({ failSet: quotaError });
      const onProblem = vi.fn();
      const { engine } = createSafeEngine({ getStorage: () => storage, onProblem });
      setPersistentEngine(engine, noEvents);
      const $value = persistentAtom<string>("atn:test:full", "start");
      expect(() => $value.set("changed")).not.toThrow();
      expect($value.get()).toBe("changed");
      expect(onProblem).toHaveBeenCalledWith("full");
    });

    it("reads what is already stored and removes the key when the value is undefined", () => {
      const storage = memoryStorage();
      storage.data.set("atn:test:read", "saved");
      const { engine } = createSafeEngine({ getStorage: () => storage });
      setPersistentEngine(engine, noEvents);
      const $value = persistentAtom<string | undefined>("atn:test:read", "start");
      expect($value.get()).toBe("saved");
      $value.set(undefined);
      expect(storage.data.has("atn:test:read")).toBe(false);
    });
  });
});
