import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, gzipSize, recordCspViolations, watchPage } from "../../../tests/browser/helpers";

const TRACKER = "/interview-notes/";
const REQUEST = "/letters/subject-access-request/";
const HOSTILE = {
  organisation: 'Smith & Jones #1 + "Partners"?subject=x&body=y ${x} {position}',
  role: "<script>alert(1)</script>",
  candidateRef: "$& $$ ../../etc/passwd",
};

const stored = (page: Page) => page.evaluate(() => localStorage.getItem("atn:sar:v1"));
const status = (page: Page) => page.locator("atn-sar-tracker [data-status]");

/** Sets a date field as a person does: the value, then the change the browser fires on leaving it. */
async function setDate(page: Page, label: string | RegExp, iso: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.fill(iso);
  await input.blur();
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, "utf8") };
}

test.describe("the interview notes page without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is a readable request with gaps to fill, the rule written out and the four letters", async ({ page }) => {
    await page.goto(TRACKER);
    await expect(page.getByRole("heading", { level: 1, name: "Get your interview notes" })).toBeVisible();
    await expect(
      page.getByText("The day they receive your request is day one. An email arrives the day you send it."),
    ).toBeVisible();
    await expect(page.getByText("(31 August gives 30 September)", { exact: false })).toBeVisible();
    const template = page.getByRole("group", { name: "The request, ready to fill in" });
    await expect(template).toContainText("Subject access request: Interview for [job title]");
    await expect(template).toContainText("- the notes each member of the interview panel made about me");
    await expect(page.getByRole("link", { name: "Complain to the ICO" })).toHaveAttribute(
      "href",
      "/letters/ico-complaint/",
    );
    // The tracker's controls need JavaScript, so they are not shown.
    await expect(page.getByLabel("The day you sent your request")).toBeHidden();
    await expect(page.getByText("With JavaScript on, this page works out the date for you")).toBeVisible();
    // axe needs scripting to run, so this state's HTML is checked by the empty-state axe run below.
  });
});

