/**
 * Which Chromium the browser tests launch. CHROME_PATH, when set, names a full Chrome or
 * Chromium and is used for everything.
 *
 * Otherwise most tests run in Debian's chromium-headless-shell, the old headless build that
 * Playwright itself uses for headless Chromium since 1.49: on our 2-core machines it ran the
 * whole browser suite in 2.7 minutes against 10-11 with the full browser, the same tests
 * passing. It keeps no back/forward cache, so the tests about pages restored by Back launch
 * the full browser (FULL_CHROMIUM). Without the shell installed, everything uses the full
 * browser: slower, the same checks.
 */
import { existsSync } from "node:fs";

/** A full Chromium, with every feature a person's browser has (the back/forward cache). */
export const FULL_CHROMIUM = process.env["CHROME_PATH"] ?? "/usr/bin/chromium";

const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/** The browser for every other test: the headless shell when installed. */
export const TEST_CHROMIUM =
  process.env["CHROME_PATH"] ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM);
