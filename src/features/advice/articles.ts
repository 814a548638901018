import { JOURNEY_STEPS, type ArticleData } from "./schema";

/** The parts of an article entry these helpers need (a collection entry fits). */
export interface ArticleLike {
  id: string;
  data: Pick<ArticleData, "journey" | "order" | "related" | "title">;
}

const WORDS_PER_MINUTE = 200;

// Made once: building an Intl formatter costs far more than using one, and every
// listing and article page formats dates.
const LONG_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const WORD_SEGMENTER = new Intl.Segmenter("en-GB", { granularity: "word" });

/**
 * The prose of an MDX body as a reader meets it: imports, JSX tags, MDX comments, link
 * targets and Markdown punctuation removed; headings and list items end as sentences.
 */
export function toPlainText(mdx: string): string {
  return mdx
    .replace(/^import .*$/gm, "")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/^#{1,6}\s+(.*)$/gm, "$1.")
    .replace(
      /^[ \t]*(?:[-*+]|\d+\.)[ \t]+(.*?)([.?!:;]?)$/gm,
      (_m, item: string, end: string) => `${item}${end || "."}`,
    )
    .replace(/[*_`[\]>|]+/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** Counts the words a reader reads: MDX/JSX tags and Markdown punctuation are not words. */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of WORD_SEGMENTER.segment(toPlainText(text))) if (segment.isWordLike) count += 1;
  return count;
}

/** Whole minutes to read `text` at an unhurried pace; never less than one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.ceil(countWords(text) / WORDS_PER_MINUTE));
}

/** Facts about an article's body that listings and the article page show. */
export interface ArticleFacts {
  words: number;
  minutes: number;
}

/** Word count and reading time of an MDX body (the body is segmented once). */
export function articleFacts(body: string): ArticleFacts {
  const words = countWords(body);
  return { words, minutes: Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)) };
}

/** An article as listings use it: the entry plus its facts. */
export type WithFacts<T> = T & ArticleFacts;

/**
 * Makes `getArticles`: every article in journey order with its facts, computed once.
 * Every listing page (home, /advice/, the step pages, search, RSS, llms.txt) and every
 * article page asks for the full list; counting words is the costly part (Intl.Segmenter
 * over every body), so the sorted list is kept for the life of the build, and facts are
 * also kept per body so a reload in `astro dev` (`cache: false`) recounts only what changed.
 */
export function articleSource<T extends ArticleLike & { body?: string }>(
  load: () => Promise<readonly T[]>,
  { facts = articleFacts, cache = true }: { facts?: (body: string) => ArticleFacts; cache?: boolean } = {},
): () => Promise<WithFacts<T>[]> {
  const factsByBody = new Map<string, ArticleFacts>();
  const factsOf = (body: string): ArticleFacts => {
    let found = factsByBody.get(body);
    if (!found) factsByBody.set(body, (found = facts(body)));
    return found;
  };
  const build = async () => sortByJourney(await load()).map((a) => ({ ...a, ...factsOf(a.body ?? "") }));
  let all: Promise<WithFacts<T>[]> | undefined;
  return () => {
    if (!cache) return build();
    // A failed load is not kept, so the next call tries again rather than repeating the error.
    all ??= build().catch((error: unknown) => {
      all = undefined;
      throw error;
    });
    return all;
  };
}

/** Articles in the order a reader needs them: by journey step, then by `order`, then by title. */
export function sortByJourney<T extends ArticleLike>(articles: readonly T[]): T[] {
  const rank = (a: T) => JOURNEY_STEPS.indexOf(a.data.journey);
  return [...articles].sort(
    (a, b) => rank(a) - rank(b) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, "en-GB"),
  );
}

// Every article page looks up its related articles in the same list: indexed once per
// list, so a build of n articles does n lookups rather than n² comparisons.
const INDEXES = new WeakMap<readonly ArticleLike[], Map<string, ArticleLike>>();
function indexById(all: readonly ArticleLike[]): Map<string, ArticleLike> {
  let index = INDEXES.get(all);
  if (!index) INDEXES.set(all, (index = new Map(all.map((a) => [a.id, a]))));
  return index;
}

/**
 * The related articles an article names, in the order it names them. Throws when a
 * slug names no article (or the article itself), so a bad link fails the build.
 */
export function toRelated<T extends ArticleLike>(article: T, all: readonly T[]): T[] {
  const byId = indexById(all);
  return article.data.related.map((slug) => {
    const found = byId.get(slug) as T | undefined;
    if (!found || found.id === article.id) {
      throw new Error(`content/advice/${article.id}.mdx: related "${slug}" is not another article's slug`);
    }
    return found;
  });
}

/** "2026-11-20" → "20 November 2026", as a British reader writes it. */
export function toLongDate(isoDay: string): string {
  let long = LONG_DATES.get(isoDay);
  if (long === undefined) {
    const date = new Date(`${isoDay}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${isoDay}`);
    LONG_DATES.set(isoDay, (long = LONG_DATE.format(date)));
  }
  return long;
}
/** Formatted days: many articles share a review date, and formatting is the slow part. */
const LONG_DATES = new Map<string, string>();

/**
 * How many articles each listing shows, so no page grows with the library: at 1,000
 * articles every listing page stays well under 60 KB of HTML (tests/browser/budgets.browser.ts).
 * Every article stays reachable from the paged step lists (/advice/step/<step>/).
 */
export const LISTING = {
  /** Articles shown under each step on /advice/ before "All … articles". */
  perStepOnAdvice: 5,
  /** Articles on each page of /advice/step/<step>/. */
  perStepPage: 24,
  /** Newest articles in the RSS feed. */
  feed: 50,
  /** Articles named under each step in llms.txt, which then links to the step's list. */
  perStepInLlms: 20,
} as const;

/** URL of a step's article list (page 1). */
export const stepListPath = (step: string) => `/advice/step/${step}/`;

/** The articles filed under each step, in the given step order; steps with no articles are left out. */
export function groupByStep<S extends { id: string }, T extends ArticleLike>(
  steps: readonly S[],
  articles: readonly T[],
): { step: S; items: T[] }[] {
  return steps
    .map((step) => ({ step, items: articles.filter((a) => a.data.journey === step.id) }))
    .filter((g) => g.items.length > 0);
}

/** Newest first by review date (then journey order), at most `limit`: the feed's items. */
export function newestFirst<T extends ArticleLike & { data: { lastReviewed: string } }>(
  articles: readonly T[],
  limit: number,
): T[] {
  return sortByJourney(articles)
    .map((a, i) => ({ a, i }))
    .sort((x, y) => y.a.data.lastReviewed.localeCompare(x.a.data.lastReviewed) || x.i - y.i)
    .slice(0, limit)
    .map(({ a }) => a);
}
