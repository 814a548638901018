/**
 * Every built page, read from dist/: what a reader (or a search engine, or a screen
 * reader before any script runs) gets. These replace the per-page browser loops; the
 * browser checks each page template once (tests/browser/templates.browser.ts).
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  all,
  attr,
  builtPages,
  fileFor,
  meta,
  one,
  pngSize,
  readBuilt,
  scriptsLoadedBy,
  sitemapPaths,
  text,
} from "./support/dist";

const pages = builtPages();
const origin = new URL(
  readBuilt("/sitemap-0.xml")
    .toString()
    .match(/<loc>([^<]+)<\/loc>/)![1]!,
).origin;
/** Pages people reach by address; the 404 page is served for any unknown one. */
const listed = pages.filter((p) => p.path !== "/404.html");

/** Every element that can take focus from the keyboard, in document order. */
const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";

it("finds the whole site: home, advice, plan, letters, search, privacy, about and the 404 page", () => {
  const paths = pages.map((p) => p.path);
  for (const path of ["/", "/advice/", "/plan/", "/letters/", "/search/", "/privacy/", "/about/", "/404.html"])
    expect(paths).toContain(path);
  expect(pages.length).toBeGreaterThan(30);
});

it("the sitemap lists every built page but the 404, and nothing that was not built", () => {
  const inSitemap = sitemapPaths();
  expect([...inSitemap].sort()).toEqual(listed.map((p) => p.path).sort());
});

