import { RECENT_MS } from "../../platform/storage/rebase";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, gzipSize, OUT_DIR, watchPage } from "../../../tests/browser/helpers";
import { parse as parseYaml } from "yaml";
import { STORED_FIXTURES } from "./fixtures";

const KEY = "atn:plan:v1";
// Was 5 KB. Keeping data safe across tabs and after "Delete everything" (the synced
// store: Web Locks, per-step merge, erase generation, nanostores onMount), the restore
// choice, progress bars and visible results, and the debrief's progress beside two
// steps cost about 2.3 KB gzip (measured 2026-12-02; see the closing note of issue 21).
const BUDGET_BYTES = 9 * 1024;

/** Step ids in content order, read from the built page so the test follows the content. */
function builtStepIds(): string[] {
  const html = readFileSync(join(OUT_DIR, "plan/index.html"), "utf8");
  return [...html.matchAll(/data-step="([a-z0-9-]+)"/g)].map((m) => m[1]!);
}
const IDS = builtStepIds();
const TOTAL = IDS.length;

/** Step id by label, from the content file: tests name steps readably, and find them by id. */
const STEP_BY_LABEL = new Map(
  (parseYaml(readFileSync("content/plan/plan.yaml", "utf8")) as { steps: { id: string; label: string }[] }[])
    .flatMap((group) => group.steps)
    .map((step) => [step.label, step.id]),
);
/** The checkbox of the step with this label in content/plan/plan.yaml, found by its data-step id. */
const box = (page: Page, label: string) => {
  const id = STEP_BY_LABEL.get(label);
  expect(id, `a step labelled "${label}" in content/plan/plan.yaml`).toBeDefined();
  return page.locator(`atn-plan input[data-step="${id}"]`);
};
const live = (page: Page) => page.locator("atn-plan [data-live]");
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** Counts how many times the live region's words change, from the first script that runs. */
async function countAnnouncements(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __announcements: string[] };
    w.__announcements = [];
    // Only changes inside the live region are announced: other parts of the page
    // re-rendering while it holds words do not count.
    new MutationObserver((records) => {
      const region = document.querySelector("atn-plan [data-live]");
      if (region?.textContent && records.some((record) => region.contains(record.target)))
        w.__announcements.push(region.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __announcements: string[] }).__announcements);
}

async function open(page: Page, path = "/plan/") {
  await page.goto(path);
  // The script reveals JS-only controls once it has started.
  await expect(page.locator("atn-plan [data-status]").first()).toBeVisible();
}

test.describe("the recovery plan without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is a readable list of native checkboxes in labels, grouped, with a quiet note that ticks are not kept", async ({
    page,
  }) => {
    await page.goto("/plan/");
    await expect(page.getByRole("heading", { level: 1, name: "Your recovery plan" })).toBeVisible();
    await expect(page.getByRole("checkbox")).toHaveCount(TOTAL);
    expect(TOTAL).toBeGreaterThanOrEqual(12);
    for (const id of ["first-days", "first-week", "next-interview"]) {
      await expect(page.locator(`section#${id}`)).toBeVisible();
    }
    await expect(page.getByText("Your ticks are not kept without JavaScript")).toBeVisible();
    // JS-only parts stay out of the way.
    await expect(page.getByRole("button", { name: "Start again" })).toBeHidden();
    await expect(page.getByRole("button", { name: /Add a note/ }).first()).toBeHidden();
    await expect(page.getByText(/Not started/).first()).toBeHidden();
    // Every checkbox sits in its label and can be ticked.
    const first = page.getByRole("checkbox").first();
    await first.check();
    await expect(first).toBeChecked();
    expect(await page.locator("label > input[type=checkbox]").count()).toBe(TOTAL);
  });
});

