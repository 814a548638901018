/**
 * Reads the built site in dist/ for the Node checks (`*.dist.test.ts`, run by
 * `npm run test:dist` after `npm run build`). What a reader's browser gets without
 * running any script is exactly these files, so headings, meta tags, links and sizes
 * are checked here, every page in seconds, and Chromium is kept for behaviour.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { selectAll, selectOne } from "css-select";
import { getAttributeValue, textContent } from "domutils";
import type { Document, Element } from "domhandler";
import { parseDocument } from "htmlparser2";

export { selectAll, selectOne, textContent };
export type { Document, Element };

/** Where `npm run build` writes the site (ASTRO_OUT_DIR moves it, as in astro.config.mjs). */
export const OUT_DIR = process.env.ASTRO_OUT_DIR ?? "./dist";

/** One built HTML page. */
export interface BuiltPage {
  /** The address it is served at: "/advice/", "/404.html". */
  path: string;
  /** Its file under dist/. */
  file: string;
  /** The HTML as built. */
  html: string;
  /** Size of the HTML in bytes, uncompressed. */
  bytes: number;
  /** The parsed document. */
  doc: Document;
}

/** Fails with the instruction a newcomer needs when there is nothing built to check. */
export function requireBuild(): void {
  if (!existsSync(join(OUT_DIR, "index.html")) || !existsSync(join(OUT_DIR, "sitemap-0.xml")))
    throw new Error(`No built site in ${OUT_DIR}/: run \`npm run build\` first, then \`npm run test:dist\`.`);
}

let cache: BuiltPage[] | undefined;

/** Every built HTML page, parsed once per test file, in path order. */
export function builtPages(): BuiltPage[] {
  if (cache) return cache;
  requireBuild();
  const out: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".html")) {
        const rel = `/${relative(OUT_DIR, file).replaceAll("\\", "/")}`;
        const html = readFileSync(file, "utf8");
        out.push({
          path: rel.replace(/index\.html$/, ""),
          file,
          html,
          bytes: statSync(file).size,
          doc: parseDocument(html),
        });
      }
    }
  };
  walk(OUT_DIR);
  cache = out.sort((a, b) => a.path.localeCompare(b.path));
  return cache;
}

/** The built page served at `path` ("/plan/"); throws when there is none. */
export function page(path: string): BuiltPage {
  const found = builtPages().find((p) => p.path === path);
  if (!found) throw new Error(`no built page at ${path}`);
  return found;
}

/** Every page path the built sitemap lists, e.g. "/advice/". */
export function sitemapPaths(): string[] {
  requireBuild();
  const xml = readFileSync(join(OUT_DIR, "sitemap-0.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Paths of the article pages in the sitemap ("/advice/<slug>/"). */
export const articlePaths = (): string[] => sitemapPaths().filter((p) => /^\/advice\/[^/]+\/$/.test(p));

/** Gzip size in bytes, as a static host would send it. */
export const gzipSize = (body: string | Buffer): number => gzipSync(body, { level: 9 }).length;

/** The first element matching `selector`, or null. */
export const one = (doc: Document | Element, selector: string): Element | null => selectOne(selector, doc);

/** Every element matching `selector`. */
export const all = (doc: Document | Element, selector: string): Element[] => selectAll(selector, doc);

/** An attribute's value, or undefined when the element or attribute is missing. */
export const attr = (el: Element | null | undefined, name: string): string | undefined =>
  el ? getAttributeValue(el, name) : undefined;

/** Text as a reader sees it without styles: whitespace runs become one space. */
export const text = (el: Element | Document | null | undefined): string =>
  el ? textContent(el).replace(/\s+/g, " ").trim() : "";

/** The `content` of `<meta name=…>` or `<meta property=…>`. */
export const meta = (doc: Document, key: string): string | undefined =>
  attr(one(doc, `meta[name="${key}"], meta[property="${key}"]`), "content");

/** The file under dist/ a site path is served from ("/plan/" → dist/plan/index.html), or null. */
export function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith("/") ? [join(OUT_DIR, clean, "index.html")] : [join(OUT_DIR, clean)];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

/** Width and height of a PNG, read from its IHDR chunk. */
export function pngSize(body: Buffer): { width: number; height: number } {
  if (body.subarray(1, 4).toString("latin1") !== "PNG") throw new Error("not a PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** `import … from "./x.js"` and `import "./x.js"` in built modules; `import(…)` is left out (loaded later, if ever). */
const STATIC_IMPORT = /import\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+|[\w$]+)?\s*(?:from\s*)?["'](\.\.?\/[^"']+)["']/g;

/**
 * Every script file a page loads before anyone touches it: its module scripts and
 * the modules they import statically, followed to the end. Paths are site paths
 * ("/_astro/island.abc123.js").
 */
export function scriptsLoadedBy(p: BuiltPage): string[] {
  const queue = all(p.doc, "script[src]").map((s) => attr(s, "src")!);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const file = fileFor(src);
    if (!file) throw new Error(`${p.path} loads ${src}, which is not in ${OUT_DIR}/`);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(STATIC_IMPORT))
      queue.push(posix.join(posix.dirname(src), spec!));
  }
  return [...seen];
}

/** Gzip bytes of the JavaScript a page loads at start: its script files and any inline script. */
export function jsGzipAtLoad(p: BuiltPage): number {
  const files = scriptsLoadedBy(p).reduce((n, src) => n + gzipSize(readFileSync(fileFor(src)!)), 0);
  const inline = all(p.doc, "script:not([src])")
    .filter((s) => !/json/.test(attr(s, "type") ?? ""))
    .map((s) => textContent(s))
    .join("");
  return files + (inline ? gzipSize(inline) : 0);
}

/** Gzip bytes a first visit needs to render `p`: its HTML and every stylesheet it links. */
export function renderGzipFirstVisit(p: BuiltPage): number {
  return gzipSize(p.html) + stylesheetsOf(p).reduce((n, href) => n + gzipSize(readFileSync(fileFor(href)!)), 0);
}

/** The site paths of the stylesheets a page links. */
export const stylesheetsOf = (p: BuiltPage): string[] =>
  all(p.doc, 'link[rel="stylesheet"]').map((l) => attr(l, "href")!);

/** Reads a file under dist/ by its site path ("/rss.xml"). */
export function readBuilt(path: string): Buffer {
  const file = fileFor(path);
  if (!file) throw new Error(`${path} is not in ${OUT_DIR}/`);
  return readFileSync(file);
}
