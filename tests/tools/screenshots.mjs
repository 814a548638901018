// Takes full-page screenshots of built pages at phone and desktop widths, in light and
// dark, for a person to look at: node tests/tools/screenshots.mjs /path/ [/other/ ...]
// Needs a running preview (npm run preview) on BASE_URL (default http://localhost:4321).
// FULL=0 takes only the first screen (390 x 844 phone, 1280 x 800 desktop), as a person
// arriving sees it; OUT sets the folder.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://localhost:4321";
const out = process.env.OUT ?? "screenshots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium" });
for (const path of process.argv.slice(2)) {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ]) {
    for (const colorScheme of ["light", "dark"]) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme });
      await page.goto(base + path);
      const name = `${out}/${path.replace(/\W+/g, "_") || "home"}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL !== "0" });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
