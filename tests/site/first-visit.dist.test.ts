import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

// Budgets read from the built site (run after `npm run build`; `npm test` does). A browser
// is not needed to know what a page asks for before it can paint: that is in its HTML.
const OUT_DIR = process.env.ASTRO_OUT_DIR ?? "./dist";
const KB = 1024;
const gzipSize = (body: string | Buffer) => gzipSync(body, { level: 9 }).length;

/** Every built HTML page as its URL path ("/advice/", "/404.html") with its text. */
function builtPages(): { path: string; html: string }[] {
  const out: { path: string; html: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".html")) {
        const rel = `/${relative(OUT_DIR, file).replaceAll("\\", "/")}`;
        out.push({ path: rel.replace(/index\.html$/, ""), html: readFileSync(file, "utf8") });
      }
    }
  };
  walk(OUT_DIR);
  return out;
}

/** What the browser must fetch before the first paint: linked stylesheets and classic scripts in the head. */
function renderBlocking(html: string): string[] {
  const head = html.slice(0, html.indexOf("</head>"));
  const sheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .filter((m) => !/\bmedia="(print|not all)"/.test(m[0]))
    .map((m) => /\bhref="([^"]+)"/.exec(m[0])![1]!);
  const scripts = [...head.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)]
    .filter((m) => !/\b(type="module"|defer|async)\b/.test(m[0]))
    .map((m) => m[1]!);
  return [...sheets, ...scripts];
}

const inlineCss = (html: string) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join("");

const pages = existsSync(OUT_DIR) ? builtPages() : [];
/** One page of each type; each must exist, so a renamed route fails here instead of passing unmeasured. */
const PAGE_TYPES = [
  "/",
  "/advice/",
  "/advice/asking-for-feedback/",
  "/advice/step/reply/",
  "/plan/",
  "/letters/",
  "/letters/feedback-request/",
  "/letters/phone-script/",
  "/search/",
  "/privacy/",
  "/about/",
  "/404.html",
];

describe("the built site", () => {
  it("has been built, with every page type present", () => {
    expect(pages.length, `no HTML in ${OUT_DIR}: run npm run build first`).toBeGreaterThan(20);
    expect(PAGE_TYPES.filter((p) => !pages.some((page) => page.path === p))).toEqual([]);
  });
});

describe("a first visit paints from one round trip", () => {
  it.each(PAGE_TYPES)("%s needs nothing but its HTML before the first paint", (path) => {
    const page = pages.find((p) => p.path === path)!;
    expect(renderBlocking(page.html)).toEqual([]);
  });

  it("every page's HTML and the styles it paints with are at most 14 KB gzip (one TCP initial window)", () => {
    const sizes = pages.map((p) => ({
      path: p.path,
      bytes:
        gzipSize(p.html) +
        renderBlocking(p.html).reduce((n, href) => n + gzipSize(readFileSync(join(OUT_DIR, href))), 0),
    }));
    // Lower bound: a page with its styles is never under 3 KB; less means nothing was measured.
    expect(Math.min(...sizes.map((s) => s.bytes))).toBeGreaterThan(3 * KB);
    expect(sizes.filter((s) => s.bytes > 14 * KB)).toEqual([]);
  });

  it("every page carries its own styles, each allowed by a hash in its content security policy", () => {
    const missing = pages.filter((p) => {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(p.html)?.[1] ?? "";
      const styles = [...p.html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      if (styles.length === 0) return true;
      return styles.some((css) => !csp.includes(`'sha256-${createHash("sha256").update(css).digest("base64")}'`));
    });
    expect(missing.map((p) => p.path)).toEqual([]);
  });
});

describe("later pages", () => {
  it("repeat at most 4.5 KB gzip of styles each (the price of painting the first page in one round trip)", () => {
    const sizes = pages.map((p) => ({ path: p.path, css: gzipSize(inlineCss(p.html)) }));
    expect(Math.min(...sizes.map((s) => s.css))).toBeGreaterThan(1 * KB);
    expect(sizes.filter((s) => s.css > 4.5 * KB)).toEqual([]);
  });

  // 70 KB since styles are inline (about 16 KB on /plan/, the largest page); gzip is what a reader waits for.
  it("no built page is over 70 KB of HTML (uncompressed)", () => {
    const tooBig = pages.filter((p) => Buffer.byteLength(p.html) > 70 * KB).map((p) => p.path);
    expect(tooBig).toEqual([]);
  });
});
