import { JOURNEY_STEPS, type ArticleData } from "../content/schema";

/** The parts of an article entry these helpers need (a collection entry fits). */
export interface ArticleLike {
  id: string;
  data: Pick<ArticleData, "journey" | "order" | "related" | "title">;
}

const WORDS_PER_MINUTE = 200;

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
  const segmenter = new Intl.Segmenter("en-GB", { granularity: "word" });
  let count = 0;
  for (const segment of segmenter.segment(toPlainText(text))) if (segment.isWordLike) count += 1;
  return count;
}

/** Whole minutes to read `text` at an unhurried pace; never less than one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.ceil(countWords(text) / WORDS_PER_MINUTE));
}

/** Articles in the order a reader needs them: by journey step, then by `order`, then by title. */
export function sortByJourney<T extends ArticleLike>(articles: readonly T[]): T[] {
  const rank = (a: T) => JOURNEY_STEPS.indexOf(a.data.journey);
  return [...articles].sort(
    (a, b) => rank(a) - rank(b) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, "en-GB"),
  );
}

/**
 * The related articles an article names, in the order it names them. Throws when a
 * slug names no article (or the article itself), so a bad link fails the build.
 */
export function toRelated<T extends ArticleLike>(article: T, all: readonly T[]): T[] {
  return article.data.related.map((slug) => {
    const found = all.find((a) => a.id === slug);
    if (!found || found.id === article.id) {
      throw new Error(`content/advice/${article.id}.mdx: related "${slug}" is not another article's slug`);
    }
    return found;
  });
}

/** "2026-11-20" → "20 November 2026", as a British reader writes it. */
export function toLongDate(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${isoDay}`);
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    date,
  );
}
