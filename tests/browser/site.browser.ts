import { expect, test } from "@playwright/test";
import { articlePaths } from "./helpers";

// Per-page checks (headings, meta tags, links, sizes) run over dist/ in Node
// (tests/site/*.dist.test.ts); axe, keyboard and layout once per template
// (templates.browser.ts). These are the whole-site behaviours that need a browser.

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
