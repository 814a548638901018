/**
 * How to address the recipient after "Dear" or "Hello", from the name as typed. Pure:
 * no DOM, no globals. The typed name is never re-cased or rewritten: only a leading
 * title is recognised and written the British way ("Dr", not "dr." or "DR").
 */
import { cleanField } from "./text";
import type { Tone } from "./types";

/** Common UK titles, keyed by how they are typed (lower case, no full stop). */
const TITLES: Readonly<Record<string, string>> = {
  mr: "Mr",
  mrs: "Mrs",
  ms: "Ms",
  miss: "Miss",
  mx: "Mx",
  dr: "Dr",
  prof: "Prof",
  professor: "Professor",
  sir: "Sir",
  dame: "Dame",
  rev: "Rev",
  cllr: "Cllr",
};

/** "Sir" and "Dame" go with the first name (Sir Keir, Dame Judi), not the surname. */
const FIRST_NAME_TITLES = new Set(["Sir", "Dame"]);

/** Lower-case words that belong to the surname after them: "de la Cruz", "van Dijk". */
const PARTICLES = new Set([
  "de",
  "da",
  "di",
  "du",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "la",
  "le",
  "ter",
  "dos",
]);

/** A word with a letter or digit in it: "." or "-" alone cannot be greeted. */
const hasWord = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** An initial ("S" or "S."), which a friendly greeting cannot use as a first name. */
const isInitial = (word: string): boolean => /^\p{L}\.?$/u.test(word);

export interface ParsedName {
  /** The title as written in British style ("Dr"), or "" when none was typed. */
  title: string;
  /** The rest of the name, word by word, exactly as typed. */
  names: string[];
}

/** Splits a typed name into a recognised leading title and the words after it. */
export function parseName(typed: string): ParsedName {
  const words = cleanField(typed).split(" ").filter(Boolean);
  const first = words[0] ?? "";
  const title = TITLES[first.toLowerCase().replace(/\.$/u, "")];
  // A title on its own ("Dr") is not a name to greet.
  if (title && words.length > 1) return { title, names: words.slice(1) };
  if (title) return { title: "", names: [] };
  return { title: "", names: words };
}

/** The surname: the last word, with any particles before it ("de la Cruz"). */
function surname(names: readonly string[]): string {
  let start = names.length - 1;
  while (start > 1 && PARTICLES.has(names[start - 1]!.toLowerCase())) start--;
  return names.slice(start).join(" ");
}

/**
 * The name to put after "Dear" (formal) or "Hello" (warm), or "" when the typed text
 * holds no name to greet (empty, punctuation only, or a title alone). Formal: a typed
 * title goes with the surname ("Dr Sam Okafor" → "Dr Okafor"); without a title, the
 * full name as typed, because inventing a title could get it wrong. Warm: the first
 * name ("Sam"), unless only a title and surname or an initial were typed.
 */
export function toAddressName(typed: string, tone: Tone): string {
  const { title, names } = parseName(typed);
  const text = names.join(" ");
  if (!hasWord(text)) return "";
  const first = names[0]!;
  const usableFirst = names.length > 1 && !isInitial(first) && hasWord(first);
  if (title) {
    if (tone === "warm" && usableFirst) return first;
    if (FIRST_NAME_TITLES.has(title) && usableFirst) return `${title} ${first}`;
    const last = names.length > 1 ? surname(names) : first;
    return `${title} ${hasWord(last) ? last : text}`;
  }
  return tone === "warm" && usableFirst ? first : text;
}
