import { describe, expect, it } from "vitest";
import { ERASED_KEY, forgetEverything, forgetMessage, forgetSiteData, onErase } from "./forget";
import { createSafeEngine } from "./safe-engine";
import { memoryStorage, securityError } from "../../../tests/support/memory-storage";

const engineWith = (entries: Record<string, string>) => {
  const storage = memoryStorage({ entries });
  return { storage, engine: createSafeEngine({ getStorage: () => storage }) };
};

describe("deleting everything this site keeps", () => {
  it("removes every atn: key, leaves other keys alone, and starts a new erase generation", () => {
    const { storage, engine } = engineWith({ "atn:plan:v1": "{}", "atn:letter:v1": "{}", theme: "dark", "xatn:": "1" });
    const result = forgetSiteData(engine);
    expect(result).toEqual({ ok: true, removed: 2 });
    expect([...storage.data.keys()]).toEqual(["theme", "xatn:", "atn:erased"]);
    expect(forgetMessage(result)).toBe(
      "Deleted: this site no longer keeps anything in this browser (2 items removed).",
    );
  });

  it("writes a different generation each time, and does not count it as data", () => {
    const { storage, engine } = engineWith({ "atn:plan:v1": "{}" });
    forgetSiteData(engine);
    const first = storage.data.get(ERASED_KEY);
    const again = forgetSiteData(engine);
    expect(again).toEqual({ ok: true, removed: 0 });
    expect(storage.data.get(ERASED_KEY)).not.toBe(first);
    expect(forgetMessage(again)).toBe(
      "This site was not keeping anything in this browser. There was nothing to delete.",
    );
  });

  it("resets this page's own stores, which hear no storage event of their own erase", () => {
    const { engine } = engineWith({ "atn:plan:v1": "{}" });
    let resets = 0;
    const stop = onErase(engine, () => resets++);
    forgetSiteData(engine);
    stop();
    forgetSiteData(engine);
    expect(resets).toBe(1);
  });

  it("removes data another tab wrote back just after the erase, before it says it is done", async () => {
    const { storage, engine } = engineWith({ "atn:plan:v1": "{}" });
    const done = forgetEverything(engine, 5);
    // A tab that had not heard yet writes its old plan back.
    setTimeout(() => storage.data.set("atn:plan:v1", '{"version":1,"steps":{"chase-once":{"done":true}}}'), 1);
    expect(await done).toEqual({ ok: true, removed: 1 });
    expect(storage.data.has("atn:plan:v1")).toBe(false);
  });

  it.each([
    ["storage is null", () => null],
    [
      "reading storage throws",
      () => {
        throw securityError();
      },
    ],
  ])("explains kindly when %s", (_name, getStorage) => {
    const result = forgetSiteData(createSafeEngine({ getStorage }));
    expect(result).toEqual({ ok: false });
    expect(forgetMessage(result)).toMatch(/browser's settings/);
  });
});