test("axe finds nothing in the plan as it is before its script runs", async ({ page }) => {
  // axe itself needs JavaScript, so the page's own scripts are blocked instead.
  await page.route("**/*.js", (route) => route.abort());
  await page.goto("/plan/");
  // With scripting on, the note waits three seconds for the script before it shows (no layout shift when it starts).
  await expect(page.getByText("Your ticks are not kept without JavaScript")).toBeVisible({ timeout: 6000 });
  await expectNoAxeViolations(page, "without the plan's script");
});

test.describe("the recovery plan", () => {
  test("saves a tick at once, shows progress in words, and keeps it after a reload", async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await open(page);
    await expect(page.getByText("Your ticks are not kept without JavaScript")).toBeHidden();
    const days = page.locator("section#first-days");
    await expect(days.getByText("Not started")).toBeVisible();
    await expect(page.locator("[data-overall]")).toHaveText(`0 of ${TOTAL} done`);

    await box(page, "Ask for feedback on your interview").check();
    await expect.poll(() => stored(page)).toContain('"ask-for-feedback":{"done":true}');
    await expect(days.getByText("In progress")).toBeVisible();
    await expect(page.locator("[data-overall]")).toHaveText(`1 of ${TOTAL} done`);

    await page.reload();
    await expect(box(page, "Ask for feedback on your interview")).toBeChecked();
    await expect(days.getByText("In progress")).toBeVisible();
    expect(watch.problems).toEqual([]);
  });

  test("says a group is completed in words when every step is ticked, with a real key press", async ({ page }) => {
    await open(page);
    const week = page.locator("section#first-week");
    for (const checkbox of await week.getByRole("checkbox").all()) {
      await checkbox.focus();
      await page.keyboard.press("Space");
    }
    await expect(week.getByText("Completed")).toBeVisible();
    await expect(week.locator("[data-status-count]")).toHaveText(/^(\d+) of \1 done$/);
  });

  test("announces one polite message per action and nothing on load", async ({ page }) => {
    const announcements = await countAnnouncements(page);
    await open(page);
    await expect(live(page)).toHaveAttribute("aria-live", "polite");
    expect(await announcements()).toEqual([]);
    await box(page, "List what went well").check();
    await expect(live(page)).toHaveText(
      new RegExp(
        `^List what went well: done\\. The first day or two: 1 of \\d+ done\\. Whole plan: 1 of ${TOTAL} done\\.$`,
      ),
    );
    await box(page, "List what went well").uncheck();
    await expect(live(page)).toContainText("List what went well: not done.");
    expect(await announcements()).toHaveLength(2);
  });

  test("keeps a short note per step, and says once that it is saved", async ({ page }) => {
    await open(page);
    const toggle = page.getByRole("button", { name: "Add a note for “Ask for feedback on your interview”" });
    await toggle.click();
    // Open, the same button says what it will do next.
    await expect(
      page.getByRole("button", { name: "Hide your note for “Ask for feedback on your interview”" }),
    ).toHaveAttribute("aria-expanded", "true");
    const note = page.getByRole("textbox", { name: "Your note for “Ask for feedback on your interview”" });
    await expect(note).toBeFocused();
    await note.fill("They said my examples were too general");
    await page.keyboard.press("Tab");
    await expect(live(page)).toHaveText("Your note is saved.");
    await page.reload();
    // A saved note shows at once after a reload, without opening anything.
    await expect(page.getByRole("textbox", { name: /Your note for “Ask for feedback/ })).toHaveValue(
      "They said my examples were too general",
    );
    await expect(page.getByRole("textbox", { name: /Your note for “Ask for feedback/ })).toBeVisible();
    await expect(page.getByRole("button", { name: /Hide your note for “Ask for feedback/ })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
  });

  test("starts again only after confirmation, and can undo it", async ({ page }) => {
    await open(page);
    await box(page, "Reply with a short thank-you").check();
    await box(page, "List what went well").check();

    await page.getByRole("button", { name: "Start again" }).click();
    const dialog = page.getByRole("dialog", { name: "Start your plan again?" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("ticked: 2, with a note: 0");
    await expectNoAxeViolations(page, "with the confirmation open");
    // "Yes, clear my plan" looks like a warning, not like the main action.
    const colour = (name: string) =>
      dialog.getByRole("button", { name }).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await colour("Yes, clear my plan")).not.toBe(await colour("Keep my plan"));
    // ...and takes the site's error colour, whatever form global.css writes it in.
    const error = await page.evaluate(() => {
      const probe = document.createElement("i");
      probe.style.color = "var(--color-error)";
      document.body.append(probe);
      return getComputedStyle(probe).color;
    });
    expect(await colour("Yes, clear my plan")).toBe(error);
    await dialog.getByRole("button", { name: "Keep my plan" }).click();
    await expect(dialog).toBeHidden();
    await expect(box(page, "List what went well")).toBeChecked();

    await page.getByRole("button", { name: "Start again" }).click();
    await page.getByRole("button", { name: "Yes, clear my plan" }).click();
    await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
    await expect(live(page)).toHaveText("Your plan is cleared. Use Undo to bring it back.");
    await expect.poll(() => stored(page)).toBeNull();
    // The Undo notice is where the person is looking: in view, beside Start again.
    await expect(page.getByRole("button", { name: "Undo" })).toBeInViewport();

    await page.getByRole("button", { name: "Undo" }).click();
    await expect(box(page, "List what went well")).toBeChecked();
    await expect(box(page, "Reply with a short thank-you")).toBeChecked();
    await expect(live(page)).toHaveText(`Your plan is back: 2 of ${TOTAL} done.`);
    await expect(page.getByRole("button", { name: "Start again" })).toBeFocused();
  });

  test("exports a backup file and imports it again", async ({ page }) => {
    await open(page);
    await box(page, "Practise your answers out loud").check();
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save a copy to a file" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^after-the-no-plan-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(await download.path(), "utf8");
    expect(JSON.parse(text)).toMatchObject({ format: "after-the-no/plan", version: 1 });
    const savedCopy = page.locator("atn-plan [data-export-result]");
    await expect(savedCopy).toHaveText(/^Saved a copy of your plan as after-the-no-plan-/);

    await page.getByRole("button", { name: "Start again" }).click();
    await page.getByRole("button", { name: "Yes, clear my plan" }).click();
    await expect(box(page, "Practise your answers out loud")).not.toBeChecked();
    // That message was about the plan before it was cleared: it does not stay under the buttons.
    await expect(savedCopy).toBeHidden();

    await page.getByLabel("Restore from a saved file").setInputFiles({
      name: download.suggestedFilename(),
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await page.getByRole("button", { name: "Restore from the file" }).click();
    await expect(box(page, "Practise your answers out loud")).toBeChecked();
    await expect(live(page)).toHaveText(`The file is added to your plan: 1 of ${TOTAL} done.`);
  });

  test("restores an older backup by adding it (the default) or, after saying what goes, by replacing the plan", async ({
    page,
  }) => {
    const backup = (steps: Record<string, { done?: true; note?: string }>) => ({
      name: "after-the-no-plan-2026-11-01.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ format: "after-the-no/plan", version: 1, saved: "2026-11-01", steps })),
    });
    const older = backup({ [STEP_BY_LABEL.get("Practise your answers out loud")!]: { done: true } });
    await open(page);
    await box(page, "List what went well").check();
    await box(page, "Reply with a short thank-you").check();
    await page.getByRole("button", { name: "Add a note for “List what went well”" }).click();
    await page.getByLabel("Your note for “List what went well”").fill("The panel liked my portfolio");

    // Adding: nothing the plan holds is lost.
    await page.getByLabel("Restore from a saved file").setInputFiles(older);
    const choice = page.getByRole("group", { name: "What should the file do to your plan?" });
    await expect(choice.getByRole("radio", { name: /Add it to your plan/ })).toBeChecked();
    await expect(choice.getByRole("radio", { name: /Add it to your plan/ })).toBeFocused();
    await expectNoAxeViolations(page, "plan with the restore choice open");
    await choice.getByRole("button", { name: "Restore from the file" }).click();
    await expect(live(page)).toHaveText(`The file is added to your plan: 3 of ${TOTAL} done.`);
    for (const label of ["List what went well", "Reply with a short thank-you", "Practise your answers out loud"])
      await expect(box(page, label)).toBeChecked();
    await expect(page.getByLabel("Your note for “List what went well”")).toHaveValue("The panel liked my portfolio");

    // Replacing: a confirmation says what will be removed; "Keep my plan" keeps it.
    await page.getByLabel("Restore from a saved file").setInputFiles(older);
    await choice.getByRole("radio", { name: "Replace your plan with it" }).check();
    await choice.getByRole("button", { name: "Restore from the file" }).click();
    const confirm = page.getByRole("dialog", { name: "Replace your plan with the file?" });
    await expect(confirm).toContainText("2 ticks and 1 note will be removed from your plan.");
    await expectNoAxeViolations(page, "plan asking before it replaces");
    await confirm.getByRole("button", { name: "Keep my plan" }).click();
    await expect(box(page, "List what went well")).toBeChecked();

    await page.getByLabel("Restore from a saved file").setInputFiles(older);
    await choice.getByRole("radio", { name: "Replace your plan with it" }).check();
    await choice.getByRole("button", { name: "Restore from the file" }).click();
    await confirm.getByRole("button", { name: "Yes, replace my plan" }).click();
    await expect(live(page)).toHaveText(`Your plan is restored from the file: 1 of ${TOTAL} done.`);
    await expect(box(page, "List what went well")).not.toBeChecked();
    await expect(box(page, "Practise your answers out loud")).toBeChecked();
    await expect
      .poll(async () => JSON.parse((await stored(page))!))
      .toEqual({
        version: 1,
        steps: { [STEP_BY_LABEL.get("Practise your answers out loud")!]: { done: true } },
      });
    // And Undo brings the plan back as it was, note and all.
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(box(page, "List what went well")).toBeChecked();
    await expect(page.getByLabel("Your note for “List what went well”")).toHaveValue("The panel liked my portfolio");
  });

  const BAD_FILES = [
    { name: "a file that is not JSON", body: "Dear Sam, thank you for…", message: "it is not a JSON file" },
    {
      name: "another site's JSON",
      body: JSON.stringify({ name: "todo", steps: { "ask-for-feedback": { done: true } } }),
      message: "Choose a file whose name starts with after-the-no-plan",
    },
    { name: "a file that is too large", body: "x".repeat(70 * 1024), message: "too large" },
    {
      name: "a file from a newer version of the site",
      body: JSON.stringify({ format: "after-the-no/plan", version: 99, steps: { [IDS[0]!]: { state: "complete" } } }),
      message: "saved by a newer version of this site",
    },
    {
      name: "a file with steps this version cannot read",
      body: JSON.stringify({ format: "after-the-no/plan", version: 1, steps: { [IDS[0]!]: { done: "yes" } } }),
      message: "restoring it would lose ticks",
    },
  ];
  // One page for all five files, chosen one after another as a person trying their
  // downloads would; each error must replace the last. axe checks the error state once.
  test("refuses each unreadable file with a clear error and leaves progress untouched", async ({ page }) => {
    await open(page);
    await box(page, "Follow up once if nobody has replied").check();
    await expect.poll(() => stored(page)).toContain("chase-once");
    const before = await stored(page);
    const input = page.getByLabel("Restore from a saved file");
    const error = page.locator("#plan-import-error");
    for (const bad of BAD_FILES) {
      await test.step(`refuses ${bad.name}`, async () => {
        await input.setInputFiles({ name: "plan.json", mimeType: "application/json", buffer: Buffer.from(bad.body) });
        await expect(error).toBeVisible();
        await expect(error).toContainText(bad.message);
        await expect(error).toContainText("Your progress has not changed.");
        await expect(input).toHaveAttribute("aria-invalid", "true");
        await expect(live(page)).toContainText(bad.message);
        expect(await stored(page)).toBe(before);
        await expect(box(page, "Follow up once if nobody has replied")).toBeChecked();
      });
    }
    await expectNoAxeViolations(page, "after importing an unreadable file");
  });

  test("keeps open tabs in step", async ({ context }) => {
    const one = await context.newPage();
    const two = await context.newPage();
    await open(one);
    await open(two);
    await box(one, "Close the knowledge gaps you found").check();
    await expect(box(two, "Close the knowledge gaps you found")).toBeChecked();
    await expect(two.locator("[data-overall]")).toHaveText(`1 of ${TOTAL} done`);
    // Nothing is announced in the tab where nothing was done.
    await expect(live(two)).toHaveText("");
    await box(two, "Close the knowledge gaps you found").uncheck();
    await expect(box(one, "Close the knowledge gaps you found")).not.toBeChecked();
  });

  test("loses no tick or note when 2, 3 or 4 tabs change different steps at the same moment, and all tabs agree", async ({
    context,
  }) => {
    test.setTimeout(300_000);
    const pages: Page[] = [];
    for (let i = 0; i < 4; i++) {
      const page = await context.newPage();
      await open(page);
      pages.push(page);
    }
    const expected = new Map<string, { done: boolean; note: string }>();
    const changedAt = new Map<string, number>();
    // Twenty trials, as many as the report that found ticks lost ran three times over:
    // each has 2, 3 or 4 tabs change a different step at once (a tick, or a note typed).
    for (let trial = 0; trial < 20; trial++) {
      const count = 2 + (trial % 3);
      const changes = pages.slice(0, count).map((page, i) => ({ page, id: IDS[(trial * 3 + i) % TOTAL]! }));
      const notes = trial % 2 === 1;
      // A step changed back in another tab within RECENT_MS of a change here is undone
      // here (see synced-store.ts): that is not this test's case, so steps rest that long.
      const rested = Math.max(...changes.map(({ id }) => (changedAt.get(id) ?? 0) + RECENT_MS + 250));
      if (rested > Date.now()) await pages[0]!.waitForTimeout(rested - Date.now());
      await Promise.all(
        changes.map(({ page, id }) =>
          page.evaluate(
            ([id, note]) => {
              if (note === null) {
                document.querySelector<HTMLInputElement>(`input[data-step="${id}"]`)!.click();
              } else {
                const area = document.querySelector<HTMLTextAreaElement>(`textarea[data-note="${id}"]`)!;
                area.value = note;
                area.dispatchEvent(new Event("input", { bubbles: true }));
              }
            },
            [id, notes ? `Note ${trial}` : null] as const,
          ),
        ),
      );
      for (const { id } of changes) {
        changedAt.set(id, Date.now());
        const step = expected.get(id) ?? { done: false, note: "" };
        expected.set(id, notes ? { ...step, note: `Note ${trial}` } : { ...step, done: !step.done });
      }
      const ticked = [...expected].filter(([, step]) => step.done).map(([id]) => id);
      for (const page of pages) {
        await expect
          .poll(() =>
            page.evaluate(() =>
              [...document.querySelectorAll<HTMLInputElement>("atn-plan input[data-step]:checked")].map((b) => b.value),
            ),
          )
          .toEqual(IDS.filter((id) => ticked.includes(id)));
        for (const [id, step] of expected) {
          if (step.note) await expect(page.locator(`textarea[data-note="${id}"]`)).toHaveValue(step.note);
        }
      }
    }
    const steps = Object.fromEntries(
      [...expected]
        .filter(([, step]) => step.done || step.note)
        .map(([id, { done, note }]) => [id, { ...(done && { done }), ...(note && { note }) }]),
    );
    await expect.poll(async () => JSON.parse((await stored(pages[0]!))!).steps).toEqual(steps);
  });

  test("shows the current state on Back and Forward, even after another tab changed it", async ({ context }) => {
    const page = await context.newPage();
    await open(page);
    await box(page, "Write down the questions you were asked").check();
    await page.goto("/privacy/");
    const other = await context.newPage();
    await open(other);
    await box(other, "Write down the questions you were asked").uncheck();
    await box(other, "Prepare examples for competency questions").check();
    await page.goBack();
    await expect(box(page, "Write down the questions you were asked")).not.toBeChecked();
    await expect(box(page, "Prepare examples for competency questions")).toBeChecked();
    await page.goForward();
    await box(other, "Prepare examples for competency questions").uncheck();
    await page.goBack();
    await expect(box(page, "Prepare examples for competency questions")).not.toBeChecked();
  });

  test("prints cleanly, with ticks and notes and without the controls", async ({ page }) => {
    await open(page);
    await box(page, "Ask for feedback on your interview").check();
    await page.getByRole("button", { name: /Add a note for “Ask for feedback/ }).click();
    await page.getByRole("textbox", { name: /Your note for “Ask for feedback/ }).fill("Asked on Monday");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByText("Note: Asked on Monday")).toBeVisible();
    // The printout says where it came from, and (when really printed) the day.
    await expect(page.getByText(/^Printed from After the No, https?:\/\/[^ ]+\/plan\/$/)).toBeVisible();
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    await expect(page.getByText(/^Printed from After the No, .+\/plan\/, on \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
    await expect(box(page, "Ask for feedback on your interview")).toBeChecked();
    await expect(page.getByRole("button", { name: "Start again" })).toBeHidden();
    await expect(page.getByRole("button", { name: /note for/ }).first()).toBeHidden();
    await expect(page.getByRole("textbox", { name: /Your note for “Ask for feedback/ })).toBeHidden();
    await expect(page.locator("section#first-days").getByText("In progress")).toBeVisible();
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByText("Note: Asked on Monday")).toBeHidden();
  });

  test("prints dark on white from a dark screen too", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await open(page);
    const hint = page.locator("atn-plan .hint").first();
    // The muted colour of the dark palette, on screen.
    await expect(hint).toHaveCSS("color", "rgb(200, 187, 173)");
    await page.emulateMedia({ colorScheme: "dark", media: "print" });
    // On paper the light palette's muted brown (7.6:1 on white), not the dark one's grey (1.9:1).
    await expect(hint).toHaveCSS("color", "rgb(94, 82, 70)");
    await expect(page.locator("body")).toHaveCSS("background-color", "rgb(255, 255, 255)");
  });

  test("gives each group its agreed anchor", async ({ page }) => {
    await page.goto("/plan/#first-week");
    await expect(page.locator("section#first-week")).toBeInViewport();
  });

  test("links every step to an article or a letter that exists", async ({ page }) => {
    await page.goto("/plan/");
    const hrefs = await page
      .locator("atn-plan .hint > a[data-print-href]")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs).toHaveLength(TOTAL);
    const missing = [...new Set(hrefs)].filter((href) => !existsSync(join(OUT_DIR, href, "index.html")));
    expect(missing).toEqual([]);
  });
});

test.describe("the plan's accessibility in every state", () => {
  test("axe finds nothing when the plan is empty, partly done and all done", async ({ page }) => {
    await open(page);
    await expectNoAxeViolations(page, "empty");
    await box(page, "List what went well").check();
    await page.getByRole("button", { name: /Add a note for “List what went well”/ }).click();
    await expectNoAxeViolations(page, "partly done, with a note open");
    for (const checkbox of await page.getByRole("checkbox").all()) await checkbox.check();
    await expect(page.locator("[data-overall]")).toHaveText(`${TOTAL} of ${TOTAL} done`);
    await expectNoAxeViolations(page, "all done");
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page, "all done, dark");
  });
});

