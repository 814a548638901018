import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { changedSpan } from "./changed";

const marked = (before: string, after: string): string | null => {
  const span = changedSpan(before, after);
  return span && after.slice(...span);
};

describe("the words an edit changed in the letter", () => {
  it("marks a word typed into the middle of a sentence, and only that word", () => {
    expect(marked("for the role at Acme.", "for the Buyer role at Acme.")).toBe("Buyer");
  });

  it("marks the whole word when only part of it changed", () => {
    expect(marked("Dear Ms Okafo,", "Dear Ms Okafor,")).toBe("Okafor,");
  });

  it("marks a paragraph that a ticked option added", () => {
    expect(marked("Thank you.\n\nBest wishes", "Thank you.\n\nI would welcome future roles.\n\nBest wishes")).toBe(
      "I would welcome future roles.",
    );
  });

  it("marks nothing when nothing changed or words were only taken out", () => {
    expect(changedSpan("Hello Jo,", "Hello Jo,")).toBeNull();
    expect(changedSpan("for the Buyer role", "for the role")).toBeNull();
  });

  it("for any edit, the text outside the span is what was there before (but spaces), and the span is whole words", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (head, removed, added, tail) => {
        const before = head + removed + tail;
        const after = head + added + tail;
        const span = changedSpan(before, after);
        if (span === null) return;
        const [start, end] = span;
        expect(0 <= start && start < end && end <= after.length).toBe(true);
        // (Spaces the edit added at the span's ends are left unmarked.)
        expect(before.startsWith(after.slice(0, start).trimEnd())).toBe(true);
        expect(before.endsWith(after.slice(end).trimStart())).toBe(true);
        // Never starts or ends inside a word or on a space.
        expect(/\s/u.test(after[start]!)).toBe(false);
        expect(/\s/u.test(after[end - 1]!)).toBe(false);
        if (start > 0) expect(/\s/u.test(after[start - 1]!)).toBe(true);
        if (end < after.length) expect(/\s/u.test(after[end]!)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("marks every added word when text was added between words", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,4}$/),
        fc.stringMatching(/^[A-Z]{1,8}( [A-Z]{1,8}){0,2}$/),
        fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,4}$/),
        (head, added, tail) => {
          expect(marked(`${head} ${tail}`, `${head} ${added} ${tail}`)).toContain(added);
        },
      ),
    );
  });
});
