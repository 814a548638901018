/**
 * Safe download file names. Whatever an organisation is called, the name is short,
 * lower-case ASCII letters, digits and hyphens, and always starts with the letter type,
 * so it can never be a path, a hidden file or a reserved device name. Latin letters
 * with accents or strokes keep their base letter ("Ørsted" → "orsted", "Łódź" → "lodz")
 * rather than vanishing; a name in another script gives nothing, so the type alone is used.
 */

const MAX_SLUG = 40;

/** Latin letters that Unicode decomposition leaves whole, written the way English spells them. */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
  ħ: "h",
  ŧ: "t",
  ŋ: "n",
  ĸ: "k",
  ſ: "s",
  ƒ: "f",
};

/** "Smith & Jones (UK) Ltd" → "smith-jones-uk-ltd", "Ørsted" → "orsted"; nothing usable → "". */
export function toSlug(value: string): string {
  const slug = value
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\0-\x7f]/g, (letter) => LATIN_LETTERS[letter] ?? letter)
    // Accents go, and so do apostrophes: "Sainsbury's" reads better as "sainsburys".
    .replace(/\p{M}|['’ʼ]/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, MAX_SLUG).replace(/-+$/, "");
}

/** "feedback-request-acme.txt", or "feedback-request.txt" when the name gives nothing usable. */
export function toFileName(base: string, organisation: string, extension: "txt" | "ics"): string {
  const safeBase = toSlug(base) || "letter";
  const org = toSlug(organisation);
  return `${safeBase}${org ? `-${org}` : ""}.${extension}`;
}
