import { beforeAll, describe, expect, it } from "vitest";
import { init } from "es-module-lexer";
import { importClosure, moduleScripts, staticImports, withModulePreloads } from "./module-preload";

beforeAll(() => init);

describe("staticImports", () => {
  it("finds minified static imports and re-exports, as site paths beside the module", () => {
    const code = `import{a as e}from"./island.AB12.js";import"./status.CD34.js";export{f}from"./lock.EF56.js";e();`;
    expect(staticImports(code, "/_astro/Debrief.X.js")).toEqual([
      "/_astro/island.AB12.js",
      "/_astro/status.CD34.js",
      "/_astro/lock.EF56.js",
    ]);
  });

  it("leaves out modules loaded on first use with import(), and import.meta", () => {
    const code = `import{a}from"./island.js";const b=()=>import("./files.js");console.log(import.meta.url,a,b);`;
    expect(staticImports(code, "/_astro/Letter.js")).toEqual(["/_astro/island.js"]);
  });
});

describe("importClosure", () => {
  const graph: Record<string, string[]> = {
    "/a.js": ["/island.js", "/store.js"],
    "/b.js": ["/island.js"],
    "/store.js": ["/status.js", "/lock.js"],
    "/status.js": ["/store.js"], // a cycle must end
    "/island.js": [],
    "/lock.js": [],
  };
  const importsOf = (path: string) => graph[path] ?? [];

  it("lists the entries, then every module reached through them, each once", () => {
    expect(importClosure(["/a.js", "/b.js"], importsOf)).toEqual([
      "/a.js",
      "/b.js",
      "/island.js",
      "/store.js",
      "/status.js",
      "/lock.js",
    ]);
  });

  it("is empty for a page without scripts", () => {
    expect(importClosure([], importsOf)).toEqual([]);
  });
});

describe("withModulePreloads", () => {
  const graph: Record<string, string[]> = {
    "/_astro/Plan.js": ["/_astro/island.js", "/_astro/store.js"],
    "/_astro/Progress.js": ["/_astro/island.js", "/_astro/debrief.js"],
  };
  const importsOf = (path: string) => graph[path] ?? [];

  it("asks for what each script imports right after it, naming each module once", () => {
    const html =
      '<head><title>Plan</title></head><body><atn-plan></atn-plan><script type="module" src="/_astro/Plan.js"></script>' +
      '<p>Debrief</p><script type="module" src="/_astro/Progress.js"></script></body>';
    expect(withModulePreloads(html, importsOf)).toBe(
      '<head><title>Plan</title></head><body><atn-plan></atn-plan><script type="module" src="/_astro/Plan.js"></script>' +
        '<link rel="modulepreload" href="/_astro/island.js"><link rel="modulepreload" href="/_astro/store.js">' +
        '<p>Debrief</p><script type="module" src="/_astro/Progress.js"></script>' +
        '<link rel="modulepreload" href="/_astro/debrief.js"></body>',
    );
  });

  it("leaves a page without module scripts exactly as it was", () => {
    const html = '<html><head><script type="application/ld+json">{}</script></head><body><p>Advice</p></body></html>';
    expect(withModulePreloads(html, importsOf)).toBe(html);
  });

  it("counts a script twice on the page once", () => {
    const html =
      '<script type="module" src="/_astro/Plan.js"></script><script type="module" src="/_astro/Plan.js"></script>';
    expect(moduleScripts(html)).toEqual(["/_astro/Plan.js"]);
  });
});