describe.each(pages)("$path", (p) => {
  it("has English (UK) as its language, one h1, a title and a description", () => {
    expect(attr(one(p.doc, "html"), "lang")).toBe("en-GB");
    expect(all(p.doc, "h1")).toHaveLength(1);
    expect(text(one(p.doc, "h1")).length).toBeGreaterThan(3);
    expect(text(one(p.doc, "head > title")).length).toBeGreaterThan(5);
    expect(all(p.doc, "title")).toHaveLength(1);
    expect((meta(p.doc, "description") ?? "").trim().length).toBeGreaterThan(40);
    expect(attr(one(p.doc, 'meta[name="viewport"]'), "content")).toBe("width=device-width, initial-scale=1");
  });

  it("has share and app metadata: title, description, a 1200 x 630 PNG image, card and theme colours", () => {
    expect(meta(p.doc, "og:title")?.trim()).toBeTruthy();
    expect(meta(p.doc, "og:description")?.trim()).toBeTruthy();
    expect(meta(p.doc, "og:locale")).toBe("en_GB");
    expect(meta(p.doc, "twitter:card")).toMatch(/^summary(_large_image)?$/);
    const image = new URL(meta(p.doc, "og:image")!);
    expect(image.origin).toBe(origin);
    expect(image.pathname).toMatch(/\.png$/);
    expect(pngSize(readBuilt(image.pathname))).toEqual({ width: 1200, height: 630 });
    expect(meta(p.doc, "og:image:alt")?.trim()).toBeTruthy();
    expect(all(p.doc, 'meta[name="theme-color"]')).toHaveLength(2);
  });

  it("starts with a skip link to main, and has one banner, one main and one footer", () => {
    const first = all(p.doc, `body ${FOCUSABLE.split(", ").join(", body ")}`)[0];
    expect(attr(first, "class") ?? "").toContain("skip-link");
    expect(attr(first, "href")).toBe("#main");
    expect(all(p.doc, "main")).toHaveLength(1);
    expect(attr(one(p.doc, "main"), "id")).toBe("main");
    expect(all(p.doc, "body > header")).toHaveLength(1);
    expect(all(p.doc, "body > footer")).toHaveLength(1);
    // Two navigation landmarks a screen reader lists by name.
    expect(all(p.doc, 'nav[aria-label="Main"]')).toHaveLength(1);
    expect(all(p.doc, 'nav[aria-label="About this site"]')).toHaveLength(1);
  });

  it("links, from the footer, to the about page and to help if it is more than disappointment", () => {
    const footer = one(p.doc, "body > footer")!;
    expect(all(footer, 'a[href="/about/"]')).toHaveLength(1);
    const help = all(footer, "a").find((a) => text(a) === "If it is more than disappointment");
    expect(attr(help, "href")).toBe("/advice/the-first-day/#more-than-disappointment");
  });

  it("gives every image a text alternative and hides decorative drawings from screen readers", () => {
    for (const img of all(p.doc, "img")) expect(attr(img, "alt"), attr(img, "src")).toBeDefined();
    for (const svg of all(p.doc, "svg")) {
      const named = attr(svg, "aria-label") || attr(svg, "aria-labelledby") || one(svg, "title");
      expect(attr(svg, "aria-hidden") === "true" || Boolean(named), "an svg with no name is hidden").toBe(true);
    }
  });

  it("carries its content security policy, with a hash for every inline script and style", () => {
    const csp = attr(one(p.doc, 'meta[http-equiv="content-security-policy"]'), "content") ?? "";
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self' mailto:",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    for (const el of all(p.doc, "script:not([src]), style")) {
      if (/json/.test(attr(el, "type") ?? "")) continue;
      const body = el.children.map((c) => ("data" in c ? c.data : "")).join("");
      const hash = createHash("sha256").update(body).digest("base64");
      expect(csp, `inline ${el.name} is allowed by its hash`).toContain(`'sha256-${hash}'`);
    }
  });

  it("has no inline event handlers, style attributes or javascript: links (the CSP would block them)", () => {
    const offending = all(p.doc, "*").flatMap((el) =>
      Object.keys(el.attribs)
        .filter((name) => /^on/i.test(name) || name === "style")
        .map((name) => `<${el.name} ${name}>`),
    );
    expect(offending).toEqual([]);
    const jsLinks = all(p.doc, "a[href], form[action]").filter((el) =>
      /^\s*javascript:/i.test(attr(el, "href") ?? attr(el, "action") ?? ""),
    );
    expect(jsLinks).toHaveLength(0);
  });

  it("loads nothing from another site: scripts, styles, icons, images and frames are all its own", () => {
    expect(all(p.doc, "iframe, object, embed, frame")).toHaveLength(0);
    const loaded = [
      ...all(p.doc, "script[src]").map((el) => attr(el, "src")!),
      ...all(p.doc, "img[src], source[src], audio[src], video[src]").map((el) => attr(el, "src")!),
      ...all(p.doc, "link[href]")
        .filter((el) => !/\b(canonical|alternate|sitemap)\b/.test(attr(el, "rel") ?? ""))
        .map((el) => attr(el, "href")!),
    ];
    expect(loaded.length).toBeGreaterThan(0);
    // A data: URL (the tab icon) comes inside the page; its origin reads "null", not another site's.
    const foreign = loaded.filter(
      (src) => !src.startsWith("data:") && new URL(src, `${origin}${p.path}`).origin !== origin,
    );
    expect(foreign).toEqual([]);
    const missing = loaded.filter(
      (src) => !/^(data|blob):/.test(src) && !fileFor(new URL(src, `${origin}${p.path}`).pathname),
    );
    expect(missing).toEqual([]);
  });

  // Astro links only the entry scripts; their chunks would each wait for the file that imports them.
  it("asks, beside its scripts, for every module they import and nothing else, so none waits for another", () => {
    const entries = all(p.doc, "script[src]").map((el) => attr(el, "src")!);
    const preloaded = all(p.doc, 'link[rel="modulepreload"]').map((el) => attr(el, "href")!);
    expect(preloaded.toSorted()).toEqual(
      scriptsLoadedBy(p)
        .filter((src) => !entries.includes(src))
        .toSorted(),
    );
    // In the head they would share the connection with the rest of the HTML and delay the first paint.
    expect(all(p.doc, 'head link[rel="modulepreload"]')).toHaveLength(0);
  });

  // 70 KB since each page carries its styles inline (about 16 KB on /plan/, the largest).
  it("is at most 70 KB of HTML", () => {
    expect(p.bytes).toBeLessThanOrEqual(70 * 1024);
  });
});

