// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { pagefindIndex } from "./src/features/search/pagefind-integration.mjs";

// The public address the site is deployed at: canonical URLs, the sitemap and the
// RSS feed need an absolute origin. Override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? "https://afterthe.no";

export default defineConfig({
  site,
  trailingSlash: "always",
  outDir: process.env.ASTRO_OUT_DIR ?? "./dist",
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes("/404") }), pagefindIndex()],
  build: {
    // Styles are served as a content-hashed file under /_astro/ (cached for a year by
    // public/_headers), not inlined, so each page's HTML carries none of it. Measured
    // (gzip, tests/browser/budgets.browser.ts): an article's first visit is 10.6 KB of HTML and
    // CSS (budget 14 KB); a second article costs its 5.2 KB of HTML, the stylesheet
    // coming from the cache.
    inlineStylesheets: "never",
    // Pages render eight at a time: while one waits (file writes, CSP hashing), others
    // render. At 1,000 articles 8 beat 4 by about 0.25 s and 4 beat 1 by about a second;
    // 16 was no faster (README, "Build size and speed").
    concurrency: 8,
  },
  // No syntax highlighting: the advice has no code, and Shiki's inline styles would be
  // blocked by the content security policy below if it ever did (Astro warns as much).
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // One stylesheet for the whole site (about 5 KB gzip), cached after the first page,
      // instead of one per component group. Astro hashes every stylesheet a page links
      // into its CSP meta tag while rendering, so fewer files is also a faster build:
      // at 1,000 articles this cut about 0.8 s (scripts/bench.mjs, README).
      cssCodeSplit: false,
      rollupOptions: {
        // Every MDX article logs the same harmless warning about Astro's own
        // "use astro:head-inject" directive (2,000 code frames at 1,000 articles), which
        // buries any warning that matters. Only that one is dropped.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject")) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self' mailto:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
