import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getArticles } from "../features/advice/advice";
import { LISTING, newestFirst } from "../features/advice/articles";
import { SITE, SITE_ORIGIN } from "../platform/site";

export async function GET(context: APIContext) {
  // The newest articles only: a feed reader wants what changed, and the feed stays small.
  const articles = newestFirst(await getArticles(), LISTING.feed);
  return rss({
    title: `${SITE.name}: advice`,
    description: SITE.description,
    site: context.site ?? SITE_ORIGIN,
    customData: "<language>en-GB</language>",
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.summary,
      link: `/advice/${a.id}/`,
      pubDate: new Date(`${a.data.lastReviewed}T00:00:00Z`),
    })),
  });
}
