/**
 * Share links: a fragment carrying only the tone, job title and organisation. Loaded by
 * the builder only when a page is opened with one, or when the person copies one.
 */
import { isBlankDraft } from "./draft";
import { isLetterType, isTone, type LetterDraft, type LetterType, type Tone } from "./types";

/** The fields a share link may carry: never a name, contact detail or recipient. */
export interface SharedFields {
  tone?: Tone;
  role?: string;
  organisation?: string;
}

const SHARE_MAX = 200;

/**
 * The fragment for a share link: "#letter=feedback-request&tone=warm&role=…". It is a
 * fragment, not a query, because browsers never send a fragment to the web host, so a
 * job title and organisation stay between the two people sharing the link. `letter`
 * marks the fragment as a share link, so an ordinary anchor such as #letter-heading is
 * never read as one.
 */
export function toShareHash(type: LetterType, draft: Pick<LetterDraft, "tone" | "role" | "organisation">): string {
  const params = new URLSearchParams();
  params.set("letter", type);
  params.set("tone", draft.tone);
  if (draft.role.trim()) params.set("role", draft.role.trim().slice(0, SHARE_MAX));
  if (draft.organisation.trim()) params.set("organisation", draft.organisation.trim().slice(0, SHARE_MAX));
  return `#${params.toString()}`;
}

/**
 * Reads a share link's fragment (location.hash). Null unless it is a share fragment
 * carrying something usable; anything but tone, role and organisation is ignored.
 */
export function fromShareHash(hash: string): SharedFields | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  if (!isLetterType(params.get("letter"))) return null;
  const shared: SharedFields = {};
  const tone = params.get("tone");
  if (isTone(tone)) shared.tone = tone;
  const role = params.get("role");
  if (role !== null && role.trim()) shared.role = role.slice(0, SHARE_MAX);
  const organisation = params.get("organisation");
  if (organisation !== null && organisation.trim()) shared.organisation = organisation.slice(0, SHARE_MAX);
  return Object.keys(shared).length > 0 ? shared : null;
}

/** True when applying the shared fields would change a draft the person has started. */
export function shareConflicts(draft: LetterDraft, shared: SharedFields): boolean {
  if (isBlankDraft(draft)) return false;
  return (
    (shared.tone !== undefined && shared.tone !== draft.tone) ||
    (shared.role !== undefined && shared.role !== draft.role) ||
    (shared.organisation !== undefined && shared.organisation !== draft.organisation)
  );
}