test.describe("when storage fails", () => {
  const STORAGE_FAILURES = [
    {
      name: "reading localStorage throws",
      init: () => {
        Object.defineProperty(window, "localStorage", {
          configurable: true,
          get() {
            throw new DOMException("The operation is insecure.", "SecurityError");
          },
        });
      },
    },
    {
      name: "localStorage is null",
      init: () => {
        Object.defineProperty(window, "localStorage", { configurable: true, value: null });
      },
    },
  ];
  for (const failure of STORAGE_FAILURES) {
    test(`works in memory and says once, kindly, that progress will not be kept, when ${failure.name}`, async ({
      page,
      baseURL,
    }) => {
      const watch = watchPage(page, new URL(baseURL!).origin);
      await page.addInitScript(failure.init);
      await open(page);
      const notice = page.locator("[data-storage-notice]");
      await expect(notice).toBeVisible();
      await expect(notice).toHaveText(/will last only while this page is open/);
      await expect(page.getByText(/will last only while this page is open/)).toHaveCount(1);
      await box(page, "List what went well").check();
      await expect(box(page, "List what went well")).toBeChecked();
      await expect(page.locator("[data-overall]")).toHaveText(`1 of ${TOTAL} done`);
      await expect(live(page)).toContainText("could not be saved");
      await expectNoAxeViolations(page, `with the storage notice (${failure.name})`);
      expect(watch.problems).toEqual([]);
    });
  }

  test("shows the tick and says it could not be saved when storage is full", async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await open(page);
    await expect(page.locator("[data-storage-notice]")).toBeHidden();
    await box(page, "Reply with a short thank-you").check();
    await expect(box(page, "Reply with a short thank-you")).toBeChecked();
    await expect(live(page)).toContainText("It could not be saved in your browser.");
    await expect(page.locator("[data-storage-notice]")).toContainText("storage for this site is full");
    await box(page, "List what went well").check();
    await expect(live(page)).toContainText("List what went well: done.");
    await expect(live(page)).toContainText("could not be saved");
    await expectNoAxeViolations(page, "with the storage-full notice");
    expect(watch.problems).toEqual([]);
  });
});

