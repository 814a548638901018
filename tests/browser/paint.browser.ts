import { expect, test } from "@playwright/test";

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

// Sizes and what a page links are checked over dist/ (tests/site/first-visit.dist.test.ts); here,
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
        // The browser has asked for the scripts by now, but Playwright's route handler may
        // hear of it a moment later (CI once counted 0 here on a loaded machine).
        await expect.poll(() => held, { message: "the page has an island script to hold back" }).toBeGreaterThan(0);
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
