import { getCollection, type CollectionEntry } from "astro:content";
import { articleSource, type WithFacts } from "./articles";

export type Article = CollectionEntry<"advice">;
/** An article with its word count and reading time. */
export type ArticleWithFacts = WithFacts<Article>;

/**
 * Every article, in journey order, each with its word count and reading time, computed
 * once per build. In `astro dev` the list is rebuilt on each call so edits show, but
 * unchanged bodies keep their counted facts.
 */
export const getArticles: () => Promise<ArticleWithFacts[]> = articleSource(() => getCollection("advice"), {
  cache: !import.meta.env.DEV,
});
