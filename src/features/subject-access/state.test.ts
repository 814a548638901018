import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyText } from "../../../tests/support/arbitrary-text";
import { decodeSar, EMPTY_SAR, encodeSar, readBackup, toBackup } from "./state";

describe("decoding stored dates (untrusted input)", () => {
  it.each([
    ["nothing stored", undefined],
    ["not JSON", "{oops"],
    ["a number", "42"],
    ["a list", '["2026-01-01"]'],
    ["null", "null"],
  ])("gives the empty tracker for %s", (_name, stored) => {
    expect(decodeSar(stored)).toEqual(EMPTY_SAR);
  });

  it("keeps each valid date and drops the rest", () => {
    expect(
      decodeSar(
        JSON.stringify({
          version: 1,
          sent: "2026-11-02",
          received: "2026-02-30",
          paused: 20261110,
          answered: "<script>",
          nation: "scotland",
          extra: "dropped",
        }),
      ),
    ).toEqual({ ...EMPTY_SAR, sent: "2026-11-02", nation: "scotland" });
  });

  it("reads a bare object of dates without a version as version 1", () => {
    expect(decodeSar('{"sent":"2026-11-02"}')).toEqual({ ...EMPTY_SAR, sent: "2026-11-02" });
  });

  it("does not guess at a value from a newer version", () => {
    expect(decodeSar('{"version":2,"sent":"2026-11-02"}')).toEqual(EMPTY_SAR);
  });

  it("never throws and always gives a well-formed state, whatever is stored", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.json()), (stored) => {
        const state = decodeSar(stored);
        for (const value of Object.values(state)) expect(typeof value).toBe("string");
      }),
    );
  });
});

describe("encoding", () => {
  it("stores only the dates given, with the version", () => {
    expect(encodeSar({ ...EMPTY_SAR, sent: "2026-11-02" })).toBe('{"version":1,"sent":"2026-11-02"}');
  });

  it("stores nothing for an empty tracker, so the key is removed", () => {
    expect(encodeSar(EMPTY_SAR)).toBeUndefined();
  });
});

describe("backup files", () => {
  const state = { ...EMPTY_SAR, sent: "2026-11-02", complained: "2026-12-02", nation: "northern-ireland" as const };

  it("writes a file that reads back to the same dates", () => {
    const text = toBackup(state, new Date("2026-12-02T10:00:00Z"));
    expect(JSON.parse(text)).toEqual({
      format: "after-the-no/interview-notes",
      version: 1,
      saved: "2026-12-02",
      sent: "2026-11-02",
      complained: "2026-12-02",
      nation: "northern-ireland",
    });
    expect(readBackup(text)).toEqual({ ok: true, state });
  });

  it.each([
    ["too-large", "x".repeat(20_000)],
    ["not-json", "not json"],
    ["not-ours", '{"format":"after-the-no/plan","steps":{}}'],
    ["newer-version", '{"format":"after-the-no/interview-notes","version":9}'],
  ])("refuses a file that is %s", (error, text) => {
    expect(readBackup(text)).toEqual({ ok: false, error });
  });
});
