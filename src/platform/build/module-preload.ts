/**
 * Build step: lists beside each built page's scripts every module they import, as
 * <link rel="modulepreload">. Astro links only a page's entry scripts, so without this a
 * browser finds the shared chunks they import (island start-up, storage, dates) only once
 * an entry has arrived: one more round trip before a tool works. On slow 4G with a 4x
 * slower CPU the tools started 0.6-0.8 s sooner with the links, and first paint did not
 * move (docs/performance.md, 6 December 2026).
 *
 * The links need no change to the content security policy: they fetch the same
 * same-origin files the scripts would, which `script-src 'self'` already allows.
 */
import { readFileSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { init, parse } from "es-module-lexer";

/** The modules a built module imports statically (not `import()`), as site paths. */
export function staticImports(code: string, path: string): string[] {
  const [imports] = parse(code);
  return imports.flatMap((i) =>
    i.type === "static" && i.specifier?.startsWith(".") ? [posix.join(posix.dirname(path), i.specifier)] : [],
  );
}

/** `entries` and every module they import, directly or through each other, each once, in the order found. */
export function importClosure(entries: readonly string[], importsOf: (path: string) => readonly string[]): string[] {
  const seen = new Set(entries);
  const queue = [...seen];
  for (let i = 0; i < queue.length; i++)
    for (const dep of importsOf(queue[i]!))
      if (!seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
  return queue;
}

/** A module script tag as Astro writes it (`<script type="module" src="/_astro/…"></script>`). */
const MODULE_SCRIPT = /<script type="module" src="(\/[^"]+)"><\/script>/g;

/** The page's own module scripts, each once. */
export const moduleScripts = (html: string): string[] => [
  ...new Set([...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!)),
];

/**
 * `html` with, right after each of its module scripts, a modulepreload link for every
 * module that script imports (directly or not) and no earlier link names; unchanged when
 * it has no module scripts. Beside the script, not in the head: the chunks are then asked
 * for at the moment the script is, and do not share the connection with the rest of the
 * page's HTML (in the head they delayed first paint by 30-130 ms on slow 4G).
 */
export function withModulePreloads(html: string, importsOf: (path: string) => readonly string[]): string {
  const entries = moduleScripts(html);
  const linked = new Set(entries);
  return html.replace(MODULE_SCRIPT, (tag, src: string) => {
    const deps = importClosure([src], importsOf).filter((m) => !linked.has(m));
    for (const m of deps) linked.add(m);
    return tag + deps.map((m) => `<link rel="modulepreload" href="${m}">`).join("");
  });
}

/** Adds the links to every HTML file of the build, once Astro has written them. */
export function modulePreloads(): AstroIntegration {
  return {
    name: "after-the-no:module-preload",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await init;
        const known = new Map<string, string[]>();
        const importsOf = (path: string): string[] => {
          let found = known.get(path);
          if (!found) known.set(path, (found = staticImports(readFileSync(join(root, path), "utf8"), path)));
          return found;
        };
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".html"));
        let changed = 0;
        await Promise.all(
          pages.map(async (file) => {
            const html = await readFile(join(root, file), "utf8");
            const linked = withModulePreloads(html, importsOf);
            if (linked === html) return;
            changed++;
            await writeFile(join(root, file), linked);
          }),
        );
        logger.info(`listed the modules of ${changed} pages with scripts for preloading`);
      },
    },
  };
}
