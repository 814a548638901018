import type { APIContext } from "astro";
import { getArticles } from "../features/advice/advice";
import { LISTING, groupByStep, stepListPath } from "../features/advice/articles";
import { JOURNEY } from "../features/advice/journey";
import { SITE, SITE_ORIGIN } from "../platform/site";

// llms.txt (https://llmstxt.org): a plain Markdown map of the site for language-model readers.
export async function GET(context: APIContext) {
  const groups = groupByStep(JOURNEY, await getArticles());
  const origin = context.site ?? new URL(SITE_ORIGIN);
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
    // Grouped by journey step; a step with many articles names its first few and links
    // to its full list, so this file stays a map rather than a copy of the library.
    ...groups.flatMap(({ step, items }) => [
      `### ${step.title}`,
      "",
      ...items
        .slice(0, LISTING.perStepInLlms)
        .map((a) => `- [${a.data.title}](${url(`/advice/${a.id}/`)}): ${a.data.summary}`),
      ...(items.length > LISTING.perStepInLlms
        ? [`- [All ${items.length} articles on this step](${url(stepListPath(step.id))})`]
        : []),
      "",
    ]),
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
