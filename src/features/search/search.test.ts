import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  editDistance,
  FILTER_KINDS,
  maxSlips,
  SEARCH_KIND_LABELS,
  SEARCH_KINDS,
  toCorrectedQuery,
  toCorrectedWord,
  toCountMessage,
  toExcerptParts,
  toKind,
  toOwnExcerpt,
  toQuery,
  toShowingMessage,
  toVocabulary,
  toVocabularyWords,
} from "./search";
import { anyText } from "../../../tests/support/arbitrary-text";

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
      fc.property(fc.oneof(fc.string({ maxLength: 500 }), anyText), (raw) => {
        const q = toQuery(raw);
        expect(q.length).toBeLessThanOrEqual(200);
        expect(q).toBe(q.trim());
      }),
    );
  });
});

describe("search kinds", () => {
  it("offers every kind but the plain page as a filter, and labels every kind", () => {
    expect(FILTER_KINDS).toEqual(SEARCH_KINDS.filter((k) => k !== "page"));
    for (const kind of SEARCH_KINDS) expect(SEARCH_KIND_LABELS[kind]).toMatch(/^[A-Z]/);
  });
});

describe("toKind", () => {
  it.each([
    ["advice", "advice"],
    ["letter", "letter"],
    ["Letter", "letter"],
    ["page", null],
    ["", null],
    [null, null],
    ["__proto__", null],
  ])("reads %j as %j", (value, expected) => {
    expect(toKind(value)).toBe(expected);
  });
});

describe("editDistance (Damerau–Levenshtein, adjacent swaps cost one)", () => {
  it.each([
    ["feedbak", "feedback", 1],
    ["feedback", "feedback", 0],
    ["fedeback", "feedback", 1],
    ["recieve", "receive", 1],
    ["ghostde", "ghosted", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
    ["ca", "abc", 3],
  ])("%j → %j is %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it("is symmetric, zero only for equal words, and never more than the longer length", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
      }),
    );
  });

  it("counts one slip as one: deleting, inserting, changing or swapping a letter", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."abcdefgh"), minLength: 2, maxLength: 12 }),
        fc.nat(),
        (word, n) => {
          const i = n % (word.length - 1);
          const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
          const deleted = word.slice(0, i) + word.slice(i + 1);
          const inserted = word.slice(0, i) + "z" + word.slice(i);
          expect(editDistance(word, deleted)).toBe(1);
          expect(editDistance(word, inserted)).toBe(1);
          expect(editDistance(word, swapped)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("stops early above a limit without ever reporting less than the truth", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), fc.nat(4), (a, b, limit) => {
        const full = editDistance(a, b);
        const limited = editDistance(a, b, limit);
        if (full <= limit) expect(limited).toBe(full);
        else expect(limited).toBe(limit + 1);
      }),
    );
  });
});

