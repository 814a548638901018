// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { pagefindIndex } from "./src/integrations/pagefind.mjs";

// The public address the site is deployed at: canonical URLs, the sitemap and the
// RSS feed need an absolute origin. Override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? "https://afterthe.no";

export default defineConfig({
  site,
  trailingSlash: "always",
  outDir: process.env.ASTRO_OUT_DIR ?? "./dist",
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes("/404") }), pagefindIndex()],
  build: {
    // Every page renders from its first response: all CSS is inlined (and hashed by the CSP).
    inlineStylesheets: "always",
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
