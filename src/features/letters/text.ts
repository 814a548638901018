/**
 * Small text helpers shared by the letter modules. Pure: no DOM, no globals.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0/C1 control characters other than tab, line feed and carriage return: invisible,
// not allowed in calendar text, and never something a person meant to type.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Tidies one field as typed: lone surrogates become U+FFFD (they cannot be encoded),
 * control characters go, every run of white space (line breaks included) becomes one
 * space, and the ends are trimmed. Everything else, emoji sequences, right-to-left
 * text and combining marks, is kept exactly.
 */
export function cleanField(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD").replace(CONTROL, "").replace(/\s+/gu, " ").trim();
}

/**
 * A job reference number as the letter writes it after "ref": the field tidied, with a
 * label people often type or paste with it ("Ref:", "Job reference no.", "Vacancy
 * ref") taken off, and brackets at the ends dropped, since the letter adds its own.
 */
export function toJobReference(value: string): string {
  return (
    cleanField(value)
      // Only a label followed by a space, colon or "#" goes: "REF-2024-001" is the reference itself.
      .replace(/^(?:job |vacancy )?(?:ref|reference|id)\.?(?:\s*(?:number|no\.?))?(?:\s*[:#]\s*|\s+)(?=\S)/iu, "")
      .replace(/^[([]+|[)\]]+$/gu, "")
      .trim()
  );
}

/** Adds a full stop unless the text already ends a sentence. */
export function endSentence(text: string): string {
  return /[.!?…。？！]["'”’)]*$/u.test(text) ? text : `${text}.`;
}

/** Joins sentences with single spaces, skipping empty ones. */
export function sentences(...parts: readonly (string | false | null | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === "string" && part !== "").join(" ");
}

/**
 * Joins paragraphs with one blank line, skipping empty ones, and makes sure no line
 * carries trailing spaces. Never produces three line breaks in a row.
 */
export function paragraphs(...parts: readonly (string | false | null | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === "string" && part.trim() !== "")
    .map((part) =>
      part
        .split("\n")
        .map((line) => line.trimEnd())
        .join("\n")
        .trim(),
    )
    .join("\n\n");
}

/** Counts words: runs of non-space characters that hold at least one letter or digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}
