import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

// The page's "today" comes from the browser clock, fixed here just before Christmas 2026:
// Friday 25 December and Monday 28 December (Boxing Day's substitute) are bank holidays.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-22T10:00:00"));
});

test("a request sent on Tuesday 22 December 2026 is chased on Thursday 31 December, and the reminder says so", async ({
  page,
}) => {
  await page.goto("/letters/chaser/");
  await page.getByLabel("When did you send your feedback request?").fill("2026-12-22");
  await expect(page.getByText("Send this on or after Thursday 31 December (five working days later).")).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Add a reminder to my calendar (.ics)" }).click(),
  ]);
  const ics = readFileSync(await download.path(), "utf8");
  expect(ics).toContain("DTSTART;VALUE=DATE:20261231\r\n");
});

test("heard on Tuesday 22 December 2026: send by Tuesday 29 December, not Christmas Day", async ({ page }) => {
  await page.goto("/letters/feedback-request/");
  await page.getByLabel("When did you hear the outcome?").fill("2026-12-22");
  await expect(page.locator(".timing")).toContainText("Tuesday 29 December");
  await expect(page.locator(".timing")).not.toContainText("Friday 25 December");
});
