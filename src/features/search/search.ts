/** Pure helpers for the search page: no DOM, no Pagefind, unit-tested in Node. */

/** Where the spelling vocabulary is served from (under the site root); the search island fetches it only when a query finds nothing. */
export const VOCABULARY_PATH = "search/vocabulary.json";

/**
 * The one list of page kinds. `Base.astro` takes one as its `kind` prop and writes it
 * into the page as Pagefind's `kind` filter; the search island filters and labels
 * results by it; the tests import it. "page" (home, privacy…) is not offered as a filter.
 */

export const SEARCH_KINDS = ["advice", "plan", "letter", "page"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The kinds a reader can narrow results to, in the order the form offers them. */
export const FILTER_KINDS = ["advice", "plan", "letter"] as const satisfies readonly SearchKind[];
export type FilterKind = (typeof FILTER_KINDS)[number];

/** What a result's badge says for each kind. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  advice: "Advice",
  plan: "Plan",
  letter: "Letter",
  page: "Page",
};

/** What the filter radios say for each kind. */
export const FILTER_KIND_LABELS: Record<FilterKind, string> = {
  advice: "Advice",
  plan: "Plan steps",
  letter: "Letters",
};

/**
 * Reads a kind filter from a query-string value; anything unknown means "all kinds".
 * Case is ignored so links made when the value was capitalised ("Letter") still work.
 */
export function toKind(value: string | null | undefined): FilterKind | null {
  const lower = (value ?? "").toLowerCase();
  return (FILTER_KINDS as readonly string[]).includes(lower) ? (lower as FilterKind) : null;
}

/** Trims and collapses white space; caps the length so a pasted essay cannot stall the search. */
export function toQuery(raw: string | null | undefined): string {
  // Trimmed again after the cut: the 200th character may be a space.
  return (raw ?? "").replace(/\s+/g, " ").trim().slice(0, 200).trim();
}

/** How many results' details are loaded and shown at a time (Pagefind's own UI uses five). */
export const PAGE_SIZE = 5;

/** The sentence that announces a result count. */
export function toCountMessage(count: number, query: string, kind: FilterKind | null): string {
  const what = kind ? `${kind} page` : "result";
  if (count === 0) return `No ${what}s found for “${query}”.`;
  return `${count} ${what}${count === 1 ? "" : "s"} found for “${query}”.`;
}

/** The sentence that announces how many of the results are now on screen, after "Show more". */
export function toShowingMessage(shown: number, total: number): string {
  return shown >= total ? `Showing all ${total} results.` : `Showing ${shown} of ${total} results.`;
}

/* ---------- Spelling: "feedbak" → "feedback" ---------- */

/**
 * Optimal-string-alignment Damerau–Levenshtein distance: insertions, deletions,
 * substitutions and swaps of two neighbouring letters each cost one. Stops early and
 * returns `limit + 1` once the distance must exceed `limit`, so scanning a vocabulary
 * stays cheap. Works on code points, so accented letters count as one.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  const distance = prev[t.length]!;
  return distance > limit ? limit + 1 : distance;
}

/** The vocabulary file the build writes: words in the index, most used first. */
export interface Vocabulary {
  words: string[];
}

/** Reads the vocabulary JSON defensively: anything malformed becomes an empty list. */
export function toVocabulary(json: unknown): string[] {
  const words = (json as Partial<Vocabulary> | null)?.words;
  return Array.isArray(words) ? words.filter((w): w is string => typeof w === "string") : [];
}

/**
 * How far a word may be from the one meant, for its length: one slip up to seven letters,
 * two from eight. Two slips in a short word change too much of it: "nurse" is two slips
 * from "use", and a reader who typed "nurse" meant "nurse" (issue 26).
 */
export const maxSlips = (word: string): number => ([...word].length >= 8 ? 2 : 1);

/** Words of four letters or fewer are only corrected to words of the same length ("band" is not "and"). */
const SHORT_WORD = 4;

/**
 * The vocabulary word closest to `word`, or null when it is already a word (or the
 * start of one, which Pagefind finds by itself) or nothing is within reach. Ties go to
 * the word listed first, and the build lists the most used words first.
 */
export function toCorrectedWord(word: string, vocabulary: readonly string[]): string | null {
  const w = word.toLowerCase();
  if ([...w].length < 3 || vocabulary.some((v) => v.startsWith(w))) return null;
  let best: string | null = null;
  let bestDistance = maxSlips(w) + 1;
  const length = [...w].length;
  for (const candidate of vocabulary) {
    if (length <= SHORT_WORD && [...candidate].length !== length) continue;
    const d = editDistance(w, candidate, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/**
 * The query with each misspelt word replaced by its nearest vocabulary word, or null
 * when nothing changes (so the page only says "Showing results for …" when it means it).
 */
export function toCorrectedQuery(query: string, vocabulary: readonly string[]): string | null {
  const words = query.split(" ");
  const corrected = words.map((w) => toCorrectedWord(w.replace(/[^\p{L}\p{N}'’-]/gu, ""), vocabulary) ?? w);
  const result = corrected.join(" ");
  return result.toLowerCase() === query.toLowerCase() ? null : result;
}

/**
 * Words of a page's text for the vocabulary: lower case, letters only, long enough to
 * be worth correcting towards. The build counts them across pages.
 */
export function toVocabularyWords(text: string): string[] {
  const words: string[] = [];
  // One pass, no intermediate arrays: the build runs this over every page's text.
  for (const [match] of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)) {
    const word = match.endsWith("'s") || match.endsWith("’s") ? match.slice(0, -2) : match;
    if (/['’-]/.test(word)) continue;
    // Length in letters, not UTF-16 units (only astral letters differ).
    const length = /[\uD800-\uDBFF]/.test(word) ? [...word].length : word.length;
    if (length >= 3 && length <= 24) words.push(word);
  }
  return words;
}

/* ---------- Excerpts ---------- */

/** How Pagefind splits a page's content into the words its match locations count. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

/**
 * An excerpt (in Pagefind's form: text with <mark>) from the page's own words, never
 * from the search terms block at the end of its content, which reads as a list of
 * keywords. `terms` is that block's text (Pagefind metadata "terms"); without it the
 * page has no block and Pagefind's own excerpt is right, so this returns null. A page
 * found only through its terms gets its opening words, unmarked.
 */
export function toOwnExcerpt(
  content: string,
  locations: readonly number[],
  terms: string | undefined,
  length = 24,
): string | null {
  if (!terms?.trim()) return null;
  const words = content.split(WORD_SEPARATORS);
  const termWords = terms.trim().split(WORD_SEPARATORS).length;
  const own = Math.max(0, words.length - termWords);
  const hits = locations.filter((l) => l >= 0 && l < own);
  const first = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 4), own - length));
  const marked = new Set(hits);
  const shown: string[] = [];
  for (let i = start; i < Math.min(own, start + length); i++)
    shown.push(marked.has(i) ? `<mark>${words[i]}</mark>` : words[i]!);
  return shown.join(" ");
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", nbsp: " " };

/**
 * Splits a Pagefind excerpt (escaped HTML whose only markup is <mark>) into plain-text
 * parts, so the page can render it with text nodes and never parses HTML.
 */
export function toExcerptParts(excerpt: string): ExcerptPart[] {
  const decode = (s: string) =>
    s.replace(/<[^>]*>/g, "").replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name] ?? m);
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: decode(m[1] ?? ""), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts.filter((p) => p.text.length > 0);
}
