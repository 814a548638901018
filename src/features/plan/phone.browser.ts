import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../../../tests/browser/helpers";

// A reader on a phone, tapping: every action shows its result on the screen she is
// looking at, and the home page tells a returning reader where she is.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** True when the element's box lies inside the visible part of the screen. */
async function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

/** Layout shift measured from the first paint, as Lighthouse counts it (no recent input). */
async function trackShift(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

const tickBox = (page: Page, label: string) =>
  page.locator("atn-plan label.check").filter({ hasText: label }).locator("input");

test("ticking a step moves the group's bar and the whole plan's bar", async ({ page }) => {
  await page.goto("/plan/");
  const group = page.locator("section#first-days");
  await expect(group.locator("[data-status-bar]")).toHaveJSProperty("value", 0);
  await tickBox(page, "Let yourself feel disappointed").tap();
  await expect(group.locator("[data-status-bar]")).toHaveJSProperty("value", 1);
  await expect(page.locator("[data-overall-bar]")).toHaveJSProperty("value", 1);
  await expect(group.locator("[data-status-count]")).toHaveText("1 of 6 done");
});

test("a note says it is saved under the box, and its button says what it will do next", async ({ page }) => {
  await page.goto("/plan/");
  const step = page.locator("atn-plan li.step").filter({ hasText: "List what went well" });
  const toggle = step.getByRole("button", { name: /note/ });
  await expect(toggle).toHaveAccessibleName("Add a note for “List what went well”");
  await toggle.tap();
  await expect(toggle).toHaveAccessibleName("Hide your note for “List what went well”");
  await step.getByRole("textbox").fill("Good rapport with the panel chair");
  const saved = step.locator("[data-note-saved]");
  await expect(saved).toHaveText("Saved");
  expect(await onScreen(saved)).toBe(true);
  await toggle.tap();
  await expect(toggle).toHaveAccessibleName("Edit your note for “List what went well”");
});

test("saving a copy shows where it went beside the button", async ({ page }) => {
  await page.goto("/plan/");
  await tickBox(page, "List what went well").tap();
  const button = page.getByRole("button", { name: "Save a copy to a file" });
  await button.scrollIntoViewIfNeeded();
  const download = page.waitForEvent("download");
  await button.tap();
  await download;
  const result = page.locator("[data-export-result]");
  await expect(result).toContainText("Look for it in your downloads.");
  expect(await onScreen(result)).toBe(true);
});

test("the top of the plan says it is kept only here and leads to Print and Save in one tap", async ({ page }) => {
  await page.goto("/plan/");
  const keep = page.locator(".keep");
  expect(await onScreen(keep)).toBe(true);
  await keep.getByRole("link", { name: "Print it or save a copy" }).tap();
  await expect(page.getByRole("button", { name: "Print your plan" })).toBeInViewport();
});

test("home shows a returning reader how far she is and her next step, without moving anything", async ({ page }) => {
  await page.goto("/plan/");
  await tickBox(page, "Let yourself feel disappointed").tap();
  await tickBox(page, "Write down the questions you were asked").tap();
  const shift = await trackShift(page);
  await page.goto("/");
  const card = page.locator('.tools a[data-tool="/plan/"]');
  await expect(card).toContainText(/(^|\D)2 of \d+ done\. Next: List what went well$/);
  await expect(card).toHaveAttribute("href", "/plan/#first-days");
  await expect(card.locator("[data-resume-bar]")).toBeVisible();
  expect(await shift()).toBeLessThanOrEqual(0.02);
  await expectNoAxeViolations(page, "home, returning reader");
});

test("a first visit sees the card's usual words and no bar", async ({ page }) => {
  await page.goto("/");
  const card = page.locator('.tools a[data-tool="/plan/"]');
  await expect(card).toContainText("Next steps to tick off, saved in your browser");
  await expect(card.locator("[data-resume-bar]")).toBeHidden();
});

test("home, the plan and the first-day article give the same first steps in the same order", async ({ page }) => {
  await page.goto("/");
  const home = await page.locator(".first-steps li").allTextContents();
  expect(home.map((text) => text.split(":")[0])).toEqual([
    "Let yourself feel disappointed",
    "Write down the questions you were asked",
    "List what went well",
  ]);
  await page.goto("/plan/");
  const plan = await page.locator("section#first-days [data-label]").allTextContents();
  expect(plan.slice(0, 3).map((t) => t.trim())).toEqual(home.map((text) => text.split(":")[0]));
});

test("the printed plan gives each link's full address", async ({ page }) => {
  await page.goto("/plan/");
  await page.emulateMedia({ media: "print" });
  const after = await page
    .locator('section#first-days .hint a[href="/letters/thank-you/"]')
    .evaluate((el) => getComputedStyle(el, "::after").content);
  expect(after).toMatch(/^" \(https?:\/\/[^)]+\/letters\/thank-you\/\)"$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the plan says how to keep a record on paper", async ({ page }) => {
    await page.goto("/plan/");
    await expect(page.getByText("print this page with your browser’s Print command")).toBeVisible();
  });
});
