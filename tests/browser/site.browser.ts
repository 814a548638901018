import { expect, test } from "@playwright/test";
import { articlePaths, expectNoAxeViolations, gzipSize, recordCspViolations, sitemapPaths, watchPage } from "./helpers";

const pages = sitemapPaths();

test("the sitemap lists the home page, the advice and the privacy page", () => {
  expect(pages).toEqual(expect.arrayContaining(["/", "/advice/", "/privacy/"]));
  expect(articlePaths().length).toBeGreaterThanOrEqual(3);
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test("answers 200 with one h1, a title and a description, and stays on this site", async ({ page, baseURL }) => {
      await recordCspViolations(page);
      const watch = watchPage(page, new URL(baseURL!).origin);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toHaveCount(1);
      expect((await page.title()).trim().length).toBeGreaterThan(5);
      const description = await page.locator('meta[name="description"]').getAttribute("content");
      expect(description?.trim().length ?? 0).toBeGreaterThan(40);
      await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path}$`));
      await page.waitForLoadState("networkidle");
      expect(watch.problems).toEqual([]);
      expect(await watch.cspViolations()).toEqual([]);
    });

    for (const colorScheme of ["light", "dark"] as const) {
      test(`has no axe violations in ${colorScheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expectNoAxeViolations(page, `${path} ${colorScheme}`);
      });
    }

    test("fits a 320 px screen without sideways scrolling", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test("no internal link is broken, fragments included", async ({ page, request }) => {
  const links = new Set<string>();
  for (const path of pages) {
    await page.goto(path);
    const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin === new URL(page.url()).origin) links.add(url.pathname + url.hash);
    }
  }
  const broken: string[] = [];
  for (const link of links) {
    const [pathname, hash] = link.split("#") as [string, string | undefined];
    const res = await request.get(pathname);
    if (res.status() !== 200) {
      broken.push(`${link} → ${res.status()}`);
      continue;
    }
    if (hash && pathname.endsWith("/")) {
      const html = await res.text();
      if (!html.includes(`id="${hash}"`)) broken.push(`${link} → no element with id "${hash}"`);
    }
  }
  expect(broken).toEqual([]);
});

test.describe("an article", () => {
  const [first] = articlePaths();

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("reads in full: summary, body, what to do now, sources and review date", async ({ page }) => {
      await page.goto(first!);
      await expect(page.locator(".lede")).toBeVisible();
      await expect(page.getByRole("heading", { name: "What to do now" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Where this advice comes from" })).toBeVisible();
      await expect(page.locator("time[datetime]").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
      const words = (await page.locator("article").innerText()).split(/\s+/).filter(Boolean);
      expect(words.length).toBeGreaterThan(400);
    });
  });

  test("prints without the navigation, search or footer", async ({ page }) => {
    await page.goto(first!);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header.site-header")).toBeHidden();
    await expect(page.locator("footer.site-footer")).toBeHidden();
    await expect(page.locator("h1")).toBeVisible();
  });
});

test.describe("budgets measured on the built site", () => {
  for (const path of articlePaths()) {
    test(`${path} renders from at most 14 KB gzip of HTML and CSS, and loads JavaScript only for an embedded plan`, async ({
      page,
    }) => {
      const bodies: { type: string; body: Buffer }[] = [];
      page.on("response", async (res) => {
        const type = res.request().resourceType();
        if (["document", "stylesheet", "script"].includes(type)) bodies.push({ type, body: await res.body() });
      });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const jsGzip = bodies.filter((b) => b.type === "script").reduce((n, b) => n + gzipSize(b.body), 0);
      const inlineScripts = await page
        .locator("script:not([src])")
        .evaluateAll((ss) => ss.map((s) => s.textContent ?? ""));
      const totalJs = jsGzip + inlineScripts.reduce((n, s) => n + gzipSize(s), 0);
      // Reading an article costs no JavaScript. The one exception is an article that
      // embeds a group of the recovery plan: it loads the plan island and nothing else,
      // within the plan's own 5 KB budget.
      if ((await page.locator("atn-plan").count()) === 0) expect(totalJs).toBe(0);
      else expect(totalJs).toBeLessThanOrEqual(5 * 1024);
      const renderBytes = bodies.filter((b) => b.type !== "script").reduce((n, b) => n + gzipSize(b.body), 0);
      test.info().annotations.push({ type: "HTML+CSS gzip bytes", description: String(renderBytes) });
      expect(renderBytes).toBeLessThanOrEqual(14 * 1024);
    });
  }

  test("most articles load no JavaScript at all", async ({ request }) => {
    const withScripts: string[] = [];
    for (const path of articlePaths())
      if ((await (await request.get(path)).text()).includes("<script")) withScripts.push(path);
    expect(withScripts.length).toBeLessThanOrEqual(1);
  });
});

test.describe("the home page journey", () => {
  test("opens the first step and closes the rest, then toggles them from the keyboard", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("[data-step]").first().getByRole("button")).toHaveAttribute("aria-expanded", "true");
    const secondStep = page.locator("[data-step]").nth(1);
    const toggle = secondStep.getByRole("button");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(secondStep.locator("[data-step-panel]")).toBeHidden();
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(secondStep.locator("[data-step-panel]")).toBeVisible();
    const showAll = page.getByRole("button", { name: "Show all steps" });
    await showAll.focus();
    await page.keyboard.press("Space");
    await expect(page.locator("[data-step-panel]:visible")).toHaveCount(await page.locator("[data-step]").count());
    await expect(page.getByRole("button", { name: "Hide all steps" })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("shows every step expanded, with links to the advice", async ({ page }) => {
      await page.goto("/");
      const panels = page.locator("[data-step-panel]");
      expect(await panels.count()).toBeGreaterThanOrEqual(5);
      for (const panel of await panels.all()) await expect(panel).toBeVisible();
      await expect(page.getByRole("button", { name: "Show all steps" })).toBeHidden();
      expect(await page.locator('[data-step-panel] a[href^="/advice/"]').count()).toBeGreaterThanOrEqual(3);
    });
  });
});

test("an unknown address shows a helpful 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/could not find/i);
  await expect(page.getByRole("link", { name: "All the advice" })).toBeVisible();
});

test("the feed, llms.txt and robots.txt list the advice and the sitemap", async ({ request }) => {
  const rss = await (await request.get("/rss.xml")).text();
  const llms = await (await request.get("/llms.txt")).text();
  const robots = await (await request.get("/robots.txt")).text();
  for (const path of articlePaths()) {
    expect(rss).toContain(path);
    expect(llms).toContain(path);
  }
  expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/);
});
