import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test, type Page, type Response } from "@playwright/test";
import { LISTING } from "../../src/features/advice/articles";
import { OUT_DIR, articlePaths, gzipSize, sitemapPaths } from "./helpers";

/** Every built HTML page as its URL path ("/advice/", "/404.html"). */
function builtPages(): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".html")) {
        const rel = `/${relative(OUT_DIR, file).replaceAll("\\", "/")}`;
        out.push({ path: rel.replace(/index\.html$/, ""), bytes: statSync(file).size });
      }
    }
  };
  walk(OUT_DIR);
  return out;
}

/**
 * Loads `path` in `page` and returns what the browser fetched for it (document,
 * stylesheets, scripts), each body awaited, so a byte count is never taken early.
 */
async function load(page: Page, path: string) {
  const pending: Promise<{ url: string; type: string; status: number; body: Buffer }>[] = [];
  const onResponse = (res: Response) => {
    const type = res.request().resourceType();
    if (!["document", "stylesheet", "script"].includes(type)) return;
    // A 304 (the preview server revalidating a cached file) has no body: nothing was sent again.
    const body = res.status() === 304 ? Promise.resolve(Buffer.alloc(0)) : res.body();
    pending.push(body.then((b) => ({ url: res.url(), type, status: res.status(), body: b })));
  };
  page.on("response", onResponse);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  const fetched = await Promise.all(pending);
  const stylesheets = await page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  return { fetched, stylesheets };
}

const renderBytes = (list: { type: string; body: Buffer }[]) =>
  list.filter((r) => r.type !== "script").reduce((n, r) => n + gzipSize(r.body), 0);

test.describe("first visit and second page", () => {
  const [first, second] = articlePaths();

  test("a first visit to an article renders from at most 14 KB gzip of HTML and CSS", async ({ page }) => {
    const { fetched, stylesheets } = await load(page, first!);
    expect(fetched.map((r) => r.status).filter((status) => status !== 200)).toEqual([]);
    // Every stylesheet the page links was fetched and counted (none skipped as cached).
    const cssUrls = fetched.filter((r) => r.type === "stylesheet").map((r) => r.url);
    expect(cssUrls.sort()).toEqual([...stylesheets].sort());
    const bytes = renderBytes(fetched);
    test.info().annotations.push({ type: "first visit HTML+CSS gzip bytes", description: String(bytes) });
    // Lower bound: an article with its styles is never a few hundred bytes; 0 means nothing was measured.
    expect(bytes).toBeGreaterThan(3 * 1024);
    expect(bytes).toBeLessThanOrEqual(14 * 1024);
  });

  test("a second article costs less than the first: shared CSS comes from the cache", async ({ page }) => {
    const visit1 = await load(page, first!);
    const seen = new Map(visit1.fetched.map((r) => [r.url, r]));
    const visit2 = await load(page, second!);
    // What a second page costs on a host that caches /_astro/* (public/_headers): its HTML,
    // plus any stylesheet the first page did not already fetch.
    const fresh = visit2.fetched.filter((r) => r.type === "document" || !seen.has(r.url));
    const secondBytes = renderBytes(fresh);
    // The same page with nothing cached: its HTML plus every stylesheet it links.
    const cold = [
      ...fresh,
      ...visit2.fetched.filter((r) => r.type !== "document" && seen.has(r.url)).map((r) => seen.get(r.url)!),
    ];
    const coldBytes = renderBytes(cold);
    test
      .info()
      .annotations.push(
        { type: "second page HTML+CSS gzip bytes", description: String(secondBytes) },
        { type: "same page on a first visit", description: String(coldBytes) },
      );
    expect(secondBytes).toBeGreaterThan(1024);
    // Shared styles are cacheable files with content hashes in their names.
    for (const href of visit2.stylesheets) expect(new URL(href).pathname).toMatch(/^\/_astro\/.+\.[\w-]{8,}\.css$/);
    expect(visit2.stylesheets.some((href) => seen.has(href))).toBe(true);
    expect(secondBytes).toBeLessThan(coldBytes - 1024);
  });
});

test.describe("listing pages stay small as the library grows", () => {
  test("no built page is over 60 KB of HTML", () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(10);
    const tooBig = pages.filter((p) => p.bytes > 60 * 1024).map((p) => `${p.path}: ${p.bytes} bytes`);
    expect(tooBig).toEqual([]);
  });

  test("/advice/ shows a bounded number of articles per step and links to each step's full list", async ({ page }) => {
    await page.goto("/advice/");
    const sections = page.locator("main section");
    expect(await sections.count()).toBeGreaterThan(0);
    for (const section of await sections.all()) {
      const articles = section.locator('li a[href^="/advice/"]');
      expect(await articles.count()).toBeGreaterThan(0);
      expect(await articles.count()).toBeLessThanOrEqual(LISTING.perStepOnAdvice);
    }
  });

  test("every article is linked from /advice/ or the step lists it leads to", async ({ request }) => {
    // Crawl from /advice/ through the step lists and their pages, as a reader (or a crawler) would.
    const isListing = (p: string) => p === "/advice/" || p.startsWith("/advice/step/");
    const queue = ["/advice/"];
    const visited = new Set<string>();
    const linked = new Set<string>();
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (visited.has(path)) continue;
      visited.add(path);
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      for (const [, href] of (await res.text()).matchAll(/href="(\/advice\/[^"#]*)"/g)) {
        if (isListing(href!)) queue.push(href!);
        else linked.add(href!);
      }
    }
    const articles = articlePaths();
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.filter((p) => !linked.has(p))).toEqual([]);
  });

  test("the sitemap lists every built page but the 404", () => {
    const listed = new Set(sitemapPaths());
    const missing = builtPages()
      .map((p) => p.path)
      .filter((p) => p !== "/404.html" && !listed.has(p));
    expect(missing).toEqual([]);
  });

  test("the feed and llms.txt stay bounded", async ({ request }) => {
    const rss = await (await request.get("/rss.xml")).text();
    const items = rss.match(/<item>/g)?.length ?? 0;
    expect(items).toBeGreaterThan(0);
    expect(items).toBeLessThanOrEqual(Math.min(LISTING.feed, articlePaths().length));
    const llms = await (await request.get("/llms.txt")).text();
    expect(llms.length).toBeGreaterThan(500);
    expect(llms.length).toBeLessThanOrEqual(60 * 1024);
  });
});
