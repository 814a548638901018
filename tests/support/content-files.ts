import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export const ADVICE_DIR = "content/advice";

export interface ArticleFile {
  slug: string;
  file: string;
  frontMatter: unknown;
  body: string;
}

/** Every article on disk, split into parsed front matter and MDX body. */
export function readArticles(): ArticleFile[] {
  return readdirSync(ADVICE_DIR)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(ADVICE_DIR, f), "utf8");
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${f}: no front matter block`);
      return { slug: f.replace(/\.mdx$/, ""), file: f, frontMatter: parse(match[1]!), body: match[2]! };
    });
}
