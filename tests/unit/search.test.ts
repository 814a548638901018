import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCountMessage, toExcerptParts, toKind, toLooserQuery, toQuery } from "../../src/lib/search";

describe("toQuery", () => {
  it.each([
    [null, ""],
    ["  thank   you ", "thank you"],
    ["feedback\n\temail", "feedback email"],
  ])("tidies %j to %j", (raw, expected) => {
    expect(toQuery(raw)).toBe(expected);
  });

  it("never returns more than 200 characters or leading/trailing space", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (raw) => {
        const q = toQuery(raw);
        expect(q.length).toBeLessThanOrEqual(200);
        expect(q).toBe(q.trim());
      }),
    );
  });
});

describe("toKind", () => {
  it.each([
    ["Advice", "Advice"],
    ["Letter", "Letter"],
    ["advice", null],
    ["", null],
    [null, null],
    ["__proto__", null],
  ])("reads %j as %j", (value, expected) => {
    expect(toKind(value)).toBe(expected);
  });
});

describe("toLooserQuery", () => {
  it("drops the last letter of long words so a slip such as feedbak still finds feedback", () => {
    expect(toLooserQuery("feedbak")).toBe("feedba");
    expect("feedback".startsWith(toLooserQuery("feedbak")!)).toBe(true);
  });

  it("leaves short words alone and says when nothing can be loosened", () => {
    expect(toLooserQuery("cv")).toBeNull();
    expect(toLooserQuery("thank you")).toBe("than you");
  });

  it("always returns something shorter, or null", () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        const looser = toLooserQuery(q);
        if (looser !== null) expect([...looser].length).toBeLessThan([...q].length);
      }),
    );
  });
});

describe("toCountMessage", () => {
  it.each([
    [0, null, "No results found for “x”."],
    [1, null, "1 result found for “x”."],
    [3, "Letter", "3 letter pages found for “x”."],
    [0, "Plan", "No plan pages found for “x”."],
  ] as const)("announces %i results (kind %s)", (count, kind, expected) => {
    expect(toCountMessage(count, "x", kind)).toBe(expected);
  });
});

describe("toExcerptParts", () => {
  it("splits highlighted words from plain text and decodes entities", () => {
    expect(toExcerptParts("ask for <mark>feedback</mark> &amp; say &lt;thanks&gt;")).toEqual([
      { text: "ask for ", mark: false },
      { text: "feedback", mark: true },
      { text: " & say <thanks>", mark: false },
    ]);
  });

  it("never lets markup through as anything but text", () => {
    const parts = toExcerptParts("<mark><img src=x onerror=alert(1)>x</mark>");
    expect(parts).toEqual([{ text: "x", mark: true }]);
  });

  it("keeps every character of plain text without markup", () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[<&]/.test(s)),
        (s) => {
          expect(
            toExcerptParts(s)
              .map((p) => p.text)
              .join(""),
          ).toBe(s);
        },
      ),
    );
  });
});
