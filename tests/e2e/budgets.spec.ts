import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";
import { LISTING } from "../../src/lib/articles";
import { OUT_DIR, articlePaths, sitemapPaths } from "./helpers";

/** Every built HTML page as its URL path ("/advice/", "/404.html"). */
function builtPages(): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".html")) {
        const rel = `/${relative(OUT_DIR, file).replaceAll("\\", "/")}`;
        out.push({ path: rel.replace(/index\.html$/, ""), bytes: statSync(file).size });
      }
    }
  };
  walk(OUT_DIR);
  return out;
}

/** One page of each type, and the pages with islands (custom elements with scripts). */
const PAGE_TYPES = [
  "/",
  "/advice/",
  "/advice/asking-for-feedback/",
  "/plan/",
  "/letters/feedback-request/",
  "/search/",
];
const ISLAND_PAGES = [
  "/",
  "/plan/",
  "/letters/feedback-request/",
  "/search/",
  "/privacy/",
  "/advice/turning-feedback-into-a-plan/",
];

// Sizes and what a page links are checked over dist/ (tests/built/first-visit.test.ts); here,
// that a real browser, parsing the page, asks for no stylesheet (an @import, a preload) either.
test.describe("a first visit", () => {
  for (const path of PAGE_TYPES) {
    test(`${path} fetches no stylesheet: its styles come with the HTML`, async ({ page }) => {
      const sheets: string[] = [];
      page.on("request", (req) => {
        if (req.resourceType() === "stylesheet") sheets.push(req.url());
      });
      const response = await page.goto(path);
      expect(response!.status()).toBe(200);
      await page.waitForLoadState("networkidle");
      expect(sheets).toEqual([]);
      // Styled from the first paint: the page background is the site's, not the browser's white.
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe("rgb(251, 247, 242)");
    });
  }
});

// On a slow link the HTML paints first and island scripts arrive later. Held back here
// until well after the first paint, they must find nothing to move and nothing hidden
// but the controls that only work with them.
test.describe("islands whose scripts arrive late", () => {
  for (const path of ISLAND_PAGES) {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      test(`${path} at ${viewport.width} px shows its content before its script and shifts by at most 0.02 when it starts`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        await page.addInitScript(() => {
          const w = window as unknown as { __shift: number };
          w.__shift = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!e.hadRecentInput) w.__shift += e.value;
          }).observe({ type: "layout-shift", buffered: true });
        });
        // CSS animations at a tenth of their speed: the no-script notes' 3 s fallback
        // (global.css) must not fire because this shared machine is slow to paint.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Animation.enable");
        await cdp.send("Animation.setPlaybackRate", { playbackRate: 0.1 });
        let release!: () => void;
        const gate = new Promise<void>((done) => (release = done));
        let held = 0;
        await page.route(/\/_astro\/.+\.js$/, async (route) => {
          held++;
          await gate;
          await route.continue();
        });
        await page.goto(path, { waitUntil: "commit" });
        await page.waitForFunction(
          () => performance.getEntriesByType("paint").length > 0 && document.readyState !== "loading",
        );
        expect(held, "the page has an island script to hold back").toBeGreaterThan(0);
        // Text in main that is laid out but not visible: only JS-only controls and
        // no-script notes may be, and they are marked as such.
        const hidden = await page.evaluate(() => {
          const allowed = "[hidden], [data-js-only], [data-reserve], [data-no-js], [data-nojs-note], .visually-hidden";
          const out: string[] = [];
          const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement!;
            if (!node.textContent!.trim() || el.closest(allowed)) continue;
            const style = getComputedStyle(el);
            const faded = Number(style.opacity) === 0;
            if (el.getClientRects().length > 0 && (style.visibility !== "visible" || faded))
              out.push(`${el.tagName.toLowerCase()}: ${node.textContent!.trim().slice(0, 40)}`);
          }
          return out;
        });
        expect(hidden).toEqual([]);
        release();
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(500);
        expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThanOrEqual(0.02);
      });
    }
  }
});

test.describe("listing pages stay small as the library grows", () => {
  test("/advice/ shows a bounded number of articles per step and links to each step's full list", async ({ page }) => {
    await page.goto("/advice/");
    const sections = page.locator("main section");
    expect(await sections.count()).toBeGreaterThan(0);
    for (const section of await sections.all()) {
      const articles = section.locator('li a[href^="/advice/"]');
      expect(await articles.count()).toBeGreaterThan(0);
      expect(await articles.count()).toBeLessThanOrEqual(LISTING.perStepOnAdvice);
    }
  });

  test("every article is linked from /advice/ or the step lists it leads to", async ({ request }) => {
    // Crawl from /advice/ through the step lists and their pages, as a reader (or a crawler) would.
    const isListing = (p: string) => p === "/advice/" || p.startsWith("/advice/step/");
    const queue = ["/advice/"];
    const visited = new Set<string>();
    const linked = new Set<string>();
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (visited.has(path)) continue;
      visited.add(path);
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      for (const [, href] of (await res.text()).matchAll(/href="(\/advice\/[^"#]*)"/g)) {
        if (isListing(href!)) queue.push(href!);
        else linked.add(href!);
      }
    }
    const articles = articlePaths();
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.filter((p) => !linked.has(p))).toEqual([]);
  });

  test("the sitemap lists every built page but the 404", () => {
    const listed = new Set(sitemapPaths());
    const missing = builtPages()
      .map((p) => p.path)
      .filter((p) => p !== "/404.html" && !listed.has(p));
    expect(missing).toEqual([]);
  });

  test("the feed and llms.txt stay bounded", async ({ request }) => {
    const rss = await (await request.get("/rss.xml")).text();
    const items = rss.match(/<item>/g)?.length ?? 0;
    expect(items).toBeGreaterThan(0);
    expect(items).toBeLessThanOrEqual(Math.min(LISTING.feed, articlePaths().length));
    const llms = await (await request.get("/llms.txt")).text();
    expect(llms.length).toBeGreaterThan(500);
    expect(llms.length).toBeLessThanOrEqual(60 * 1024);
  });
});