test.describe("the interview notes tracker", () => {
  test("works out the due date, says how, and keeps the dates in this browser only", async ({ page, baseURL }) => {
    await recordCspViolations(page);
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto(TRACKER);
    await expectNoAxeViolations(page, "empty");
    await setDate(page, "The day you sent your request", "2024-09-03");
    await expect(page.locator("[data-due]")).toHaveText(
      "Their answer was due by Thursday 3 October 2024. Send one polite follow-up; if that gets nowhere, complain to the organisation.",
    );
    await expect(page.locator("[data-how]")).toHaveText(
      "Counting from the day they received your request, Tuesday 3 September 2024, as day one, the same date next month is Thursday 3 October 2024.",
    );
    // Stored under the storage lock, a moment after the page shows it.
    await expect.poll(() => stored(page)).toBe('{"version":1,"sent":"2024-09-03"}');
    await expectNoAxeViolations(page, "with a date");
    expect(watch.problems).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });

  test("moves the date past a stopped clock and a Scottish bank holiday", async ({ page }) => {
    await page.goto(TRACKER);
    await page.getByLabel("Bank holidays to skip").selectOption("scotland");
    // Received Friday 30 October 2026: 30 November is St Andrew's Day in Scotland.
    await setDate(page, "The day you sent your request", "2026-10-30");
    await expect(page.locator("[data-how]")).toContainText(
      "that is not a working day in Scotland, so it moves to Tuesday 1 December 2026",
    );
    await setDate(page, /asked you to clarify/, "2026-11-02");
    await expect(page.locator("[data-due]")).toHaveText(
      "The clock is stopped until they receive your answer to their question. Add that day when you send it.",
    );
    await expectNoAxeViolations(page, "clock stopped");
    await setDate(page, /received your answer/, "2026-11-04");
    // 30 November + 3 stopped days is Thursday 3 December.
    await expect(page.locator("[data-how]")).toContainText(
      "the 3 days the clock was stopped move it to Thursday 3 December 2026",
    );
    await expect(page.locator("[data-timeline]")).toContainText("They asked you to clarify: the clock stopped.");
    // An answer dated before the question is left out of the count, and the page says so.
    await setDate(page, /received your answer/, "2026-11-01");
    await expect(page.locator("[data-how]")).toContainText(
      "The day they received your answer is before the day they asked you to clarify, so the stopped clock is not counted: check those two dates.",
    );
  });

  test("can be filled in by keyboard alone", async ({ page }) => {
    await page.goto(TRACKER);
    await page.getByLabel("The day you sent your request").focus();
    // Chromium's date field in the en-US locale: month, day, year.
    await page.keyboard.type("09032024");
    await page.keyboard.press("Tab");
    await expect(page.locator("[data-due]")).toContainText("Thursday 3 October 2024");
    await page.getByRole("button", { name: "Delete these dates" }).focus();
    await page.keyboard.press("Enter");
    await expect(status(page)).toHaveText("Deleted. This browser no longer keeps these dates.");
    await expect.poll(() => stored(page)).toBeNull();
    await expect(page.getByLabel("The day you sent your request")).toHaveValue("");
    await expectNoAxeViolations(page, "with Undo offered");
    // One tap deleted them, so one more brings them back, by keyboard too.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Undo: bring the dates back" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(status(page)).toHaveText("Your dates are back.");
    await expect(page.getByLabel("The day you sent your request")).toHaveValue("2024-09-03");
    await expect(page.getByLabel("The day you sent your request")).toBeFocused();
    await expect(page.getByRole("button", { name: /^Undo/ })).toBeHidden();
    await expect.poll(() => stored(page)).toContain("2024-09-03");
    // Deleted and then changed: the Undo offer goes, so it cannot overwrite the new date.
    await page.getByRole("button", { name: "Delete these dates" }).click();
    await setDate(page, "The day you sent your request", "2025-01-06");
    await expect(page.getByRole("button", { name: /^Undo/ })).toBeHidden();
  });

  test("offers a valid calendar reminder for the due date", async ({ page }) => {
    await page.goto(TRACKER);
    await setDate(page, "The day you sent your request", "2035-01-15");
    const { name, text } = await downloadText(page, "Add a reminder to my calendar (.ics)");
    expect(name).toBe("interview-notes-reminder.ics");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe("Subject access answer due today");
    expect(event.startDate.toString()).toBe("2035-02-15");
    await expect(status(page)).toHaveText(
      "Reminder downloaded for Thursday 15 February 2035. Open it to add it to your calendar.",
    );
  });

  test("saves a backup and opens it again, and refuses a file that is not one", async ({ page }) => {
    await page.goto(TRACKER);
    await setDate(page, "The day you sent your request", "2026-11-16");
    await setDate(page, /complained to them/, "2026-12-01");
    const { name, text } = await downloadText(page, "Save a backup file");
    expect(name).toMatch(/^after-the-no-interview-notes-\d{4}-\d{2}-\d{2}\.json$/);
    await page.getByRole("button", { name: "Delete these dates" }).click();
    await expect(page.getByLabel("The day you sent your request")).toHaveValue("");
    const file = page.getByLabel("Open a backup file");
    await file.setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(status(page)).toHaveText("Dates opened from your backup file.");
    // Done in the success green; a file that cannot be used in the error red (light scheme).
    await expect(status(page)).toHaveCSS("color", "rgb(29, 107, 56)");
    await expect(page.getByLabel("The day you sent your request")).toHaveValue("2026-11-16");
    await file.setInputFiles({
      name: "evil.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"format":"after-the-no/plan","sent":"<img src=x onerror=alert(1)>"}'),
    });
    await expect(status(page)).toHaveText("That file is not a backup of these dates. Choose one saved from this page.");
    await expect(status(page)).toHaveCSS("color", "rgb(180, 35, 24)");
    await expect(page.getByLabel("The day you sent your request")).toHaveValue("2026-11-16");
    await expectNoAxeViolations(page, "after an import error");
  });

  test("says plainly when the browser will not keep anything, and still works", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("denied", "SecurityError");
        },
      });
    });
    await page.goto(TRACKER);
    await expect(page.getByText("This browser is not letting the site save anything")).toBeVisible();
    await setDate(page, "The day you sent your request", "2024-09-03");
    await expect(page.locator("[data-due]")).toContainText("Thursday 3 October 2024");
  });
});

