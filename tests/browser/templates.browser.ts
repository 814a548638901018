/**
 * What only a browser can show, checked once per page template rather than once per
 * page: axe in light and dark, the keyboard path, layout at a phone's width, layout
 * shift while the page loads, and that nothing is blocked or sent elsewhere. What can be
 * read from the built HTML (headings, meta tags, links, sizes) is checked for every
 * page in Node (tests/site/*.dist.test.ts, `npm run test:dist`).
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, recordCspViolations, watchPage } from "./helpers";

/** One page of each template the site has. */
const TEMPLATES = [
  { name: "home", path: "/" },
  { name: "article", path: "/advice/the-first-day/" },
  { name: "advice list", path: "/advice/" },
  { name: "step list", path: "/advice/step/next/" },
  { name: "plan", path: "/plan/" },
  { name: "letter", path: "/letters/feedback-request/" },
  { name: "letters index", path: "/letters/" },
  { name: "search", path: "/search/" },
  { name: "privacy", path: "/privacy/" },
  { name: "about", path: "/about/" },
  { name: "404", path: "/no-such-page/", status: 404 },
] as const;

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * Waits until the page has done everything it does on its own: loaded, with no new
 * resource finished for 500 ms, every island (an `atn-` element) started, fonts and images
 * in, and two frames drawn after that, so any shift they caused has been reported.
 * Quiet is read from the page's own resource timing: Playwright's "networkidle" once
 * waited out a 90 s timeout on a page that had finished loading.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __resources?: number; __since?: number };
      const count = performance.getEntriesByType("resource").length;
      if (w.__resources !== count) [w.__resources, w.__since] = [count, performance.now()];
      return performance.now() - w.__since! >= 500;
    },
    undefined,
    { polling: 100 },
  );
  await page.waitForFunction(() =>
    [...document.querySelectorAll("*")]
      .filter((el) => el.localName.startsWith("atn-"))
      .every((el) => (el as HTMLElement).dataset["started"] !== undefined),
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      [...document.images].map((img) =>
        img.complete ? undefined : new Promise((r) => img.addEventListener("load", r)),
      ),
    );
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/**
 * Records cumulative layout shift as browsers define it: shifts not caused by input,
 * grouped in session windows (gaps under 1 s, at most 5 s long); the score is the
 * largest window. Call before the page loads; read with `layoutShift(page)`.
 */
async function recordLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    let windowScore = 0;
    let windowStart = 0;
    let previous = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (entry.hadRecentInput) continue;
        const sameWindow = windowScore > 0 && entry.startTime - previous < 1000 && entry.startTime - windowStart < 5000;
        if (sameWindow) windowScore += entry.value;
        else {
          windowScore = entry.value;
          windowStart = entry.startTime;
        }
        previous = entry.startTime;
        w.__cls = Math.max(w.__cls, windowScore);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

/** The element that has focus: how it is named, and whether it is on screen with a visible focus ring. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    // Chromium marks the focused part of a date field itself (day, month or year is
    // highlighted), inside the field, where the page's styles cannot reach.
    const ring =
      (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) ||
      style.boxShadow !== "none" ||
      (el instanceof HTMLInputElement && el.type === "date");
    return {
      name: `${el.localName}${el.id ? `#${el.id}` : ""} “${(el.textContent ?? "").trim().slice(0, 40)}”`,
      inMain: Boolean(el.closest("main")),
      skipLink: el.classList.contains("skip-link"),
      shown: box.width > 0 && box.height > 0 && style.visibility !== "hidden",
      ring,
    };
  });

for (const { name, path, ...rest } of TEMPLATES) {
  const status = "status" in rest ? rest.status : 200;

  test.describe(`the ${name} template (${path})`, () => {
    test("on a phone: loads with no console error, CSP violation or foreign request, shifts by at most 0.02, header within 15% of the screen", async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize(PHONE);
      await recordCspViolations(page);
      await recordLayoutShift(page);
      const watch = watchPage(page, new URL(baseURL!).origin);
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await settled(page);
      // Chromium logs the 404 page's own status as a console error; nothing else may fail.
      const ownStatus = "console error: Failed to load resource: the server responded with a status of 404 (Not Found)";
      expect(watch.problems.filter((problem) => !(status === 404 && problem === ownStatus))).toEqual([]);
      expect(await watch.cspViolations()).toEqual([]);
      const cls = await layoutShift(page);
      test.info().annotations.push({ type: `CLS at ${PHONE.width} px`, description: cls.toFixed(4) });
      expect(cls).toBeLessThanOrEqual(0.02);
      const header = (await page.locator("header.site-header").boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(0.15 * PHONE.height);
    });

    test("on a desktop: shifts by at most 0.02 while it loads; at 320 px wide: no sideways scrolling", async ({
      page,
    }) => {
      await page.setViewportSize(DESKTOP);
      await recordLayoutShift(page);
      await page.goto(path);
      await settled(page);
      const cls = await layoutShift(page);
      test.info().annotations.push({ type: `CLS at ${DESKTOP.width} px`, description: cls.toFixed(4) });
      expect(cls).toBeLessThanOrEqual(0.02);
      await page.setViewportSize({ width: 320, height: 640 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
        .toBeLessThanOrEqual(0);
    });

    test("axe finds nothing in light or dark mode", async ({ page }) => {
      // Two full axe runs: allow for a busy machine.
      test.slow();
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(path);
      await settled(page);
      await expectNoAxeViolations(page, `${path} light`);
      await page.emulateMedia({ colorScheme: "dark" });
      await expectNoAxeViolations(page, `${path} dark`);
    });

    test("works by keyboard: the skip link comes first and leads to main, and every stop shows its focus", async ({
      page,
    }) => {
      await page.goto(path);
      await settled(page);
      await page.keyboard.press("Tab");
      const first = await focused(page);
      expect(first?.skipLink, `first stop is the skip link, not ${first?.name}`).toBe(true);
      expect(first?.shown).toBe(true);
      expect(first?.ring).toBe(true);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#main$/);
      await page.keyboard.press("Tab");
      expect((await focused(page))?.inMain, "after skipping, the next stop is in main").toBe(true);
      // Walk on through the page: every element that takes focus is on screen and ringed.
      const problems: string[] = [];
      for (let stop = 0; stop < 40; stop++) {
        const now = await focused(page);
        if (!now) break;
        if (!now.shown || !now.ring) problems.push(`${now.name}: shown ${now.shown}, focus ring ${now.ring}`);
        await page.keyboard.press("Tab");
      }
      expect(problems).toEqual([]);
    });
  });
}
