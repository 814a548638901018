// A plain Node module (not type-checked): the baseline site that scripts/bench.mjs and
// scripts/lighthouse.mjs compare this project against.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

/**
 * node_modules for a temporary project: every package linked from this project's, but a
 * folder of its own, so Astro's and Vite's caches (node_modules/.astro, .vite) are not
 * shared between the two builds or with this worktree.
 */
export function linkNodeModules(dir) {
  const target = join(dir, "node_modules");
  mkdirSync(target);
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (name === ".astro" || name === ".vite") continue;
    symlinkSync(join(ROOT, "node_modules", name), join(target, name));
  }
}

/**
 * A minimal Astro + MDX site: a list of every article and one page per article, with one
 * small inline style. `articles` are { slug, frontMatter, body }; `components` names the
 * MDX components the articles use, each rendered as its children only.
 */
export function writePlainProject(dir, articles, components = []) {
  mkdirSync(join(dir, "src/pages"), { recursive: true });
  mkdirSync(join(dir, "content/advice"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "plain-bench", type: "module", private: true }));
  writeFileSync(
    join(dir, "astro.config.mjs"),
    `import { defineConfig } from "astro/config";\nimport mdx from "@astrojs/mdx";\n` +
      `export default defineConfig({ site: "https://example.org", integrations: [mdx()] });\n`,
  );
  writeFileSync(
    join(dir, "src/content.config.ts"),
    `import { defineCollection } from "astro:content";\nimport { glob } from "astro/loaders";\nimport { z } from "astro/zod";\n` +
      `const advice = defineCollection({ loader: glob({ pattern: "*.mdx", base: "./content/advice" }),` +
      ` schema: z.object({ title: z.string(), summary: z.string() }).passthrough() });\n` +
      `export const collections = { advice };\n`,
  );
  const layout = `<html lang="en"><head><meta charset="utf-8" /><title>{title}</title><style>body{font:1rem/1.5 system-ui;max-width:40rem;margin:auto}</style></head><body><slot /></body></html>`;
  mkdirSync(join(dir, "src/layouts"), { recursive: true });
  writeFileSync(join(dir, "src/layouts/Base.astro"), `---\nconst { title } = Astro.props;\n---\n${layout}\n`);
  mkdirSync(join(dir, "src/components"), { recursive: true });
  writeFileSync(join(dir, "src/components/Children.astro"), "<slot />\n");
  writeFileSync(
    join(dir, "src/pages/index.astro"),
    `---\nimport { getCollection } from "astro:content";\nimport Base from "../layouts/Base.astro";\n` +
      `const all = await getCollection("advice");\n---\n<Base title="Advice"><h1>Advice</h1><ul>` +
      `{all.map((a) => <li><a href={\`/advice/\${a.id}/\`}>{a.data.title}</a>: {a.data.summary}</li>)}</ul></Base>\n`,
  );
  mkdirSync(join(dir, "src/pages/advice"), { recursive: true });
  const componentMap = `{ ${components.map((c) => `${c}: Children`).join(", ")} }`;
  writeFileSync(
    join(dir, "src/pages/advice/[slug].astro"),
    `---\nimport { getCollection, render } from "astro:content";\nimport Base from "../../layouts/Base.astro";\n` +
      `import Children from "../../components/Children.astro";\n` +
      `export async function getStaticPaths() {\n  return (await getCollection("advice")).map((a) => ({ params: { slug: a.id }, props: { a } }));\n}\n` +
      `const { a } = Astro.props;\nconst { Content } = await render(a);\n---\n` +
      `<Base title={a.data.title}><article><h1>{a.data.title}</h1><p>{a.data.summary}</p><Content components={${componentMap}} /></article></Base>\n`,
  );
  for (const a of articles)
    writeFileSync(join(dir, "content/advice", `${a.slug}.mdx`), `${a.frontMatter}\n\n${a.body}\n`);
  linkNodeModules(dir);
}
