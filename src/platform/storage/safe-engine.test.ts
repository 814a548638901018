import { describe, expect, it, vi } from "vitest";
import { createSafeEngine, isQuotaError } from "./safe-engine";
import { memoryStorage, quotaError, securityError } from "../../../tests/support/memory-storage";

describe("safe storage engine", () => {
  it("reads and writes through to a working storage", () => {
    const storage = memoryStorage();
    storage.data.set("atn:a", "1");
    const engine = createSafeEngine({ getStorage: () => storage });
    expect(engine.read("atn:a")).toBe("1");
    expect(engine.write("atn:b", "2")).toBe(true);
    expect(storage.data.get("atn:b")).toBe("2");
    expect(engine.keys()).toEqual(["atn:a", "atn:b"]);
    engine.write("atn:a", undefined);
    expect(storage.data.has("atn:a")).toBe(false);
    expect(engine.read("atn:a")).toBeUndefined();
    expect(engine.problem()).toBeNull();
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
    const engine = createSafeEngine({ getStorage, onProblem });
    expect(engine.problem()).toBe("unavailable");
    expect(engine.write("atn:x", "kept")).toBe(false);
    engine.write("atn:y", "kept too");
    expect(engine.read("atn:x")).toBe("kept");
    expect(engine.keys()).toEqual(["atn:x", "atn:y"]);
    engine.write("atn:y", undefined);
    expect(engine.read("atn:y")).toBeUndefined();
    expect(engine.keys()).toEqual(["atn:x"]);
    expect(onProblem).toHaveBeenCalledTimes(1);
    expect(onProblem).toHaveBeenCalledWith("unavailable");
  });

  it("keeps a value it could not save because storage is full, and reports 'full' on every failed save", () => {
    const storage = memoryStorage({ failSet: quotaError });
    storage.data.set("atn:plan", "old");
    const onProblem = vi.fn();
    const engine = createSafeEngine({ getStorage: () => storage, onProblem });
    expect(engine.write("atn:plan", "new")).toBe(false);
    expect(engine.read("atn:plan")).toBe("new");
    expect(storage.data.get("atn:plan")).toBe("old");
    engine.write("atn:plan", "newer");
    expect(onProblem).toHaveBeenCalledTimes(2);
    expect(onProblem).toHaveBeenLastCalledWith("full");
    expect(engine.problem()).toBe("full");
  });

  it("treats a write refused for another reason as storage becoming unavailable", () => {
    const storage = memoryStorage({ failSet: securityError });
    const onProblem = vi.fn();
    const engine = createSafeEngine({ getStorage: () => storage, onProblem });
    engine.write("atn:a", "1");
    engine.write("atn:a", "2");
    expect(engine.read("atn:a")).toBe("2");
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
    const engine = createSafeEngine({ getStorage: () => storage });
    engine.write("atn:a", "memory");
    expect(storage.data.has("atn:a")).toBe(false);
    full = false;
    expect(engine.write("atn:a", "stored")).toBe(true);
    expect(storage.data.get("atn:a")).toBe("stored");
    expect(engine.read("atn:a")).toBe("stored");
  });

  it("survives a listener that throws", () => {
    const engine = createSafeEngine({
      getStorage: () => memoryStorage({ failSet: quotaError }),
      onProblem: () => {
        throw new Error("listener bug");
      },
    });
    expect(engine.write("atn:a", "1")).toBe(false);
  });

  it("lets late listeners subscribe and unsubscribe", () => {
    const engine = createSafeEngine({ getStorage: () => memoryStorage({ failSet: quotaError }) });
    const listener = vi.fn();
    const stop = engine.onProblem(listener);
    engine.write("atn:a", "1");
    stop();
    engine.write("atn:a", "2");
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
});
