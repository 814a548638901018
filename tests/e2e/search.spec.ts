import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, gzipSize, OUT_DIR, recordCspViolations, watchPage } from "./helpers";

/** Runs a query on /search/ through the page's own form, the way a person would. */
async function search(page: Page, query: string) {
  await page.goto("/search/");
  const field = page.getByRole("searchbox", { name: "Search the advice, plan and letters" });
  await field.fill(query);
  await expect(page.getByRole("status")).toContainText("found for");
}

const resultLinks = (page: Page) => page.locator("[data-search-results] a");

/** The paths the current results link to, in order. */
const resultPaths = (page: Page) =>
  resultLinks(page).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

test.describe("search finds the right pages", () => {
  test("“feedback” finds the feedback article and the feedback letter", async ({ page }) => {
    await search(page, "feedback");
    const hrefs = await resultPaths(page);
    expect(hrefs).toContain("/advice/asking-for-feedback/");
    expect(hrefs).toContain("/letters/feedback-request/");
  });

  test("“thank you” finds the thank-you advice and letter", async ({ page }) => {
    await search(page, "thank you");
    const hrefs = await resultPaths(page);
    expect(hrefs).toContain("/advice/saying-thank-you/");
    expect(hrefs).toContain("/letters/thank-you/");
  });

  test("a misspelling such as “feedbak” still finds the feedback pages", async ({ page }) => {
    await search(page, "feedbak");
    const hrefs = await resultPaths(page);
    expect(hrefs).toContain("/advice/asking-for-feedback/");
    expect(hrefs).toContain("/letters/feedback-request/");
  });

  test("a plan step's words find the plan", async ({ page }) => {
    await search(page, "mock interview");
    const hrefs = await resultPaths(page);
    expect(hrefs).toContain("/plan/");
  });

  test("results show the kind of page and highlight the match, and the filter narrows them", async ({ page }) => {
    await search(page, "feedback");
    await expect(page.locator("[data-search-results] mark").first()).toBeVisible();
    await expect(page.locator("[data-search-results] .kind").first()).toBeVisible();
    await page.getByRole("radio", { name: "Letters" }).check();
    await expect(page.getByRole("status")).toContainText("letter page");
    for (const link of await resultLinks(page).all()) await expect(link).toHaveAttribute("href", /\/letters\//);
    expect(new URL(page.url()).searchParams.get("kind")).toBe("Letter");
  });

  test("a word nobody wrote says so kindly, and the advice list stays", async ({ page }) => {
    await search(page, "xylophone");
    await expect(page.getByRole("status")).toHaveText(/No results found/);
    await expect(page.getByRole("heading", { name: "All the advice" })).toBeVisible();
  });
});

test("?q= in the address runs the search at once, and results work by keyboard", async ({ page }) => {
  await page.goto("/search/?q=thank+you");
  await expect(page.getByRole("searchbox", { name: "Search the advice, plan and letters" })).toHaveValue("thank you");
  await expect(page.getByRole("status")).toContainText("found for “thank you”");
  const first = resultLinks(page).first();
  await first.focus();
  const href = await first.getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test("the header search on any page submits to /search/?q=", async ({ page }) => {
  await page.goto("/advice/");
  await page.getByRole("searchbox", { name: "Search the site" }).fill("thank you");
  await page.getByRole("searchbox", { name: "Search the site" }).press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=thank\+you/);
  await expect(page.getByRole("status")).toContainText("found for");
});

test("search works under the site's content security policy with nothing leaving the origin", async ({
  page,
  baseURL,
}) => {
  await recordCspViolations(page);
  const watch = watchPage(page, new URL(baseURL!).origin);
  await search(page, "feedback");
  expect(watch.problems).toEqual([]);
  expect(await watch.cspViolations()).toEqual([]);
});

test("axe finds nothing on the search page with results showing, light and dark", async ({ page }) => {
  await search(page, "feedback");
  await expectNoAxeViolations(page, "results light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page, "results dark");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("/search/ says search needs JavaScript and lists all the advice", async ({ page }) => {
    await page.goto("/search/?q=feedback");
    await expect(page.getByText("Search needs JavaScript")).toBeVisible();
    const articleLinks = page.locator('[data-search-browse] a[href^="/advice/"]');
    expect(await articleLinks.count()).toBeGreaterThanOrEqual(8);
  });
});

test.describe("search budgets", () => {
  test("pages other than /search/ load no search code, even when the header field is used", async ({ page }) => {
    const urls: string[] = [];
    page.on("request", (r) => urls.push(r.url()));
    await page.goto("/advice/");
    await page.getByRole("searchbox", { name: "Search the site" }).focus();
    await page.keyboard.type("thank");
    await page.waitForLoadState("networkidle");
    expect(urls.filter((u) => u.includes("pagefind"))).toEqual([]);
  });

  test("/search/ ships at most 5 KB gzip of JavaScript and loads nothing of Pagefind before a query", async ({
    page,
  }) => {
    const scripts: Buffer[] = [];
    const urls: string[] = [];
    page.on("response", async (res) => {
      urls.push(res.url());
      if (res.request().resourceType() === "script") scripts.push(await res.body());
    });
    await page.goto("/search/");
    await page.waitForLoadState("networkidle");
    const inline = await page.locator("script:not([src])").evaluateAll((ss) => ss.map((s) => s.textContent ?? ""));
    const jsGzip = [...scripts, ...inline.map((s) => Buffer.from(s))].reduce((n, b) => n + gzipSize(b), 0);
    test.info().annotations.push({ type: "search page JS (gzip bytes)", description: String(jsGzip) });
    console.log(`search page JS before a query: ${jsGzip} bytes gzip`);
    expect(jsGzip).toBeLessThanOrEqual(5 * 1024);
    expect(urls.filter((u) => u.includes("/pagefind/"))).toEqual([]);
  });

  test("reports the bytes and time of a first query", async ({ page }) => {
    let bytes = 0;
    page.on("response", async (res) => {
      if (res.url().includes("/pagefind/")) bytes += (await res.body()).length;
    });
    await page.goto("/search/");
    const field = page.getByRole("searchbox", { name: "Search the advice, plan and letters" });
    await field.focus();
    const started = await page.evaluate(() => performance.now());
    await field.pressSequentially("feedback");
    await expect(page.getByRole("status")).toContainText("found for");
    const elapsed = (await page.evaluate(() => performance.now())) - started;
    const indexBytes = dirBytes(join(OUT_DIR, "pagefind"));
    test
      .info()
      .annotations.push(
        { type: "first query bytes (uncompressed)", description: String(bytes) },
        { type: "keystrokes to results (ms, includes 150 ms debounce)", description: elapsed.toFixed(0) },
        { type: "index size on disk (bytes)", description: String(indexBytes) },
      );
    console.log(
      `first query: ${bytes} bytes fetched, ${elapsed.toFixed(0)} ms from first keystroke; index ${indexBytes} bytes`,
    );
    // Budget: a first query on a phone should cost less than a small image.
    expect(bytes).toBeLessThan(300_000);
  });
});

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? dirBytes(p) : readFileSync(p).length);
  }, 0);
}
