/**
 * Build-time helpers for rendering the plan collection (content/plan/plan.yaml):
 * groups in time order, and link text taken from the page a step links to. Pure, so
 * the unit tests check the same rules the page uses.
 */
import { PLAN_GROUP_IDS, type PlanGroupId } from "./plan-schema";

/**
 * The plan's groups in time order (PLAN_GROUP_IDS), from collection entries, which
 * come back sorted by id. Throws, failing the build, on a group id the plan does not
 * know or a step id used in two groups (they would share one tick).
 */
export function toPlanGroups<T extends { id: string; data: { steps: readonly { id: string }[] } }>(
  entries: readonly T[],
): (T & { id: PlanGroupId })[] {
  const known = (entry: T): entry is T & { id: PlanGroupId } =>
    (PLAN_GROUP_IDS as readonly string[]).includes(entry.id);
  const unknown = entries.filter((entry) => !known(entry)).map((entry) => entry.id);
  if (unknown.length) throw new Error(`content/plan/plan.yaml: unknown group ids: ${unknown.join(", ")}`);
  const ids = entries.flatMap((entry) => entry.data.steps.map((step) => step.id));
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length)
    throw new Error(`content/plan/plan.yaml: step ids must be unique, repeated: ${repeated.join(", ")}`);
  const rank = (id: PlanGroupId) => PLAN_GROUP_IDS.indexOf(id);
  return entries.filter(known).sort((a, b) => rank(a.id) - rank(b.id));
}

/** The article slug a help link points at, or null for a letter page. */
export function articleSlug(href: string): string | null {
  return /^\/advice\/([a-z0-9-]+)\//.exec(href)?.[1] ?? null;
}

/**
 * The words of a step's help link: an article's own title (so renaming an article
 * renames every link to it), or the text written in plan.yaml for a letter page.
 * Throws, failing the build, when the article does not exist or a letter link has no text.
 */
export function helpLinkText(
  help: { href: string; text?: string | undefined },
  titles: ReadonlyMap<string, string>,
): string {
  const slug = articleSlug(help.href);
  if (slug === null) {
    if (!help.text) throw new Error(`content/plan/plan.yaml: the link to ${help.href} needs help.text`);
    return help.text;
  }
  const title = titles.get(slug);
  if (!title) throw new Error(`content/plan/plan.yaml: ${help.href} links to an article that does not exist`);
  return title;
}
