import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import type * as Axe from "axe-core";
import { expect, type Page } from "@playwright/test";

export const OUT_DIR = process.env.ASTRO_OUT_DIR ?? "./dist";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Every page path the built sitemap lists, e.g. "/advice/". */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(OUT_DIR, "sitemap-0.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Paths of the article pages in the sitemap. */
export const articlePaths = () => sitemapPaths().filter((p) => /^\/advice\/[^/]+\/$/.test(p));

/** Gzip size in bytes, as a static host would send it. */
export const gzipSize = (body: string | Buffer) => gzipSync(body, { level: 9 }).length;

/** axe-core's browser build, put into each page by expectNoAxeViolations. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe with the WCAG 2.2 AA rule set and fails with the violations listed.
 * axe-core is put in each document once and run with its own `axe.run`: @axe-core/playwright's
 * AxeBuilder injected it again and opened a blank page for every check, which made a check cost
 * 1.3–2.5 s instead of 0.1–0.6 s on our machines.
 * (Playwright's evaluate is not bound by the page's content security policy.)
 */
export async function expectNoAxeViolations(page: Page, context = "") {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const summary = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof Axe };
    const results = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, WCAG_TAGS);
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/**
 * Watches a page for the things that must never happen on this site: console errors,
 * CSP violations, uncaught exceptions and requests to any other origin.
 */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`uncaught: ${err.message}`));
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== origin)
      problems.push(`third-party request: ${req.url()}`);
  });
  return {
    problems,
    async cspViolations(): Promise<string[]> {
      return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    },
  };
}

/** Records CSP violations in window.__csp from the first script that runs. */
export async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** One response a meter saw: its URL and the bytes it cost on the wire (body as sent, plus headers). */
export interface MeteredResponse {
  url: string;
  bodyBytes: number;
  headerBytes: number;
}

/**
 * Meters the responses whose URL matches `match`, counting bytes as they crossed the
 * wire (compressed body plus headers). Playwright reports sizes only after a request
 * finishes, asynchronously: `settle()` waits for every pending measurement, so a
 * total is never read before the bodies it adds up have arrived.
 */
export function meterResponses(page: Page, match: (url: string) => boolean = () => true) {
  const pending: Promise<MeteredResponse>[] = [];
  page.on("requestfinished", (request) => {
    if (!match(request.url())) return;
    pending.push(
      request
        .sizes()
        .then((s) => ({ url: request.url(), bodyBytes: s.responseBodySize, headerBytes: s.responseHeadersSize })),
    );
  });
  return {
    /** Every metered response so far, once each one's size is known. */
    async settle(): Promise<MeteredResponse[]> {
      let seen = -1;
      // Measurements can start while earlier ones settle: wait until the list stops growing.
      while (seen !== pending.length) {
        seen = pending.length;
        await Promise.all(pending);
      }
      return Promise.all(pending);
    },
    /** Total bytes on the wire of every metered response so far. */
    async total(): Promise<number> {
      return (await this.settle()).reduce((n, r) => n + r.bodyBytes + r.headerBytes, 0);
    },
  };
}

/**
 * Collects the bodies of responses whose URL matches `match`, awaiting each one
 * (`response.body()` is a promise: summing inside the event handler reads too early).
 */
export function collectBodies(page: Page, match: (url: string, resourceType: string) => boolean) {
  const pending: Promise<{ url: string; body: Buffer }>[] = [];
  page.on("response", (response) => {
    if (!match(response.url(), response.request().resourceType())) return;
    pending.push(response.body().then((body) => ({ url: response.url(), body })));
  });
  return {
    async all(): Promise<{ url: string; body: Buffer }[]> {
      let seen = -1;
      while (seen !== pending.length) {
        seen = pending.length;
        await Promise.all(pending);
      }
      return Promise.all(pending);
    },
  };
}
