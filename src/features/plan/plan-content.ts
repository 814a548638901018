/**
 * Build-time helpers for rendering content/plan/plan.yaml: groups in the order the
 * file lists them, and link text taken from the page a step links to. Pure, so the
 * unit tests check the same rules the page uses.
 */

/** The group ids in the order content/plan/plan.yaml lists them (`- id: …` at the top level). */
export function groupIdsInFileOrder(yamlText: string): string[] {
  return [...yamlText.matchAll(/^- id:\s*["']?([a-z0-9-]+)["']?\s*$/gm)].map((m) => m[1]!);
}

/** `items` sorted by the position of their `id` in `order`; ids missing from `order` go last, keeping their order. */
export function inOrder<T extends { id: string }>(items: readonly T[], order: readonly string[]): T[] {
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return [...items].sort((a, b) => rank(a.id) - rank(b.id));
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
