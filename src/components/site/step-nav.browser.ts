import { expect, test } from "@playwright/test";
import { watchPage } from "../../../tests/browser/helpers";

// decodeURIComponent throws on these; the home page's step-by-step must still start.
for (const address of ["/#%", "/#%E0%A4%A", "/?q=%#step-%zz"]) {
  test(`the home page's step-by-step works at ${address}`, async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL!);
    await page.goto(address);
    const showAll = page.getByRole("button", { name: "Show all steps" });
    await expect(showAll).toBeVisible();
    const steps = page.locator("atn-step-nav [data-step]");
    const second = steps.nth(1).locator("[data-step-heading] button");
    await expect(second).toHaveAttribute("aria-expanded", "false");
    await second.focus();
    await page.keyboard.press("Enter");
    await expect(second).toHaveAttribute("aria-expanded", "true");
    await expect(steps.nth(1).locator("[data-step-panel]")).toBeVisible();
    await showAll.click();
    await expect(page.getByRole("button", { name: "Hide all steps" })).toBeVisible();
    expect(watch.problems).toEqual([]);
  });
}
