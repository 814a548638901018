/**
 * Safe download file names. Whatever an organisation is called, the name is short,
 * lower-case ASCII letters, digits and hyphens, and always starts with the letter type,
 * so it can never be a path, a hidden file or a reserved device name.
 */

const MAX_SLUG = 40;

/** "Smith & Jones (UK) Ltd" → "smith-jones-uk-ltd"; nothing usable → "". */
export function toSlug(value: string): string {
  const slug = value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
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