test.describe("when the stored value is corrupt, tampered with or old", () => {
  for (const fixture of STORED_FIXTURES) {
    test(`loads and keeps only the valid part of ${fixture.name}`, async ({ page, baseURL }) => {
      const watch = watchPage(page, new URL(baseURL!).origin);
      await page.addInitScript(
        ([key, value]) => {
          if (!sessionStorage.getItem("seeded")) {
            localStorage.setItem(key!, value!);
            sessionStorage.setItem("seeded", "1");
          }
        },
        [KEY, fixture.stored],
      );
      await open(page);
      const checked = await page
        .getByRole("checkbox", { checked: true })
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value).sort());
      expect(checked).toEqual([...fixture.keeps].sort());
      // A stored "__proto__" or "constructor" entry must not reach Object.prototype: a fresh
      // object inherits no enumerable key.
      expect(
        await page.evaluate(() => {
          const inherited: string[] = [];
          for (const key in {}) inherited.push(key);
          return inherited;
        }),
      ).toEqual([]);
      expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>)["polluted"])).toBeUndefined();
      expect(watch.problems).toEqual([]);
      // A tick still works and writes a clean, current value.
      await box(page, "Choose your next applications with care").check();
      await expect.poll(() => stored(page)).toContain("choose-next-applications");
      const value = JSON.parse((await stored(page))!) as { version: number; steps: Record<string, unknown> };
      expect(value.version).toBe(1);
      expect(Object.keys(value.steps).every((id) => IDS.includes(id))).toBe(true);
    });
  }

  test("drops a removed step's tick without touching the others", async ({ page }) => {
    const removed = STORED_FIXTURES.find((f) => f.name.includes("removed"))!;
    await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [KEY, removed.stored]);
    await open(page);
    await expect
      .poll(async () => Object.keys((JSON.parse((await stored(page))!) as { steps: object }).steps))
      .toEqual(["ask-for-feedback"]);
  });
});

