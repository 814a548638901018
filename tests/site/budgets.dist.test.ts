/**
 * Byte budgets, read from the built files: what each page costs a reader on a phone
 * connection. The same numbers the browser once measured by loading every page.
 */
import { describe, expect, it } from "vitest";
import {
  articlePaths,
  builtPages,
  jsGzipAtLoad,
  one,
  page,
  renderGzipFirstVisit,
  scriptsLoadedBy,
} from "./support/dist";

const KB = 1024;
const articles = articlePaths().map(page);
const embedsPlan = (p: ReturnType<typeof page>) => one(p.doc, "atn-plan") !== null;

describe("an article", () => {
  it.each(articles)("$path renders from at most 14 KB gzip of HTML and CSS on a first visit", (p) => {
    const bytes = renderGzipFirstVisit(p);
    // An article with its styles is never a few hundred bytes: that would mean nothing was counted.
    expect(bytes).toBeGreaterThan(3 * KB);
    expect(bytes).toBeLessThanOrEqual(14 * KB);
  });

  it.each(articles)("$path loads no JavaScript, unless it embeds a plan group (then at most 9 KB gzip)", (p) => {
    // An embedded plan group carries the plan's script and the debrief count beside two steps.
    if (embedsPlan(p)) expect(jsGzipAtLoad(p)).toBeLessThanOrEqual(9 * KB);
    else expect(scriptsLoadedBy(p)).toEqual([]);
  });

  it("most articles load no JavaScript at all", () => {
    expect(articles.filter((p) => scriptsLoadedBy(p).length > 0).length).toBeLessThanOrEqual(1);
  });
});

/**
 * JavaScript a page loads before anyone touches it (gzip), by page. Pages not listed
 * load none. Letters carry their own wording; the plan, search and the small islands
 * stay under 5 KB; nothing loads a UI framework.
 */
const JS_BUDGETS: [RegExp, number][] = [
  // Letters were 12 KB and the plan 5 KB until December 2026, when keeping data safe across
  // tabs and after "Delete everything" (the synced store), the confirmations, the new
  // letters' shared date code and the plan's progress bars and debrief count added
  // 2-4 KB; measured 14.8 KB and 8.8 KB on 2 December (issue 21's closing note). Win it
  // back before raising again.
  [/^\/letters\/[a-z-]+\/$/, 15 * KB],
  [/^\/plan\/$/, 9 * KB],
  // Issue 23 asked for 8 KB; its features with the synced store need 10.0 KB (10,233 B on
  // 6 December): the budget waits on the issue owner's decision (issue 23's closing note).
  [/^\/debrief\/$/, 10 * KB],
  [/^\/interview-notes\/$/, 12 * KB],
  [/^\/search\/$/, 5 * KB],
  [/^\/$/, 5 * KB],
  [/^\/privacy\/$/, 5 * KB],
];

describe("JavaScript at load", () => {
  const withBudget = builtPages().filter((p) => JS_BUDGETS.some(([pattern]) => pattern.test(p.path)));

  it("every letter page, the plan, search, home and privacy have a budget", () => {
    expect(withBudget.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        "/",
        "/plan/",
        "/privacy/",
        "/search/",
        "/letters/feedback-request/",
        "/letters/phone-script/",
      ]),
    );
  });

  it.each(withBudget)("$path stays within its budget, and its island really loads", (p) => {
    const budget = JS_BUDGETS.find(([pattern]) => pattern.test(p.path))![1];
    const bytes = jsGzipAtLoad(p);
    expect(scriptsLoadedBy(p).length).toBeGreaterThan(0);
    expect(bytes).toBeGreaterThan(500);
    expect(bytes).toBeLessThanOrEqual(budget);
  });

  it.each(builtPages())("$path loads no framework runtime and no search engine at start", (p) => {
    const names = scriptsLoadedBy(p).join(" ");
    expect(names).not.toMatch(/react|preact|vue|svelte|solid|\blit\b/i);
    // Pagefind loads only when someone searches.
    expect(names).not.toMatch(/pagefind/);
  });

  it("pages with no island load no JavaScript", () => {
    const unexpected = builtPages()
      .filter((p) => !JS_BUDGETS.some(([pattern]) => pattern.test(p.path)) && !embedsPlan(p))
      .filter((p) => scriptsLoadedBy(p).length > 0)
      .map((p) => p.path);
    expect(unexpected).toEqual([]);
  });
});
