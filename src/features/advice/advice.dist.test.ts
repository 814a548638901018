/**
 * The advice as built: every article, the listings that lead to them and the home
 * page's journey, read from dist/ (`npm run build` first).
 */
import { describe, expect, it } from "vitest";
import { all, articlePaths, attr, meta, one, page, text } from "../../../tests/site/support/dist";

const articles = articlePaths().map(page);
/** Links to articles: not to a step list, and not to a place inside a page. */
const articleLinks = (root: Parameters<typeof all>[0]) =>
  all(root, 'a[href^="/advice/"]')
    .map((a) => attr(a, "href")!)
    .filter((href) => /^\/advice\/[^/#]+\/$/.test(href) && !href.startsWith("/advice/step/"));

describe.each(articles)("$path", (p) => {
  it("says when it was last reviewed, in the page and to search engines", () => {
    const reviewed = attr(one(p.doc, "article .meta time[datetime]"), "datetime");
    expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta(p.doc, "article:modified_time")).toBe(reviewed);
    expect(meta(p.doc, "og:type")).toBe("article");
  });

  it("gives its next step under the summary, the same as the first link in “What to do now”", () => {
    const atEnd = one(p.doc, 'section[aria-labelledby="what-to-do-now"] a');
    const underSummary = one(p.doc, "[data-next-step] a");
    expect(attr(underSummary, "href")).toBeTruthy();
    expect(attr(underSummary, "href")).toBe(attr(atEnd, "href"));
    // Under the summary means between the summary and the body, in reading order.
    const order = all(p.doc, "article .lede, [data-next-step], article .body").map((el) => attr(el, "class"));
    expect(order).toEqual(["lede", "next-line no-print", "body"]);
  });

  it("reads in full without JavaScript: summary, body, what to do now and its sources", () => {
    expect(text(one(p.doc, "article .lede")).length).toBeGreaterThan(40);
    const headings = all(p.doc, "article h2").map(text);
    expect(headings).toContain("What to do now");
    expect(headings).toContain("Where this advice comes from");
    expect(text(one(p.doc, "article .body")).split(" ").length).toBeGreaterThan(400);
  });
});

it("/advice/ shows between one and five articles per step, so it stays small as advice grows", () => {
  const advice = page("/advice/");
  const sections = all(advice.doc, "main section");
  expect(sections.length).toBeGreaterThanOrEqual(5);
  for (const section of sections) {
    const shown = articleLinks(section);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(5);
  }
});

it("every article is linked from /advice/ or the step lists it leads to", () => {
  // Crawl from /advice/ through the step lists and their pages, as a reader (or a crawler) would.
  const queue = ["/advice/"];
  const visited = new Set<string>();
  const linked = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (visited.has(path)) continue;
    visited.add(path);
    for (const a of all(page(path).doc, 'main a[href^="/advice/"]')) {
      const href = attr(a, "href")!.split("#")[0]!;
      if (href === "/advice/" || href.startsWith("/advice/step/")) queue.push(href);
      else linked.add(href);
    }
  }
  expect(articles.length).toBeGreaterThan(0);
  expect(articles.map((p) => p.path).filter((path) => !linked.has(path))).toEqual([]);
});

it("the home page journey has at least five steps, each naming at most three articles", () => {
  const panels = all(page("/").doc, "[data-step-panel]");
  expect(panels.length).toBeGreaterThanOrEqual(5);
  for (const panel of panels) expect(articleLinks(panel).length).toBeLessThanOrEqual(3);
  expect(panels.flatMap(articleLinks).length).toBeGreaterThanOrEqual(3);
});