test.describe("the plan's weight", () => {
  test(`loads at most ${BUDGET_BYTES} bytes of JavaScript (gzip) on /plan/, with no framework runtime`, async ({
    page,
  }) => {
    const scripts: { url: string; bytes: number }[] = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() === "script") {
        scripts.push({ url: response.url(), bytes: gzipSize(await response.body()) });
      }
    });
    await open(page);
    await page.waitForLoadState("networkidle");
    const inline = await page
      .locator("script:not([src])")
      .evaluateAll((els) =>
        els.map((el) => el.textContent ?? "").filter((text) => text.trim() && !text.trim().startsWith("{")),
      );
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0) + inline.reduce((sum, t) => sum + gzipSize(t), 0);
    console.log(`plan JS at load: ${total} bytes gzip`, scripts);
    expect(scripts.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
    const names = scripts.map((s) => s.url).join(" ");
    expect(names).not.toMatch(/react|preact|vue|svelte|solid|lit/i);
  });
});

test.describe("the plan inside articles", () => {
  const embedding = readdirSync(join(OUT_DIR, "advice"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `/advice/${d.name}/`)
    // Listing folders such as /advice/step/ hold pages one level further down.
    .filter((path) => existsSync(join(OUT_DIR, path, "index.html")))
    .filter((path) => readFileSync(join(OUT_DIR, path, "index.html"), "utf8").includes("<atn-plan"));

  test("shares its ticks with /plan/", async ({ page }) => {
    expect(embedding.length, "an article embeds <PlanGroup>").toBeGreaterThan(0);
    const path = embedding[0]!;
    await open(page, path);
    const first = page.locator("atn-plan").getByRole("checkbox").first();
    const id = await first.getAttribute("value");
    await first.check();
    await page.goto("/plan/");
    await expect(page.locator(`input[value="${id}"]`)).toBeChecked();
    await expectNoAxeViolations(page, "plan after ticking in an article");
  });
});

test.describe("delete everything this site keeps", () => {
  const hasControl = () => readFileSync(join(OUT_DIR, "privacy/index.html"), "utf8").includes("<atn-forget");

  test("removes every atn: key after confirmation and says so", async ({ page }) => {
    expect(hasControl(), "ForgetEverything is on /privacy/").toBe(true);
    await page.goto("/privacy/");
    await page.evaluate(() => {
      localStorage.setItem("atn:plan:v1", '{"version":1,"steps":{"chase-once":{"done":true}}}');
      localStorage.setItem("atn:letter:v1", "{}");
      localStorage.setItem("someone-else", "keep");
    });
    await page.getByRole("button", { name: "Delete everything this site keeps" }).click();
    await page.getByRole("button", { name: "Keep everything" }).click();
    expect(await page.evaluate(() => localStorage.length)).toBe(3);
    await page.getByRole("button", { name: "Delete everything this site keeps" }).click();
    const yes = page.getByRole("button", { name: "Yes, delete it all" });
    // A destructive confirmation looks like a warning: the error colour, not the main button's.
    const main = await page
      .getByRole("button", { name: "Keep everything" })
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const warning = await yes.evaluate((el) => getComputedStyle(el).backgroundColor);
    const error = await page.evaluate(() => {
      const probe = document.createElement("i");
      probe.style.color = "var(--color-error)";
      document.body.append(probe);
      return getComputedStyle(probe).color;
    });
    expect(warning).not.toBe(main);
    expect(warning).toBe(error);
    await yes.click();
    await expect(page.locator("atn-forget").getByRole("status")).toContainText("2 items removed");
    // What stays: the other site's key, and the erase generation (a random id, no data)
    // that tells open pages not to write anything back.
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(["atn:erased", "someone-else"]);
    expect(await page.evaluate(() => localStorage.getItem("atn:erased"))).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    await expectNoAxeViolations(page, "privacy page after deleting");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("explains how to clear site data in the browser", async ({ page }) => {
      expect(hasControl(), "ForgetEverything is on /privacy/").toBe(true);
      await page.goto("/privacy/");
      await expect(page.getByText(/cookies and site data/)).toBeVisible();
      await expect(page.getByRole("button", { name: "Delete everything this site keeps" })).toBeHidden();
    });
  });
});