// The 404 page is served at any unknown address, so it names none as its own.
describe.each(listed)("$path", (p) => {
  it("names its own address as canonical, for search engines and shares", () => {
    const canonical = attr(one(p.doc, 'link[rel="canonical"]'), "href");
    expect(canonical).toBe(`${origin}${p.path}`);
    expect(meta(p.doc, "og:url")).toBe(canonical);
  });
});

it("no internal link is broken, fragments included", () => {
  const ids = new Map(pages.map((p) => [p.path, new Set(all(p.doc, "[id]").map((el) => attr(el, "id")!))]));
  const broken: string[] = [];
  let checked = 0;
  for (const p of pages) {
    for (const a of all(p.doc, "a[href]")) {
      const href = attr(a, "href")!;
      if (/^(mailto|tel):/.test(href)) continue;
      const url = new URL(href, `${origin}${p.path}`);
      if (url.origin !== origin) continue;
      checked++;
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${p.path}: ${href} (no such file)`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      // An address fragment may carry data for a script (a share link, #letter=…), not an id.
      if (hash && !hash.includes("=") && url.pathname.endsWith("/") && !ids.get(url.pathname)?.has(hash))
        broken.push(`${p.path}: ${href} (no element with id "${hash}")`);
    }
  }
  expect(checked).toBeGreaterThan(pages.length * 10);
  expect(broken).toEqual([]);
});

it("the feed, llms.txt and robots.txt point to every article (within their limits) and the sitemap", () => {
  const rss = readBuilt("/rss.xml").toString();
  const llms = readBuilt("/llms.txt").toString();
  const robots = readBuilt("/robots.txt").toString();
  const articles = listed.filter((p) => /^\/advice\/[^/]+\/$/.test(p.path)).map((p) => p.path);
  expect(articles.length).toBeGreaterThanOrEqual(3);
  const items = rss.match(/<item>/g)?.length ?? 0;
  // The feed carries the newest 50 and llms.txt names 20 a step: while the library is
  // smaller than that, every article is in both.
  expect(items).toBe(Math.min(50, articles.length));
  if (articles.length <= 50) for (const path of articles) expect(rss).toContain(`${origin}${path}`);
  if (articles.length <= 20) for (const path of articles) expect(llms).toContain(`${origin}${path}`);
  expect(llms.length).toBeGreaterThan(500);
  expect(llms.length).toBeLessThanOrEqual(60 * 1024);
  expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
});

it("the browser tab icon comes inside the page, and the home-screen icon is the size it claims", () => {
  // No page links a web manifest or an icon file: either would be fetched during a first
  // load, and Lighthouse counts it before the first paint (docs/performance.md).
  for (const page of builtPages()) {
    expect(all(page.doc, 'link[rel="manifest"]'), page.path).toEqual([]);
    const icon = attr(one(page.doc, 'link[rel="icon"]'), "href")!;
    expect(icon.startsWith("data:image/svg+xml,"), page.path).toBe(true);
  }
  const home = builtPages().find((p) => p.path === "/")!;
  const svg = decodeURIComponent(attr(one(home.doc, 'link[rel="icon"]'), "href")!.slice("data:image/svg+xml,".length));
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
  expect(svg).toMatch(/<\/svg>$/);
  const touch = attr(one(home.doc, 'link[rel="apple-touch-icon"]'), "href")!;
  expect(pngSize(readBuilt(touch))).toEqual({ width: 180, height: 180 });
});

it("the about page says who writes the site, how advice is checked, how it is funded and how to report a mistake", () => {
  const about = builtPages().find((p) => p.path === "/about/")!;
  const headings = all(about.doc, "main h2").map(text);
  for (const name of ["Who writes it", "How the advice is checked", "How it is paid for", "Found a mistake?"])
    expect(headings).toContain(name);
  expect(text(one(about.doc, "main"))).toContain("no sponsors, no adverts");
});

it("the 404 page says the page could not be found and leads back to the advice", () => {
  const notFound = builtPages().find((p) => p.path === "/404.html")!;
  expect(text(one(notFound.doc, "h1"))).toMatch(/could not find/i);
  expect(all(notFound.doc, "main a").some((a) => text(a) === "All the advice")).toBe(true);
});
