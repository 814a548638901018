import { getCollection, type CollectionEntry } from "astro:content";
import { readingMinutes, sortByJourney } from "./articles";

export type Article = CollectionEntry<"advice">;

/** Every article, in journey order, each with its reading time. */
export async function getArticles(): Promise<(Article & { minutes: number })[]> {
  const all = await getCollection("advice");
  return sortByJourney(all).map((a) => Object.assign(a, { minutes: readingMinutes(a.body ?? "") }));
}
