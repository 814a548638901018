import { expect, test } from "@playwright/test";

// A reader on a phone, tapping: copying shows on the button she tapped, and she can go
// from the field she is editing to the letter and back in one tap each way.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("copying says so on the button that was tapped, then the button reads as before", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/letters/feedback-request/");
  await page.getByLabel("Your name", { exact: true }).fill("Sam Taylor");
  await page.getByRole("link", { name: "See your email" }).tap();
  const copy = page.locator("[data-copy]");
  await copy.tap();
  await expect(copy).toHaveText("Copied ✓");
  await expect(copy).toBeInViewport();
  // A second tap while it says "Copied" still brings the button's own words back.
  await copy.tap();
  await expect(page.locator("[data-status]")).toHaveText("Message copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Sam Taylor");
  await expect(copy).toHaveText("Copy message", { timeout: 5000 });
});

test("from a field to the letter and back to the same field, one tap each way", async ({ page }) => {
  await page.goto("/letters/feedback-request/");
  const back = page.getByRole("button", { name: "Back to the field you were editing" });
  await expect(back).toBeHidden();
  const role = page.getByLabel("Job title you applied for");
  await role.fill("Staff Nurse");
  await page.getByRole("link", { name: "See your email" }).tap();
  await expect(page.locator("[data-body]")).toContainText("Staff Nurse");
  await expect(back).toBeInViewport();
  await back.tap();
  await expect(role).toBeFocused();
  await expect(role).toBeInViewport();
});

test("downloading says so on the button that was tapped", async ({ page }) => {
  await page.goto("/letters/feedback-request/");
  await page.getByLabel("Organisation").fill("Acme");
  await page.getByRole("link", { name: "See your email" }).tap();
  const button = page.getByRole("button", { name: "Download as text" });
  const download = page.waitForEvent("download");
  await button.tap();
  expect((await download).suggestedFilename()).toMatch(/acme/);
  const tapped = page.locator("[data-download]");
  await expect(tapped).toHaveText("Downloaded ✓");
  await expect(tapped).toBeInViewport();
  await expect(tapped).toHaveText("Download as text", { timeout: 5000 });
});

test("the letter marks the words the last edit changed, in view, with the way back to the field", async ({ page }) => {
  await page.goto("/letters/feedback-request/");
  const body = page.locator("[data-body]");
  // Nothing is marked before anything is edited.
  await expect(body.locator("mark.changed")).toHaveCount(0);
  await page.getByLabel("Job title you applied for").fill("Staff Nurse");
  await page.getByLabel("One thing you valued about the interview").fill("the ward's calm handovers");
  await page.getByRole("link", { name: "See your email" }).tap();
  const changed = body.locator("mark.changed");
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText("ward's calm handovers");
  await expect(changed).toBeInViewport();
  await expect(page.getByRole("button", { name: "Back to the field you were editing" })).toBeInViewport();
});
