/**
 * "Delete everything" must stick: every open page, and every page the browser restores
 * from its back/forward cache, shows the emptied plan afterwards.
 *
 * Playwright starts Chromium with --disable-back-forward-cache, the headless shell the
 * other tests use has no such cache, and `astro preview` is not guaranteed to send
 * cacheable pages; so the back/forward test launches its own full Chromium without that
 * switch and serves the built site from a tiny static server that lets pages be cached.
 */
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, expect, test, type Browser, type Page } from "@playwright/test";
import { OUT_DIR } from "../../../tests/browser/helpers";
import { FULL_CHROMIUM } from "../../../tests/browser/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(OUT_DIR, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "max-age=60",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

const tick = (page: Page, id: string) => page.locator(`atn-plan input[data-step="${id}"]`);
// The script reveals the progress line once it has started.
const started = (page: Page) => expect(page.locator("atn-plan [data-overall]")).toBeVisible();

async function deleteEverything(page: Page) {
  await page.getByRole("button", { name: "Delete everything this site keeps" }).click();
  await page.getByRole("button", { name: "Yes, delete it all" }).click();
  await expect(page.locator("atn-forget").getByRole("status")).toContainText("Deleted");
}

test.describe("after deleting everything on /privacy/", () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  test.beforeAll(async () => {
    ({ server, origin } = await serveDist());
    browser = await chromium.launch({
      executablePath: FULL_CHROMIUM,
      ignoreDefaultArgs: ["--disable-back-forward-cache"],
    });
  });
  test.afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test("a plan page restored by Back, and a plan open in another tab, both show the emptied plan", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      addEventListener("pageshow", (event) => {
        (window as unknown as { __restored: boolean }).__restored = event.persisted;
      });
    });
    const other = await context.newPage();
    await other.goto(`${origin}/plan/`);
    await started(other);
    await page.goto(`${origin}/plan/`);
    await started(page);
    const id = (await page.locator("atn-plan input[data-step]").first().getAttribute("data-step"))!;
    await tick(page, id).check();
    await expect(tick(other, id)).toBeChecked();
    await expect(page.locator("[data-overall]")).not.toHaveText(/^0 of/);

    await page.goto(`${origin}/privacy/`);
    await deleteEverything(page);
    await expect(tick(other, id)).not.toBeChecked();
    await expect(other.locator("[data-overall]")).toHaveText(/^0 of \d+ done$/);

    // A page restored from the back/forward cache fires no load event.
    await page.goBack({ waitUntil: "commit" });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __restored?: boolean }).__restored))
      .toBeDefined();
    // The page really came from the back/forward cache (its script did not run again).
    expect(await page.evaluate(() => (window as unknown as { __restored: boolean }).__restored)).toBe(true);
    await expect(tick(page, id)).not.toBeChecked();
    await expect(page.locator("[data-overall]")).toHaveText(/^0 of \d+ done$/);
    // And nothing comes back: the emptied plan is what stays stored.
    expect(await page.evaluate(() => localStorage.getItem("atn:plan:v1"))).toBeNull();
    await context.close();
  });
});

test.describe("Delete everything with the plan and a letter open in other tabs", () => {
  test("no open page writes deleted data back, every page shows the empty state, and the message waits for that", async ({
    context,
  }) => {
    const plan = await context.newPage();
    await plan.goto("/plan/");
    await started(plan);
    const [first, second] = await plan
      .locator("atn-plan input[data-step]")
      .evaluateAll((boxes) => boxes.slice(0, 2).map((b) => (b as HTMLInputElement).value));
    await tick(plan, first!).check();
    const letter = await context.newPage();
    await letter.goto("/letters/feedback-request/");
    await letter.getByLabel("Your name").fill("Sam Example");
    await expect.poll(() => letter.evaluate(() => localStorage.getItem("atn:letter:v1"))).toContain("Sam Example");
    const privacy = await context.newPage();
    await privacy.goto("/privacy/");
    // The plan tab ticked its step a moment ago: that is the "recent" change that came back.
    await tick(plan, second!).check();
    // A note still being typed in when everything is deleted: it empties too.
    await plan.locator(`[data-note-toggle][aria-controls$="-note-panel"]`).first().click();
    const note = plan.locator("textarea[data-note]").first();
    await note.fill("Ask about the ward rota");
    await expect(note).toBeFocused();
    await deleteEverything(privacy);
    await expect(privacy.locator("atn-forget").getByRole("status")).toContainText("(2 items removed)");
    const siteData = () =>
      privacy.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("atn:") && key !== "atn:erased"));
    for (const wait of [50, 200, 1000]) {
      await privacy.waitForTimeout(wait);
      expect(await siteData(), `${wait} ms after the message`).toEqual([]);
    }
    await expect(plan.locator("atn-plan input[data-step]:checked")).toHaveCount(0);
    await expect(plan.locator("[data-overall]")).toHaveText(/^0 of \d+ done$/);
    await expect(letter.getByLabel("Your name")).toHaveValue("");
    await expect(note).toHaveValue("");
    // A new tick starts a new plan: the old ticks do not come back with it.
    const third = (await plan.locator("atn-plan input[data-step]").nth(2).getAttribute("data-step"))!;
    await tick(plan, third).check();
    await expect
      .poll(async () => JSON.parse((await privacy.evaluate(() => localStorage.getItem("atn:plan:v1"))) ?? "{}").steps)
      .toEqual({ [third]: { done: true } });
  });
});
