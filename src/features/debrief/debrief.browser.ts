import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, gzipSize, recordCspViolations, watchPage } from "../../../tests/browser/helpers";
import { STORED_FIXTURES } from "./fixtures";

const KEY = "atn:debrief:v1";

// Several axe runs per test: on a busy two-core machine one axe run can take a minute.
test.describe.configure({ timeout: 180_000 });
// Issue 23 asks for 8 KB; the platform synced store (cross-tab safety, issue 21) took it to about 9.6 KB: see the issue.
const BUDGET_BYTES = 10 * 1024;

const app = (page: Page) => page.locator("atn-debrief");
const live = (page: Page) => page.locator("atn-debrief [data-live]");
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const questionRows = (page: Page) => page.locator("atn-debrief [data-questions] > li");
const questionTexts = (page: Page) =>
  questionRows(page).evaluateAll((rows) => rows.map((row) => row.querySelector("textarea")!.value));
const practiseTexts = (page: Page) => page.locator("atn-debrief [data-practise] [data-text]").allTextContents();

async function open(page: Page) {
  await page.goto("/debrief/");
  await expect(app(page)).toHaveAttribute("data-started", "");
}

/** Starts a debrief and adds questions through the one box, as a person would. */
async function startWith(page: Page, questions: string) {
  await open(page);
  await page.getByRole("button", { name: "Start a debrief", exact: true }).click();
  await expect(page.getByLabel("Organisation")).toBeFocused();
  await page.getByLabel("Organisation").fill("Acme");
  await page.getByLabel("Role").fill("Data analyst");
  await page.getByLabel("Questions, one on each line").fill(questions);
  await page.getByRole("button", { name: "Add these questions" }).click();
}

/** The "How did it go?" choice in the row of the question numbered `n` (from 1). */
const rate = (page: Page, n: number, rating: "Went well" | "So-so" | "Struggled") =>
  questionRows(page)
    .nth(n - 1)
    .getByRole("radio", { name: rating })
    .check();

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is a blank worksheet with the same parts, to print and fill in by hand", async ({ page }) => {
    await page.goto("/debrief/");
    const sheet = page.locator("section.worksheet");
    await expect(sheet.getByRole("heading", { name: "A worksheet to fill in by hand" })).toBeVisible();
    for (const name of [
      "1. The interview",
      "2. The questions you were asked",
      "3. The feedback you were given",
      "4. What to practise",
    ]) {
      await expect(sheet.getByRole("heading", { name, exact: true })).toBeVisible();
    }
    await expect(sheet.getByText("Question 1:")).toBeVisible();
    await expect(sheet.getByText("Situation:").first()).toBeVisible();
    // The tool itself, which needs JavaScript, is out of the way.
    await expect(page.getByRole("button", { name: "Start a debrief" })).toBeHidden();
    // The printout is the worksheet.
    await page.emulateMedia({ media: "print" });
    await expect(sheet).toBeVisible();
  });
});

test("axe finds nothing on the worksheet before the script runs", async ({ page }) => {
  await page.route("**/*.js", (route) => route.abort());
  await page.goto("/debrief/");
  await expect(page.getByRole("heading", { name: "A worksheet to fill in by hand" })).toBeVisible({ timeout: 6000 });
  await expectNoAxeViolations(page, "worksheet without the script");
});

