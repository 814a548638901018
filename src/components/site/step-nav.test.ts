import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fragmentId } from "./step-nav";

describe("reading the step a link points at", () => {
  it.each([
    { hash: "#step-2", id: "step-2" },
    { hash: "", id: "" },
    { hash: "#caf%C3%A9", id: "café" },
    // decodeURIComponent throws a URIError on these: the page must not.
    { hash: "#%", id: "%" },
    { hash: "#%E0%A4%A", id: "%E0%A4%A" },
    { hash: "#step-%zz", id: "step-%zz" },
  ])("reads $hash as $id", ({ hash, id }) => {
    expect(fragmentId(hash)).toBe(id);
  });

  it("never throws, whatever the address holds", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => fragmentId(`#${text}`)).not.toThrow();
      }),
    );
  });
});
