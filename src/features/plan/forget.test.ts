import { describe, expect, it } from "vitest";
import { forgetMessage, forgetSiteData } from "../../platform/storage/forget";
import { memoryStorage, securityError } from "../../../tests/support/memory-storage";

const storageWith = (entries: Record<string, string>) => memoryStorage({ entries });

describe("deleting everything this site keeps", () => {
  it("removes every atn: key and leaves other keys alone", () => {
    const storage = storageWith({ "atn:plan:v1": "{}", "atn:letter:v1": "{}", theme: "dark", "xatn:": "1" });
    const result = forgetSiteData(() => storage);
    expect(result).toEqual({ ok: true, removed: 2 });
    expect([...storage.data.keys()]).toEqual(["theme", "xatn:"]);
    expect(forgetMessage(result)).toContain("2 items removed");
  });

  it("says there was nothing to delete when nothing was kept", () => {
    const result = forgetSiteData(() => storageWith({}));
    expect(forgetMessage(result)).toMatch(/nothing to delete/);
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
    const result = forgetSiteData(getStorage);
    expect(result).toEqual({ ok: false });
    expect(forgetMessage(result)).toMatch(/browser's settings/);
  });
});
