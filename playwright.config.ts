import { defineConfig, devices } from "@playwright/test";
import { TEST_CHROMIUM } from "./tests/browser/chromium";

// Browser tests run against the built site (npm run build first), served by
// `astro preview`. Debian's Chromium is used because Playwright's own browser
// download cannot run on our machines (which build: tests/browser/chromium.ts).
const port = Number(process.env.PORT ?? 4321);
const outDir = process.env.ASTRO_OUT_DIR ?? "./dist";

export default defineConfig({
  // Browser tests sit beside their feature (src/features/*/*.browser.ts); whole-site ones in tests/browser/.
  testDir: ".",
  testMatch: ["src/**/*.browser.ts", "tests/browser/**/*.browser.ts"],
  fullyParallel: true,
  // Two cores on our machines; more workers only slow each other down.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // On CI a failed test runs once more, as Playwright's own template does; one that passes
  // only then is printed as "flaky" in the log, to be fixed, not to sink a whole run.
  // Locally there is no second chance, so a flaky test shows up where it is written.
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: TEST_CHROMIUM,
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: `npx astro preview --ignore-lock --port ${port} --host localhost`,
    env: { ASTRO_OUT_DIR: outDir },
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
