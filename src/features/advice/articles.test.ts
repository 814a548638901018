import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { JOURNEY, JOURNEY_STEPS, type JourneyStep } from "./journey";
import { articleSchema, JOURNEY_STEPS as SCHEMA_STEPS } from "./schema";
import {
  articleFacts,
  articleSource,
  countWords,
  groupByStep,
  newestFirst,
  readingMinutes,
  sortByJourney,
  toLongDate,
  toPlainText,
  toRelated,
  type ArticleLike,
} from "./articles";

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
    const steps = JOURNEY_STEPS;
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

describe("articleFacts", () => {
  it("gives the word count and the whole minutes at 200 words a minute", () => {
    const body = `## A heading\n\n${Array.from({ length: 398 }, () => "word").join(" ")}`;
    // "A heading" is two words: 400 in all, exactly two minutes.
    expect(articleFacts(body)).toEqual({ words: 400, minutes: 2 });
    expect(articleFacts(`${body} more`)).toEqual({ words: 401, minutes: 3 });
    expect(articleFacts("")).toEqual({ words: 0, minutes: 1 });
  });
});

describe("articleSource (getArticles)", () => {
  type Entry = ArticleLike & { body: string };
  const entry = (id: string, journey: JourneyStep, order: number, words: number): Entry => ({
    ...article(id, journey, order),
    body: Array.from({ length: words }, (_, i) => `w${i}`).join(" "),
  });
  const entries = () => [entry("b", "next", 1, 450), entry("a", "feel", 1, 120), entry("c", "feel", 2, 201)];

  it("loads and counts each article once however many pages ask, and gives the right facts", async () => {
    const load = vi.fn(async () => entries());
    const facts = vi.fn(articleFacts);
    const getArticles = articleSource(load, { facts });
    // Six listing pages plus every article page ask during one build, some at once.
    const [first, ...rest] = await Promise.all(Array.from({ length: 8 }, () => getArticles()));
    await getArticles();
    expect(load).toHaveBeenCalledTimes(1);
    expect(facts).toHaveBeenCalledTimes(3);
    for (const again of rest) expect(again).toBe(first);
    expect(first!.map((a) => [a.id, a.words, a.minutes])).toEqual([
      ["a", 120, 1],
      ["c", 201, 2],
      ["b", 450, 3],
    ]);
  });

  it("without the build cache (astro dev) reloads each time but recounts only a changed body", async () => {
    let current = entries();
    const facts = vi.fn(articleFacts);
    const getArticles = articleSource(async () => current, { facts, cache: false });
    await getArticles();
    current = [...current.slice(0, 2), entry("c", "feel", 2, 999)];
    const after = await getArticles();
    expect(facts).toHaveBeenCalledTimes(4);
    expect(after.find((a) => a.id === "c")?.words).toBe(999);
  });

  it("tries again after a failed load instead of keeping the failure", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("content not ready")).mockResolvedValue(entries());
    const getArticles = articleSource(load);
    await expect(getArticles()).rejects.toThrow("content not ready");
    expect(await getArticles()).toHaveLength(3);
  });
});

describe("groupByStep", () => {
  it("keeps the step order given and leaves out steps with no articles", () => {
    const groups = groupByStep(JOURNEY, [article("x", "next", 1), article("y", "feel", 1), article("z", "next", 2)]);
    expect(groups.map((g) => [g.step.id, g.items.map((a) => a.id)])).toEqual([
      ["feel", ["y"]],
      ["next", ["x", "z"]],
    ]);
  });
});

describe("newestFirst", () => {
  const dated = (id: string, journey: JourneyStep, day: string) => ({
    ...article(id, journey, 1),
    data: { ...article(id, journey, 1).data, lastReviewed: day },
  });

  it("puts the most recently reviewed first and stops at the limit", () => {
    const all = [
      dated("old", "feel", "2025-01-01"),
      dated("new", "next", "2026-11-01"),
      dated("mid", "reply", "2026-03-01"),
      dated("mid-too", "feel", "2026-03-01"),
    ];
    expect(newestFirst(all, 3).map((a) => a.id)).toEqual(["new", "mid-too", "mid"]);
    expect(newestFirst(all, 10)).toHaveLength(4);
  });
});

describe("the journey list", () => {
  it("is the one source of the step ids articles may name", () => {
    const ids = JOURNEY.map((step) => step.id);
    expect(JOURNEY_STEPS).toEqual(ids);
    expect(SCHEMA_STEPS).toBe(JOURNEY_STEPS);
    expect(new Set(ids).size).toBe(ids.length);
    expect(articleSchema.shape.journey.options).toEqual(ids);
  });

  it("gives every step a title and text to show", () => {
    for (const step of JOURNEY) {
      expect(step.id).toMatch(/^[a-z][a-z-]*$/);
      expect(step.title.length).toBeGreaterThan(5);
      expect(step.text.length).toBeGreaterThan(20);
    }
  });
});
