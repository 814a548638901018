import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// .ci/run ends by printing one closing count read from the runners' output. A count it
// could not find once ended the script with exit 1 under `set -o pipefail` on a run where
// every test had passed, so CI refused a green submission. These logs use the closing
// lines Vitest and Playwright print, colour codes included.
const script = new URL("../.ci/summary", import.meta.url).pathname;

function summarise(log: string): { status: number | null; lines: string[] } {
  const file = join(mkdtempSync(join(tmpdir(), "ci-summary-")), "log");
  writeFileSync(file, log);
  const run = spawnSync("bash", [script, file], { encoding: "utf8" });
  return { status: run.status, lines: run.stdout.trim().split("\n") };
}

const green = "\x1b[32m";
const reset = "\x1b[39m";

describe(".ci/summary", () => {
  it("counts a run where everything passed, and exits 0", () => {
    const log = [
      ` Test Files  ${green}120 passed${reset} (120)`,
      `      Tests  ${green}3138 passed${reset} (3138)`,
      ` Test Files  ${green}3 passed${reset} (3)`,
      `      Tests  ${green}675 passed${reset} (675)`,
      `  ${green}291 passed${reset} (6.3m)`,
      "originality: 198 files checked, no run of 8+ words copied from the source material",
    ].join("\n");
    expect(summarise(log)).toEqual({
      status: 0,
      lines: ["unit and dist: 3813 passed, 0 failed; browser: 291 passed, 0 failed", "4104 0"],
    });
  });

  it("adds failures from both Vitest runs and Playwright", () => {
    const log = [
      "      Tests  2 failed | 3136 passed (3138)",
      "      Tests  1 failed | 674 passed (675)",
      "  3 failed",
      "    [chromium] › tests/browser/plan.browser.ts:10:1 › something",
      "  1 flaky",
      "  287 passed (7.1m)",
    ].join("\n");
    expect(summarise(log)).toEqual({
      status: 0,
      lines: ["unit and dist: 3810 passed, 3 failed; browser: 287 passed, 3 failed", "4097 6"],
    });
  });

  it("prints zeros for a run that stopped before any runner reported", () => {
    expect(summarise("error TS2322: Type 'string' is not assignable to type 'number'.\n")).toEqual({
      status: 0,
      lines: ["unit and dist: 0 passed, 0 failed; browser: 0 passed, 0 failed", "0 0"],
    });
  });
});
