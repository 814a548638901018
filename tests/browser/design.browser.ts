import { expect, test } from "@playwright/test";
import { articlePaths } from "./helpers";

// Layout and metadata for every page are checked per template (templates.browser.ts)
// and over dist/ (tests/site/*.dist.test.ts); these are the home page and article layouts.
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

test.describe("a phone, 390 x 844, on the home page", () => {
  test.use({ viewport: PHONE });

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

test.describe("an article", () => {
  test("shows its next step under the summary, before the body begins", async ({ page }) => {
    await page.goto(articlePaths()[0]!);
    const summaryBottom = (await page.locator("article .lede").boundingBox())!;
    const nextTop = (await page.locator("[data-next-step] a").boundingBox())!;
    const bodyTop = (await page.locator("article .body").boundingBox())!;
    expect(nextTop.y).toBeGreaterThan(summaryBottom.y);
    expect(nextTop.y).toBeLessThan(bodyTop.y);
  });

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
