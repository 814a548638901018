import fc from "fast-check";

/**
 * Free text for property tests, shared so every test that means "anything a reader
 * could type or paste" tries the same hostile inputs. Narrower, domain-specific
 * arbitraries (names with an apostrophe, slugs, ids) stay in their own test files.
 */

/** Characters and strings that break naive escaping, templating, folding or slicing. */
export const HOSTILE_PIECES = [
  // String.replace patterns and template slots
  "$&",
  "$$",
  "$1",
  "$`",
  "$'",
  "$<x>",
  "{name}",
  "{about}",
  // markup and URLs
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "& # + %",
  "?a=b&c=d",
  "[x]",
  // what .ics escaping and line folding must get right
  ",",
  ";",
  "\\",
  ":",
  '"',
  "\n",
  "\r\n",
  "\r",
  "\t",
  "\n\n\n",
  "  ",
  "a.",
  "undefined",
  // controls, direction marks, combining and astral characters
  "\u0000",
  "\u200F",
  "\u202E",
  "\u200B",
  "\uFEFF",
  "é",
  "e\u0301",
  "Ø",
  "👩🏽‍💻",
  "🇬🇧",
  "שָׁלוֹם",
  "\uD800",
  "\uDC00",
] as const;

/** One hostile piece. */
export const hostilePiece = fc.constantFrom(...HOSTILE_PIECES);

/** Text built from hostile pieces mixed with short random strings. */
export const hostileText = fc
  .array(fc.oneof(hostilePiece, fc.string({ maxLength: 5 })), { maxLength: 80 })
  .map((parts) => parts.join(""));

/** A very long run of one piece (or a random grapheme string), for limits and folding. */
export const longText = fc.oneof(
  fc
    .tuple(fc.oneof(hostilePiece, fc.constantFrom("x", "é", "😀")), fc.integer({ min: 100, max: 1000 }))
    .map(([piece, times]) => piece.repeat(times)),
  fc.string({ unit: "grapheme", minLength: 60, maxLength: 400 }),
);

/**
 * Any text: UTF-16 code units (lone surrogates included), whole graphemes, binary
 * code points, hostile pieces alone and mixed, and very long runs.
 */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.string({ unit: "binary", maxLength: 120 }),
  hostilePiece,
  hostileText,
  longText,
);