test.describe("two tabs and Delete everything", () => {
  test("edits in two tabs are both kept, and each tab shows the other's", async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(TRACKER);
    await second.goto(TRACKER);
    await setDate(first, "The day you sent your request", "2026-11-16");
    await setDate(second, /complained to them/, "2026-12-01");
    await expect(first.getByLabel(/complained to them/)).toHaveValue("2026-12-01");
    await expect(second.getByLabel("The day you sent your request")).toHaveValue("2026-11-16");
    await expect
      .poll(async () => JSON.parse((await stored(first)) ?? "{}"))
      .toEqual({ version: 1, sent: "2026-11-16", complained: "2026-12-01" });
  });

  test("after Delete everything in another tab, the tracker empties and never writes the old dates back", async ({
    context,
  }) => {
    const tracker = await context.newPage();
    await tracker.goto(TRACKER);
    await setDate(tracker, "The day you sent your request", "2026-11-16");
    await setDate(tracker, /complained to them/, "2026-12-01");
    const privacy = await context.newPage();
    await privacy.goto("/privacy/");
    await privacy.getByRole("button", { name: "Delete everything this site keeps" }).click();
    await privacy.getByRole("button", { name: "Yes, delete it all" }).click();
    // A person goes back to the tracker once the privacy page says it is done; until then
    // it is still sweeping up what tabs that had not yet heard wrote back (forget.ts).
    await expect(privacy.getByText(/^Deleted: /)).toBeVisible();
    await expect(tracker.getByLabel("The day you sent your request")).toHaveValue("");
    await expect(tracker.locator("[data-due]")).toHaveText(
      "Add the day you sent your request to see when the answer is due.",
    );
    await tracker.getByLabel("Bank holidays to skip").selectOption("northern-ireland");
    await expect.poll(() => stored(tracker)).toBe('{"version":1,"nation":"northern-ireland"}');
  });
});

test.describe("the subject access letters", () => {
  test("the request keeps hostile text literal, with a safe file name and the due date", async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(REQUEST);
    await page.getByLabel("Organisation").fill(HOSTILE.organisation);
    await page.getByLabel("Job title you applied for").fill(HOSTILE.role);
    await page.getByLabel("Application or candidate reference (optional)").fill(HOSTILE.candidateRef);
    await page.getByRole("checkbox", { name: "Emails and messages about you" }).uncheck();
    const body = page.locator("[data-body]");
    await expect(body).toContainText(`the ${HOSTILE.role} role at ${HOSTILE.organisation}`);
    await expect(body).toContainText(`My candidate reference is ${HOSTILE.candidateRef}.`);
    await expect(body).not.toContainText("emails and messages that discuss me");
    await expect(page.locator("[data-subject]")).toHaveText(`Subject access request: Interview for ${HOSTILE.role}`);
    await setDate(page, "When will they receive it?", "2024-11-25");
    await expect(page.locator("[data-timing-advice]")).toContainText("They should answer by Friday 27 December 2024.");
    const { name } = await downloadText(page, "Download as text");
    expect(name).toBe("subject-access-request-smith-jones-1-partners-subject-x-body-y.txt");
    const ics = await downloadText(page, "Add a reminder to my calendar (.ics)");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe(`Subject access answer due: ${HOSTILE.organisation}`);
    expect(event.startDate.toString()).toBe("2024-12-28");
    await expectNoAxeViolations(page, "request filled in");
    expect(dialogs).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});

for (const [type, label, date, advice] of [
  [
    "subject-access-chaser",
    "When did they receive your request?",
    "2024-09-03",
    "Their answer was due by Thursday 3 October 2024, so you can send this today.",
  ],
  [
    "data-protection-complaint",
    "When are you sending the complaint?",
    "2026-12-02",
    "they should acknowledge your complaint by Thursday 31 December 2026",
  ],
  ["ico-complaint", "When was your last contact with the organisation?", "2026-11-30", "by Sunday 28 February 2027."],
] as const) {
  test(`/letters/${type}/ works out its own date and passes axe`, async ({ page }) => {
    await page.goto(`/letters/${type}/`);
    await setDate(page, label, date);
    await expect(page.locator("[data-timing-advice]")).toContainText(advice);
    await expectNoAxeViolations(page, type);
  });
}

test("the interview notes page loads at most 12 KB gzip of JavaScript, like a letter page, with no layout shift", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const reads: Promise<Buffer>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") reads.push(response.body());
  });
  await page.goto(TRACKER, { waitUntil: "networkidle" });
  await expect(page.locator("atn-sar-tracker[data-started]")).toHaveCount(1);
  const total = (await Promise.all(reads)).reduce((sum, body) => sum + gzipSize(body), 0);
  console.log(`interview notes JS at load: ${total} bytes gzip`);
  expect(total).toBeGreaterThan(1024);
  expect(total).toBeLessThanOrEqual(12 * 1024);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.01);
});
