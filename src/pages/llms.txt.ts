import type { APIContext } from "astro";
import { getArticles } from "../lib/advice";
import { SITE } from "../site";

// llms.txt (https://llmstxt.org): a plain Markdown map of the site for language-model readers.
export async function GET(context: APIContext) {
  const articles = await getArticles();
  const origin = context.site ?? new URL("https://afterthe.no");
  const url = (path: string) => new URL(path, origin).href;
  const lines = [
    `# ${SITE.name}`,
    "",
    `> ${SITE.description}`,
    "",
    "Written in British English for people in the UK. Independent: no sponsorship, adverts or affiliate links.",
    "",
    "## Advice",
    "",
    ...articles.map((a) => `- [${a.data.title}](${url(`/advice/${a.id}/`)}): ${a.data.summary}`),
    "",
    "## Tools",
    "",
    `- [Recovery plan](${url("/plan/")}): steps to tick off, kept only in the reader's browser.`,
    `- [Letter builder](${url("/letters/")}): feedback requests, thank-you notes and related letters.`,
    "",
    "## Optional",
    "",
    `- [Privacy](${url("/privacy/")}): what the site keeps (nothing on a server).`,
    "",
  ];
  return new Response(lines.join("\n"), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