test.describe("the interview debrief", () => {
  test("starts a debrief, adds questions from one box, and keeps them after a reload", async ({ page, baseURL }) => {
    await recordCspViolations(page);
    const watch = watchPage(page, new URL(baseURL!).origin);
    await open(page);
    await expect(page.getByRole("heading", { name: "A worksheet to fill in by hand" })).toBeHidden();
    await expectNoAxeViolations(page, "empty state");
    await startWith(
      page,
      "1. Tell me about a time you led a team\n\n2) What is a pivot table?\n- Why do you want this job?",
    );
    await expect(live(page)).toHaveText("Added 3 questions.");
    expect(await questionTexts(page)).toEqual([
      "Tell me about a time you led a team",
      "What is a pivot table?",
      "Why do you want this job?",
    ]);
    await expect(page.getByLabel("Questions, one on each line")).toHaveValue("");
    await expect(questionRows(page).first().getByRole("heading")).toHaveText("Question 1");
    await expect
      .poll(async () => JSON.parse((await stored(page)) ?? "{}").debriefs?.[0])
      .toMatchObject({ organisation: "Acme", role: "Data analyst" });
    await expectNoAxeViolations(page, "with three questions");

    await page.reload();
    await expect(app(page)).toHaveAttribute("data-started", "");
    expect(await questionTexts(page)).toHaveLength(3);
    await expect(page.getByLabel("Organisation")).toHaveValue("Acme");
    expect(watch.problems).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });

  test("shows STAR prompts for a competency question and learn-and-where prompts for a knowledge one", async ({
    page,
  }) => {
    await startWith(page, "Tell me about a time you led a team\nWhat is a pivot table?");
    const [competency, knowledge] = [questionRows(page).nth(0), questionRows(page).nth(1)];
    await expect(competency.getByRole("radio", { name: /competency/ })).toBeChecked();
    for (const part of ["Situation", "Task", "Action", "Result"])
      await expect(competency.getByRole("textbox", { name: new RegExp(`^${part}`) })).toBeVisible();
    await expect(competency.getByRole("textbox", { name: /^What to learn/ })).toBeHidden();
    await expect(knowledge.getByRole("textbox", { name: /^What to learn/ })).toBeVisible();
    await expect(knowledge.getByRole("textbox", { name: /^Where you will learn it/ })).toBeVisible();
    // The person can say otherwise.
    await knowledge.getByRole("radio", { name: /competency/ }).check();
    await expect(knowledge.getByRole("textbox", { name: /^Situation/ })).toBeVisible();
  });

  test("reorders questions with Move up and Move down by keyboard, keeping focus on the moved question", async ({
    page,
  }) => {
    await startWith(page, "A\nB\nC");
    const up = questionRows(page).nth(2).getByRole("button", { name: "Move up question 3" });
    await up.focus();
    await page.keyboard.press("Enter");
    expect(await questionTexts(page)).toEqual(["A", "C", "B"]);
    await expect(live(page)).toHaveText("Moved to place 2 of 3.");
    await expect(page.getByRole("button", { name: "Move up question 2" })).toBeFocused();
    await page.keyboard.press("Enter");
    expect(await questionTexts(page)).toEqual(["C", "A", "B"]);
    // At the top Move up is disabled, so focus goes to Move down on the same question.
    await expect(page.getByRole("button", { name: "Move up question 1" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Move down question 1" })).toBeFocused();
    await page.keyboard.press("Enter");
    expect(await questionTexts(page)).toEqual(["A", "C", "B"]);
    await expect
      .poll(async () => JSON.parse((await stored(page))!).debriefs[0].questions.map((q: { text: string }) => q.text))
      .toEqual(["A", "C", "B"]);
  });

  test("removes a question with Undo, which puts it back where it was", async ({ page }) => {
    await startWith(page, "A\nB\nC");
    await page.getByRole("button", { name: "Remove question 2" }).click();
    expect(await questionTexts(page)).toEqual(["A", "C"]);
    const undo = page.getByRole("button", { name: "Undo" });
    await expect(undo).toBeFocused();
    await expect(live(page)).toHaveText("Question removed. Use Undo to bring it back.");
    await expectNoAxeViolations(page, "with Undo offered");
    await page.keyboard.press("Enter");
    expect(await questionTexts(page)).toEqual(["A", "B", "C"]);
    await expect(undo).toBeHidden();
    await expect(questionRows(page).nth(1).getByRole("textbox", { name: "The question" })).toBeFocused();
  });

  test("lists what to practise worst first, each with a next action, and counts what is ticked off", async ({
    page,
  }) => {
    await startWith(page, "Went well\nSo-so\nStruggled\nNot rated");
    await rate(page, 1, "Went well");
    await rate(page, 2, "So-so");
    await rate(page, 3, "Struggled");
    await questionRows(page).nth(2).getByRole("checkbox", { name: "Too long" }).check();
    expect(await practiseTexts(page)).toEqual(["Struggled", "So-so", "Not rated", "Went well"]);
    const first = page.locator("atn-debrief [data-practise] > li").first();
    await expect(first).toContainText(
      "Struggled. Write down what you need to learn for this question, and where you will learn it.",
    );
    await expect(page.locator("[data-progress]")).toHaveText("0 of 4 practised");

    await page.getByRole("checkbox", { name: "Practised: Struggled" }).focus();
    await page.keyboard.press("Space");
    await expect(page.locator("[data-progress]")).toHaveText("1 of 4 practised");
    await expect(live(page)).toHaveText("Ticked as practised. 1 of 4 practised.");
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Practised: Struggled" })).toBeChecked();
    await expect(page.locator("[data-progress]")).toHaveText("1 of 4 practised");
    await expectNoAxeViolations(page, "practice list");
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page, "practice list, dark");
  });

  test("sorts pasted feedback into knowledge and style", async ({ page }) => {
    await startWith(page, "Why us?");
    await page.getByLabel("Feedback, one point on each line").fill("Answers lacked detail\nNeeded more SQL");
    await page.getByRole("button", { name: "Add this feedback" }).click();
    await expect(live(page)).toHaveText("Added 2 feedback points.");
    const points = page.locator("atn-debrief [data-feedback] > li");
    await points
      .nth(0)
      .getByRole("radio", { name: /^Style/ })
      .check();
    await points
      .nth(1)
      .getByRole("radio", { name: /^Knowledge/ })
      .check();
    // Stored under the storage lock, a moment after the page shows it.
    await expect
      .poll(async () => JSON.parse((await stored(page))!).debriefs[0].feedback.map((f: { kind: string }) => f.kind))
      .toEqual(["style", "knowledge"]);
  });

  test("keeps one debrief per interview and lets the person pick which to open", async ({ page }) => {
    await startWith(page, "First interview question");
    await page.getByRole("button", { name: "Start a debrief for another interview" }).click();
    await page.getByLabel("Organisation").fill("Bravo");
    await expect(questionRows(page)).toHaveCount(0);
    const pick = page.getByLabel("Which interview");
    await expect(pick.locator("option")).toHaveText(["Data analyst at Acme", "Bravo"]);
    await pick.selectOption({ label: "Data analyst at Acme" });
    expect(await questionTexts(page)).toEqual(["First interview question"]);
    await expectNoAxeViolations(page, "two debriefs");
  });

  test("on a phone, Undo appears where the removed question was, so the page does not jump away", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await startWith(page, "A\nB\nC\nD");
    const remove = page.getByRole("button", { name: "Remove question 1" });
    await remove.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);
    const removedHeight = (await questionRows(page).nth(0).boundingBox())!.height;
    await remove.click();
    const undo = page.getByRole("button", { name: "Undo" });
    await expect(undo).toBeFocused();
    expect(await questionTexts(page)).toEqual(["B", "C", "D"]);
    // At the top of the question that took its place; before, the box came after the whole
    // list and focus carried the page about 3,000 px down, past every other question.
    await expect(questionRows(page).nth(0).locator("[data-undo]")).toBeVisible();
    await expect(undo).toBeInViewport();
    expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThanOrEqual(removedHeight);
    await undo.click();
    expect(await questionTexts(page)).toEqual(["A", "B", "C", "D"]);
    await expect(questionRows(page).nth(0).getByRole("textbox", { name: "The question" })).toBeFocused();
  });

  test("an Undo offered in one debrief goes when another is opened, and never changes a debrief out of sight", async ({
    page,
  }) => {
    await startWith(page, "A1\nA2");
    await page.getByRole("button", { name: "Start a debrief for another interview" }).click();
    await page.getByLabel("Organisation").fill("Bravo");
    await page.getByLabel("Questions, one on each line").fill("B1\nB2");
    await page.getByRole("button", { name: "Add these questions" }).click();
    await page.getByRole("button", { name: "Remove question 1" }).click();
    await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
    await page.getByLabel("Which interview").selectOption({ label: "Data analyst at Acme" });
    expect(await questionTexts(page)).toEqual(["A1", "A2"]);
    await expect(page.getByRole("button", { name: "Undo" })).toBeHidden();
    await page.getByLabel("Which interview").selectOption({ label: "Bravo" });
    expect(await questionTexts(page)).toEqual(["B2"]);
  });

  test("a Move button that cannot move looks unavailable", async ({ page }) => {
    await startWith(page, "A\nB");
    const first = questionRows(page).nth(0);
    await expect(first.getByRole("button", { name: "Move up question 1" })).toHaveCSS("border-top-style", "dashed");
    await expect(first.getByRole("button", { name: "Move down question 1" })).toHaveCSS("border-top-style", "solid");
    await expect(first.getByRole("button", { name: "Move up question 1" })).toHaveCSS("opacity", "0.55");
    await expect(first.getByRole("button", { name: "Move down question 1" })).toHaveCSS("opacity", "1");
  });

  test("two tabs never lose each other's changes", async ({ context }) => {
    const one = await context.newPage();
    await startWith(one, "From tab one");
    const two = await context.newPage();
    await open(two);
    await expect(questionRows(two)).toHaveCount(1);
    await two.getByLabel("Questions, one on each line").fill("From tab two");
    await two.getByRole("button", { name: "Add these questions" }).click();
    // Tab one has not typed since; its next change is applied to what tab two saved.
    await rate(one, 1, "Struggled");
    await expect(questionRows(one)).toHaveCount(2);
    await expect(questionRows(two).nth(0).getByRole("radio", { name: "Struggled" })).toBeChecked();
    await expect
      .poll(async () =>
        JSON.parse((await stored(one))!).debriefs[0].questions.map(
          (q: { text: string; rating?: string }) => `${q.text}:${q.rating}`,
        ),
      )
      .toEqual(["From tab one:struggled", "From tab two:"]);
  });

  test("after Delete everything in another tab, shows the empty state and never writes the deleted debrief back", async ({
    context,
  }) => {
    const page = await context.newPage();
    await startWith(page, "Why us?");
    const privacy = await context.newPage();
    await privacy.goto("/privacy/");
    await privacy.getByRole("button", { name: "Delete everything this site keeps" }).click();
    await privacy.getByRole("button", { name: "Yes, delete it all" }).click();
    await expect(page.getByRole("button", { name: "Start a debrief", exact: true })).toBeVisible();
    // A change from a control that was on screen writes nothing.
    await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>("atn-debrief [data-add-text='questions']")!;
      area.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(await stored(page)).toBeNull();
  });

  test("saves a debrief to a file and opens it again as another debrief; refuses files it cannot read", async ({
    page,
  }) => {
    await startWith(page, "Why us?");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save to a file" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^after-the-no-debrief-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(await download.path(), "utf8");
    expect(JSON.parse(text)).toMatchObject({ format: "after-the-no/debrief", version: 1 });

    const input = page.getByLabel("Open a saved file");
    await input.setInputFiles({
      name: "newer.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"format":"after-the-no/debrief","version":9,"debriefs":[]}'),
    });
    await expect(page.locator("[data-import-error]")).toContainText("saved by a newer version of this site");
    await expect(input).toHaveAttribute("aria-describedby", "debrief-import-error debrief-import-hint");
    await expectNoAxeViolations(page, "with an import error");
    await input.setInputFiles({ name: "letter.txt", mimeType: "text/plain", buffer: Buffer.from("Dear Sam") });
    await expect(page.locator("[data-import-error]")).toContainText("it is not a JSON file");

    await input.setInputFiles({
      name: download.suggestedFilename(),
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await expect(live(page)).toHaveText("Added from the file: Data analyst at Acme.");
    await expect(page.locator("[data-import-error]")).toBeHidden();
    await expect(page.getByLabel("Which interview").locator("option")).toHaveCount(2);
    await expect.poll(async () => JSON.parse((await stored(page))!).debriefs).toHaveLength(2);
  });

  test("copies the debrief as text and prints the filled-in debrief", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await startWith(page, "Why us?");
    await page.getByRole("button", { name: "Copy as text" }).click();
    await expect(live(page)).toHaveText(/^Copied your debrief as text/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "Interview debrief: Data analyst at Acme\n\nWhat to practise, hardest first\n\n1. Why us?\nNext: Write down what you need to learn for this question, and where you will learn it.\nPractised: not yet.\n",
    );
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-print-view]")).toBeVisible();
    await expect(page.locator("[data-print-view]")).toContainText("1. Why us?");
    await expect(page.getByRole("button", { name: "Add these questions" })).toBeHidden();
    await expect(page.locator("section.worksheet")).toBeHidden();
  });

  test("keeps hostile text as text, and long text wraps at 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [KEY, STORED_FIXTURES.find((f) => f.name.startsWith("markup"))!.stored],
    );
    await open(page);
    await expect(page.getByLabel("Organisation")).toHaveValue("<img src=x onerror=alert(1)>");
    await expect(page.locator("atn-debrief [data-practise] [data-text]")).toHaveText("<script>alert('q')</script>");
    await expect(page.locator("atn-debrief [data-feedback] [data-text]")).toHaveText("<b>bold</b>");
    expect(await page.locator("atn-debrief img, atn-debrief b, atn-debrief [data-practise] script").count()).toBe(0);
    await page.getByLabel("Feedback, one point on each line").fill("x".repeat(400));
    await page.getByRole("button", { name: "Add this feedback" }).click();
    // A long word in a question shows in its row and again in the practise list.
    await page.getByLabel("Questions, one on each line").fill(`Why ${"y".repeat(120)}?`);
    await page.getByRole("button", { name: "Add these questions" }).click();
    await expect(page.locator("atn-debrief [data-practise] [data-text]")).toHaveCount(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, "hostile stored data at 320 px");
  });

  for (const fixture of STORED_FIXTURES) {
    test(`opens with corrupt stored data: ${fixture.name}`, async ({ page, baseURL }) => {
      const watch = watchPage(page, new URL(baseURL!).origin);
      await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [KEY, fixture.stored]);
      await open(page);
      expect(await practiseTexts(page)).toEqual(fixture.questions);
      expect(watch.problems).toEqual([]);
    });
  }

  test("works in memory and says so once when storage is unavailable", async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        configurable: true,
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    await startWith(page, "Why us?\nWhat is SQL?");
    const notice = page.locator("atn-debrief [data-storage-notice]");
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(/will last only while this page is open/);
    expect(await questionTexts(page)).toEqual(["Why us?", "What is SQL?"]);
    await expect(live(page)).toHaveText(/^Added 2 questions\. This browser could not save it/);
    await expectNoAxeViolations(page, "storage unavailable");
    expect(watch.problems).toEqual([]);
  });

  test(`loads at most ${BUDGET_BYTES} bytes of JavaScript (gzip) on /debrief/`, async ({ page }) => {
    const scripts: { url: string; bytes: number }[] = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() === "script")
        scripts.push({ url: response.url(), bytes: gzipSize(await response.body()) });
    });
    await open(page);
    await page.waitForLoadState("networkidle");
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    console.log(`debrief JS at load: ${total} bytes gzip`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

test("the plan's steps about the questions and the feedback link to the debrief and show its progress", async ({
  page,
}) => {
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [
      KEY,
      JSON.stringify({
        version: 1,
        debriefs: [
          {
            id: "p",
            questions: [
              { id: "a", text: "A", practised: true },
              { id: "b", text: "B" },
              { id: "c", text: "C" },
            ],
          },
        ],
      }),
    ],
  );
  await page.goto("/plan/");
  const links = page.locator('atn-plan a[href="/debrief/"]');
  await expect(links).toHaveText(["Write them in your interview debrief", "Sort it in your interview debrief"]);
  await expect(page.locator("atn-debrief-progress").first()).toHaveText(
    "Write them in your interview debrief (1 of 3 practised)",
  );
});
