import { expect, test, type Page } from "@playwright/test";
import { articlePaths, sitemapPaths } from "./helpers";

const pages = sitemapPaths();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Width and height of a PNG, read from its IHDR chunk. */
function pngSize(body: Buffer) {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/**
 * Cumulative layout shift as browsers define it: shifts not caused by input, grouped in
 * session windows (gaps under 1 s, at most 5 s long); the score is the largest window.
 * Measured from the first paint until the page has settled.
 */
async function measureLayoutShift(page: Page, path: string) {
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
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // Give late work (island start-up, fonts, images) a moment to move things if it is going to.
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

test.describe("a phone, 390 x 844, on the home page", () => {
  test.use({ viewport: PHONE });

  test("the header takes at most 15% of the screen", async ({ page }) => {
    await page.goto("/");
    const box = await page.locator("header.site-header").boundingBox();
    expect(box!.height).toBeLessThanOrEqual(0.15 * PHONE.height);
  });

  test("says you do not have to reply today, and the three tools are in main, each one tap away on the first screen", async ({
    page,
  }) => {
    await page.goto("/");
    const rightNow = page.getByRole("region", { name: "Right now" });
    await expect(rightNow).toContainText("You do not have to reply today");
    expect(await rightNow.locator("ol > li a").count()).toBe(3);
    const main = page.getByRole("main");
    for (const [href, name] of [
      ["/advice/", /^Advice/],
      ["/plan/", /^Your plan/],
      ["/letters/", /^Letters/],
    ] as const) {
      const link = main.getByRole("link", { name }).and(main.locator(`a[href="${href}"]`));
      await expect(link).toBeVisible();
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, `${href} ends on the first screen`).toBeLessThanOrEqual(PHONE.height);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("search is one tap away from the header and leads to a search form", async ({ page }) => {
      await page.goto("/");
      const header = page.locator("header.site-header");
      await header.getByRole("link", { name: "Search" }).click();
      await expect(page).toHaveURL(/\/search\/$/);
      await expect(page.getByRole("searchbox").first()).toBeVisible();
    });
  });
});

test("the home page journey lists at most three articles per step, so it stays small as advice grows", async ({
  page,
}) => {
  await page.goto("/");
  const panels = page.locator("[data-step-panel]");
  expect(await panels.count()).toBeGreaterThanOrEqual(5);
  for (const panel of await panels.all()) {
    // Article links only: a step's "N more articles" link goes to its full list under /advice/step/.
    const articles = panel.locator('a[href^="/advice/"]:not([href*="#"]):not([href^="/advice/step/"])');
    expect(await articles.count()).toBeLessThanOrEqual(3);
  }
});

test.describe("every page", () => {
  for (const path of pages) {
    test(`${path} keeps the header within 15% of a phone screen and has share and app metadata`, async ({
      page,
      request,
    }) => {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      const header = await page.locator("header.site-header").boundingBox();
      expect(header!.height).toBeLessThanOrEqual(0.15 * PHONE.height);

      const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
      await expect(meta("twitter:card")).toHaveAttribute("content", /^summary(_large_image)?$/);
      const image = new URL((await meta("og:image").getAttribute("content"))!);
      expect(image.pathname).toMatch(/\.png$/);
      expect(pngSize(await (await request.get(image.pathname)).body())).toEqual({ width: 1200, height: 630 });
      await expect(meta("theme-color")).toHaveCount(2);

      const footer = page.locator("footer.site-footer");
      await expect(footer.locator('a[href="/about/"]')).toHaveCount(1);
      await expect(footer.getByRole("link", { name: "If it is more than disappointment" })).toHaveAttribute(
        "href",
        "/advice/the-first-day/#more-than-disappointment",
      );
    });
  }
});

test.describe("layout shift", () => {
  for (const path of pages) {
    for (const viewport of [PHONE, DESKTOP]) {
      test(`${path} shifts by at most 0.02 while it loads at ${viewport.width} px wide`, async ({ page }) => {
        await page.setViewportSize(viewport);
        expect(await measureLayoutShift(page, path)).toBeLessThanOrEqual(0.02);
      });
    }
  }
});

test("the web manifest and the home-screen icons load and are the sizes they claim", async ({ page, request }) => {
  await page.goto("/");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = (await (await request.get(manifestHref!)).json()) as {
    name: string;
    start_url: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest.name).toBe("After the No");
  expect(manifest.start_url).toBe("/");
  for (const icon of manifest.icons.filter((i) => i.type === "image/png")) {
    const [w, h] = icon.sizes.split("x").map(Number);
    expect(pngSize(await (await request.get(icon.src)).body())).toEqual({ width: w, height: h });
  }
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  expect(pngSize(await (await request.get(touch!)).body())).toEqual({ width: 180, height: 180 });
});

test.describe("an article", () => {
  for (const path of articlePaths()) {
    test(`${path} gives its next step under the summary and at the end, and says when it was last reviewed`, async ({
      page,
    }) => {
      await page.goto(path);
      const reviewed = await page.locator("article .meta time[datetime]").first().getAttribute("datetime");
      await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute("content", reviewed!);
      const atEnd = page.getByRole("region", { name: "What to do now" }).getByRole("link").first();
      const underSummary = page.locator("[data-next-step] a");
      await expect(underSummary).toHaveAttribute("href", (await atEnd.getAttribute("href"))!);
      // Under the summary means before the article body begins.
      const summaryBottom = (await page.locator("article .lede").boundingBox())!;
      const nextTop = (await underSummary.boundingBox())!;
      const bodyTop = (await page.locator("article .body").boundingBox())!;
      expect(nextTop.y).toBeGreaterThan(summaryBottom.y);
      expect(nextTop.y).toBeLessThan(bodyTop.y);
    });
  }

  test("uses the width of a desktop: next step and related advice in a column beside the text", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(articlePaths()[0]!);
    const article = (await page.locator("article").boundingBox())!;
    const side = page.getByRole("complementary", { name: "Your next step and related advice" });
    const sideBox = (await side.boundingBox())!;
    expect(sideBox.x).toBeGreaterThanOrEqual(article.x + article.width);
    expect(sideBox.y).toBeLessThan(DESKTOP.height);
    await expect(side.getByRole("heading", { name: "Your next step" })).toBeVisible();
  });
});

test("the about page says who writes the site, how advice is checked, how it is funded and how to report a mistake", async ({
  page,
}) => {
  await page.goto("/about/");
  for (const name of ["Who writes it", "How the advice is checked", "How it is paid for", "Found a mistake?"])
    await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("no sponsors, no adverts");
});
