import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// npm 10 and 11 throw "Invalid Version:" on `npm ci` when package-lock.json holds a package
// entry with no version (placeholders an older npm wrote for other platforms' optional
// packages the registry then lacked). Catch that here rather than on a newcomer's machine.
type LockEntry = {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  optional?: boolean;
};

/**
 * Package entries a current npm cannot place: not a link, and missing a version or both a
 * download address and a checksum. (npm here may omit `resolved`; `integrity` then pins it.)
 */
function unplaceableEntries(lock: { packages?: Record<string, LockEntry> }): string[] {
  return Object.entries(lock.packages ?? {})
    .filter(([path, entry]) => path !== "" && !entry.link)
    .filter(([, entry]) => !entry.version || (!entry.resolved && !entry.integrity))
    .map(([path]) => path);
}

const howToFix = "Regenerate it with this machine's npm: rm package-lock.json && npm install --package-lock-only";

describe("package-lock.json", () => {
  const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8"));

  it("is a version 3 lockfile that npm ci reads", () => {
    expect(lock.lockfileVersion, howToFix).toBe(3);
  });

  it("has a version and a checksum or download address for every package", () => {
    expect(unplaceableEntries(lock), howToFix).toEqual([]);
  });

  it("is recognised as broken when an entry is only a placeholder", () => {
    const broken = {
      packages: {
        "": { version: "0.1.0" },
        "node_modules/pagefind/node_modules/@pagefind/darwin-arm64": { dev: true, optional: true },
        "node_modules/local": { link: true, resolved: "packages/local" },
        "node_modules/ok": { version: "1.0.0", resolved: "https://registry.example/ok.tgz", integrity: "sha512-x" },
      },
    };
    expect(unplaceableEntries(broken)).toEqual(["node_modules/pagefind/node_modules/@pagefind/darwin-arm64"]);
  });
});
