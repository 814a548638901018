import type { APIContext } from "astro";
import { SITE_ORIGIN } from "../platform/site";

export function GET(context: APIContext) {
  const sitemap = new URL("/sitemap-index.xml", context.site ?? SITE_ORIGIN).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