describe("spelling correction", () => {
  // Most used first, as the build writes it: "feedba" is not a word, so never offered.
  const vocabulary = ["feedback", "interview", "rejection", "ghosted", "rights", "chaser", "reply", "right"];

  it("corrects “feedbak” to “feedback”, never to a stem such as “feedba”", () => {
    expect(toCorrectedWord("feedbak", vocabulary)).toBe("feedback");
    expect(toCorrectedQuery("feedbak", vocabulary)).toBe("feedback");
  });

  it.each([
    ["intervew", "interview"],
    ["rejectoin", "rejection"],
    ["gohsted", "ghosted"],
    ["Feedbak", "feedback"],
  ])("corrects %j to %j", (typed, meant) => {
    expect(toCorrectedWord(typed, vocabulary)).toBe(meant);
  });

  it("leaves words, word starts and far-off words alone", () => {
    expect(toCorrectedWord("feedback", vocabulary)).toBeNull();
    expect(toCorrectedWord("inter", vocabulary)).toBeNull();
    expect(toCorrectedWord("xylophone", vocabulary)).toBeNull();
    expect(toCorrectedWord("ab", vocabulary)).toBeNull();
  });

  it("allows one slip up to seven letters and two from eight", () => {
    expect(maxSlips("rite")).toBe(1);
    expect(maxSlips("rights")).toBe(1);
    expect(maxSlips("ghsotedd")).toBe(2);
    expect(toCorrectedWord("rsxt", ["rest"])).toBeNull();
    expect(toCorrectedWord("rezt", ["rest"])).toBe("rest");
    expect(toCorrectedWord("rxyht", ["right"])).toBeNull();
    expect(toCorrectedWord("rigth", ["right"])).toBe("right");
    expect(toCorrectedWord("intrveiw", ["interview"])).toBe("interview");
  });

  // Issue 26: real words the old rule rewrote.
  it.each([
    ["nurse", ["use", "nurses"]],
    ["band", ["and"]],
    ["bands", ["and"]],
  ])("leaves %j alone rather than turn it into a different word", (typed, words) => {
    expect(toCorrectedWord(typed, words)).toBeNull();
  });

  it("corrects a short word only to a word of the same length", () => {
    expect(toCorrectedWord("jbos", ["jobs"])).toBe("jobs");
    expect(toCorrectedWord("jbo", ["job", "jobs"])).toBe("job");
    expect(toCorrectedWord("nad", ["and"])).toBe("and");
  });

  it("corrects each word of a phrase and says null when nothing changed", () => {
    expect(toCorrectedQuery("no replly", vocabulary)).toBe("no reply");
    expect(toCorrectedQuery("feedback", vocabulary)).toBeNull();
  });

  it("any word within its allowed slips of a vocabulary word comes back as a vocabulary word", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (typed) => {
        const corrected = toCorrectedWord(typed, vocabulary);
        if (corrected !== null) {
          expect(vocabulary).toContain(corrected);
          expect(editDistance(typed.toLowerCase(), corrected)).toBeLessThanOrEqual(maxSlips(typed.toLowerCase()));
        }
      }),
    );
  });

  it("reads a malformed vocabulary file as empty rather than failing", () => {
    expect(toVocabulary(null)).toEqual([]);
    expect(toVocabulary({ words: "feedback" })).toEqual([]);
    expect(toVocabulary({ words: ["feedback", 3, null] })).toEqual(["feedback"]);
  });

  it("takes vocabulary words from page text: lower case, letters only, possessives dropped", () => {
    expect(toVocabularyWords("Ask for Feedback, it’s the interviewer's call: 5 days, a CV.")).toEqual([
      "ask",
      "for",
      "feedback",
      "the",
      "interviewer",
      "call",
      "days",
    ]);
  });

  it("takes from any text exactly the words its definition names", () => {
    // The definition, written plainly: the build's faster loop must agree with it.
    const byDefinition = (text: string) =>
      (text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [])
        .map((w) => w.replace(/['’]s$/u, ""))
        .filter((w) => [...w].length >= 3 && [...w].length <= 24 && !/['’-]/u.test(w));
    const wordy = fc.array(
      fc.constantFrom("it's", "co-op", "naïve", "𝒜𝒷𝒸", "ÉTÉ", "a", "interviewer’s", " ", ".", "x".repeat(25)),
      {
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          wordy.map((parts) => parts.join(" ")),
        ),
        (text) => {
          expect(toVocabularyWords(text)).toEqual(byDefinition(text));
        },
      ),
    );
  });
});

describe("toShowingMessage", () => {
  it.each([
    [5, 14, "Showing 5 of 14 results."],
    [14, 14, "Showing all 14 results."],
  ])("says %i of %i", (shown, total, expected) => {
    expect(toShowingMessage(shown, total)).toBe(expected);
  });
});

describe("toCountMessage", () => {
  it.each([
    [0, null, "No results found for “x”."],
    [1, null, "1 result found for “x”."],
    [3, "letter", "3 letter pages found for “x”."],
    [0, "plan", "No plan pages found for “x”."],
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

describe("toOwnExcerpt", () => {
  const own = "Ask for feedback within two working days and keep it short";
  const terms = "feedback request, ask why.";
  const content = `${own} ${terms}`;
  const words = content.split(" ");
  const at = (w: string) => words.flatMap((x, i) => (x.replace(/[,.]/g, "") === w ? [i] : []));

  it("leaves pages without search terms to Pagefind's own excerpt", () => {
    expect(toOwnExcerpt(own, [2], undefined)).toBeNull();
  });

  it("marks matches in the page's own words and never quotes the terms block", () => {
    const excerpt = toOwnExcerpt(content, at("feedback"), terms)!;
    expect(excerpt).toContain("<mark>feedback</mark> within");
    expect(excerpt).not.toContain("request");
  });

  it("shows the page's opening words, unmarked, when only the terms matched", () => {
    expect(toOwnExcerpt(content, at("request"), terms, 4)).toBe("Ask for feedback within");
  });

  it("never includes a word from the terms block, wherever the matches are", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(words.length + 5)), fc.integer({ min: 1, max: 30 }), (locations, length) => {
        const excerpt = toOwnExcerpt(content, locations, terms, length)!;
        const shown = excerpt
          .replace(/<\/?mark>/g, "")
          .split(" ")
          .filter(Boolean);
        expect(shown.length).toBeLessThanOrEqual(length);
        for (const w of shown) expect(own.split(" ")).toContain(w);
      }),
    );
  });
});
