// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { pagefindIndex } from "./src/features/search/pagefind-integration.mjs";
import { modulePreloads } from "./src/platform/build/module-preload.ts";
import { SITE_ORIGIN } from "./src/platform/site.ts";

// The public address the site is deployed at: canonical URLs, the sitemap and the
// RSS feed need an absolute origin. Override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? SITE_ORIGIN;

export default defineConfig({
  site,
  trailingSlash: "always",
  outDir: process.env.ASTRO_OUT_DIR ?? "./dist",
  // modulePreloads lists each page's script chunks beside its scripts, so a tool starts one round trip sooner.
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes("/404") }), modulePreloads(), pagefindIndex()],
  build: {
    // Every page carries the styles it uses in its own HTML, so a first visit paints from
    // one round trip; later pages repeat those few KB (docs/performance.md).
    inlineStylesheets: "always",
    // Pages render eight at a time, so file writes and CSP hashing overlap rendering.
    concurrency: 8,
  },
  // No syntax highlighting: the advice has no code, and Shiki's inline styles would be
  // blocked by the content security policy below if it ever did (Astro warns as much).
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // Each page inlines only the styles of the components it renders, not the whole site's.
      cssCodeSplit: true,
      rollupOptions: {
        // Every MDX article logs the same harmless warning about Astro's own
        // "use astro:head-inject" directive, burying warnings that matter: only that one goes.
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
