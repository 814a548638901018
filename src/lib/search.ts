/** Pure helpers for the search page: no DOM, no Pagefind, unit-tested in Node. */

export const KINDS = ["Advice", "Plan", "Letter"] as const;
export type Kind = (typeof KINDS)[number];

/** Reads a kind filter from a query-string value; anything unknown means "all kinds". */
export function toKind(value: string | null | undefined): Kind | null {
  return (KINDS as readonly string[]).includes(value ?? "") ? (value as Kind) : null;
}

/** Trims and collapses white space; caps the length so a pasted essay cannot stall the search. */
export function toQuery(raw: string | null | undefined): string {
  return (raw ?? "").replace(/\s+/g, " ").trim().slice(0, 200);
}

/**
 * A looser query to try when a query finds nothing, for typing slips on a phone:
 * Pagefind matches word prefixes, so dropping the last letter of each long word
 * ("feedbak" → "feedba") finds the intended word. Returns null when nothing can be loosened.
 */
export function toLooserQuery(query: string): string | null {
  const words = query.split(" ");
  const looser = words.map((w) => ([...w].length >= 5 ? [...w].slice(0, -1).join("") : w)).join(" ");
  return looser === query ? null : looser;
}

/** The sentence that announces a result count. */
export function toCountMessage(count: number, query: string, kind: Kind | null): string {
  const what = kind ? `${kind.toLowerCase()} page` : "result";
  if (count === 0) return `No ${what}s found for “${query}”.`;
  return `${count} ${what}${count === 1 ? "" : "s"} found for “${query}”.`;
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
