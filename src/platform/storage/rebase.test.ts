import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { changesBetween, rebase, type Fields } from "./rebase";
import { anyText } from "../../../tests/support/arbitrary-text";

const AT = 1000;
/** Two tabs open on the same stored value `base`; each changes some fields and writes its whole value. */
const tabs = (base: Fields, mine: Fields, theirs: Fields) => {
  const a = { ...base, ...mine };
  const b = { ...base, ...theirs };
  return { a, b, pendingA: changesBetween(base, a, AT), pendingB: changesBetween(base, b, AT) };
};
/** What a tab shows after the other's value arrives: the rebase, or theirs as it came. */
const receive = (theirs: Fields, pending: Parameters<typeof rebase>[1]) => rebase(theirs, pending) ?? theirs;
/** Drops "" (a field that is absent), so two ways of saying "absent" compare equal. */
const present = (fields: Fields) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ""));

const fieldName = fc.constantFrom("ask-for-feedback", "chase-once", "role", "organisation", "senderName", "tone");
const fieldsArb = fc.dictionary(fieldName, fc.oneof(fc.constant(""), anyText), { maxKeys: 6 });

describe("keeping this tab's changes when another tab's value arrives", () => {
  it("puts back a change the other tab had not seen, and keeps theirs", () => {
    const { b, pendingA } = tabs({ role: '"Buyer"' }, { organisation: '"Acme"' }, { senderName: '"Jo"' });
    expect(rebase(b, pendingA)).toEqual({ role: '"Buyer"', organisation: '"Acme"', senderName: '"Jo"' });
  });

  it("changes nothing when their value already holds this tab's changes", () => {
    const { a, pendingA } = tabs({}, { organisation: '"Acme"' }, {});
    expect(rebase({ ...a, tone: '"warm"' }, pendingA)).toBeNull();
  });

  it("keeps a step this tab unticked against a value that still has the tick", () => {
    const base = { "chase-once": '[true,""]' };
    const { b, pendingA } = tabs(base, { "chase-once": "" }, { "ask-for-feedback": '[true,""]' });
    expect(present(rebase(b, pendingA)!)).toEqual({ "ask-for-feedback": '[true,""]' });
  });

  it("keeps this tab's latest value when theirs holds one it had on the way", () => {
    const first = changesBetween({}, { role: '"B"' }, AT);
    const second = changesBetween({ role: '"B"' }, { role: '"Bu"' }, AT + 1);
    expect(rebase({ role: '"B"' }, [...first, ...second])).toEqual({ role: '"Bu"' });
  });

  it("settles a field both tabs changed on the same value in both tabs", () => {
    const { a, b, pendingA, pendingB } = tabs({ role: '"x"' }, { role: '"Buyer"' }, { role: '"Analyst"' });
    expect(receive(b, pendingA)).toEqual({ role: '"Buyer"' });
    expect(receive(a, pendingB)).toEqual({ role: '"Buyer"' });
  });

  it("never drops a change to a different field, and both tabs end with the same value (property)", () => {
    fc.assert(
      fc.property(fieldsArb, fieldsArb, fieldsArb, (base, mineAll, theirsAll) => {
        // Different fields: drop from theirs what mine changes.
        const theirs = Object.fromEntries(Object.entries(theirsAll).filter(([key]) => !(key in mineAll)));
        const { a, b, pendingA, pendingB } = tabs(base, mineAll, theirs);
        const inA = receive(b, pendingA);
        const inB = receive(a, pendingB);
        expect(present(inA)).toEqual(present({ ...base, ...mineAll, ...theirs }));
        expect(present(inA)).toEqual(present(inB));
      }),
    );
  });

  it("converges whatever both tabs change, and then stops writing back (property)", () => {
    fc.assert(
      fc.property(fieldsArb, fieldsArb, fieldsArb, (base, mine, theirs) => {
        const { a, b, pendingA, pendingB } = tabs(base, mine, theirs);
        const inA = receive(b, pendingA);
        const inB = receive(a, pendingB);
        expect(present(inA)).toEqual(present(inB));
        // Each tab's write-back reaches the other, which has nothing more to add.
        expect(rebase(inA, pendingB)).toBeNull();
        expect(rebase(inB, pendingA)).toBeNull();
        // A field neither tab changed is the stored one.
        for (const key of Object.keys(base)) {
          if (!(key in mine) && !(key in theirs)) expect(inA[key]).toBe(base[key]);
        }
      }),
    );
  });
});
