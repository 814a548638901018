import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countWords,
  readingMinutes,
  sortByJourney,
  toLongDate,
  toPlainText,
  toRelated,
  type ArticleLike,
} from "../../src/lib/articles";

const article = (
  id: string,
  journey: ArticleLike["data"]["journey"],
  order: number,
  related: string[] = [],
): ArticleLike => ({
  id,
  data: { journey, order, related, title: id },
});

describe("countWords", () => {
  it.each([
    ["plain prose", "You did well to get this far.", 7],
    ["a heading and a list", "## What went well\n\n- You prepared\n- You arrived early", 8],
    ["a link counts its text, not its address", "Read [the feedback guide](/advice/asking-for-feedback/) next.", 5],
    [
      "an MDX component counts its children only",
      '<Evidence figure="80%" source="Survey, 2017" href="https://x.test">of managers agreed.</Evidence>',
      3,
    ],
    ["an MDX comment is not read", "{/* prettier-ignore */}\nOne two three.", 3],
    ["contractions are one word", "You’re not alone, and it isn’t your fault.", 8],
  ])("counts %s", (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it("counts each plain word once, however the words are spaced", () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    const gap = fc.constantFrom(" ", "  ", "\n", " \t", ", ", ". ");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { maxLength: 50 }), (pairs) => {
        const text = pairs.map(([w, g]) => w + g).join("");
        expect(countWords(text)).toBe(pairs.length);
      }),
    );
  });
});

describe("toPlainText", () => {
  it("turns headings and list items into sentences so readability scores see real sentence ends", () => {
    expect(toPlainText("## A heading\n\n- first item\n- second item?")).toBe("A heading.\n\nfirst item.\nsecond item?");
  });
});

describe("readingMinutes", () => {
  it.each([
    [0, 1],
    [1, 1],
    [200, 1],
    [201, 2],
    [900, 5],
  ])("gives %i words a reading time of %i min", (words, minutes) => {
    expect(readingMinutes(Array.from({ length: words }, () => "word").join(" "))).toBe(minutes);
  });
});

describe("sortByJourney", () => {
  it("orders by journey step, then by order within a step", () => {
    const sorted = sortByJourney([
      article("plan", "next", 20),
      article("thanks", "reply", 10),
      article("first", "feel", 10),
      article("prepare", "next", 10),
      article("common", "feel", 20),
    ]);
    expect(sorted.map((a) => a.id)).toEqual(["first", "common", "thanks", "prepare", "plan"]);
  });

  it("keeps every article and does not change its input", () => {
    const steps = ["feel", "reply", "understand", "door", "next"] as const;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...steps), fc.nat(100)), { maxLength: 20 }), (rows) => {
        const input = rows.map(([step, order], i) => article(`a${i}`, step, order));
        const copy = [...input];
        const sorted = sortByJourney(input);
        expect(input).toEqual(copy);
        expect(new Set(sorted)).toEqual(new Set(input));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          expect(steps.indexOf(a.data.journey)).toBeLessThanOrEqual(steps.indexOf(b.data.journey));
        }
      }),
    );
  });
});

describe("toRelated", () => {
  const all = [
    article("a", "feel", 1, ["c", "b"]),
    article("b", "feel", 2, ["a"]),
    article("c", "next", 1, ["missing"]),
  ];

  it("returns the named articles in the order named", () => {
    expect(toRelated(all[0]!, all).map((a) => a.id)).toEqual(["c", "b"]);
  });

  it("fails the build with the file and the bad slug when a related article does not exist", () => {
    expect(() => toRelated(all[2]!, all)).toThrow('content/advice/c.mdx: related "missing"');
  });

  it("refuses an article that relates to itself", () => {
    const selfish = article("d", "feel", 1, ["d"]);
    expect(() => toRelated(selfish, [selfish])).toThrow(/related "d"/);
  });
});

describe("toLongDate", () => {
  it.each([
    ["2026-11-20", "20 November 2026"],
    ["2026-01-01", "1 January 2026"],
  ])("writes %s as %s", (iso, expected) => {
    expect(toLongDate(iso)).toBe(expected);
  });

  it("refuses something that is not a date", () => {
    expect(() => toLongDate("soon")).toThrow(RangeError);
  });
});
