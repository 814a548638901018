// @ts-check
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { toVocabularyWords } from "../lib/search.ts";

/** Where the spelling vocabulary is served from; the search island fetches it only when a query finds nothing. */
export const VOCABULARY_PATH = "search/vocabulary.json";

/** Pagefind writes each fragment as gzip of this signature followed by the page's JSON. */
const FRAGMENT_SIGNATURE = "pagefind_dcd";

/**
 * Builds the spelling vocabulary from the text Pagefind itself indexed (its fragments),
 * so every word offered as a correction is one a search can find. Most used words come
 * first, which is how the island breaks ties between equally near words.
 * @param {string} pagefindDir
 * @param {string} site
 */
async function writeVocabulary(pagefindDir, site) {
  const fragmentDir = join(pagefindDir, "fragment");
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const file of await readdir(fragmentDir)) {
    const raw = gunzipSync(await readFile(join(fragmentDir, file))).toString("utf8");
    const json = raw.startsWith(FRAGMENT_SIGNATURE) ? raw.slice(FRAGMENT_SIGNATURE.length) : raw;
    const page = JSON.parse(json);
    for (const word of toVocabularyWords(`${page.meta?.title ?? ""} ${page.content ?? ""}`))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  const out = join(site, VOCABULARY_PATH);
  await mkdir(join(out, ".."), { recursive: true });
  await writeFile(out, JSON.stringify({ words }));
  return words.length;
}

const TYPES = { ".js": "text/javascript", ".json": "application/json", ".css": "text/css" };

/**
 * Builds the Pagefind search index into the build output once Astro has written
 * the pages, so `npm run build` alone yields a searchable site and the index is
 * never copied into public/. Under `astro dev` it serves the index of the last build
 * (if there is one), so search works while developing; the island says how to make
 * one when there is none.
 * @returns {import("astro").AstroIntegration}
 */
export function pagefindIndex() {
  /** @type {string} */
  let outDir = "";
  return {
    name: "after-the-no:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:server:setup": ({ server, logger }) => {
        const served = [`/pagefind/`, `/${VOCABULARY_PATH}`];
        if (!existsSync(join(outDir, "pagefind"))) logger.warn("no search index yet: run `npm run build` once");
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? "").split("?")[0] ?? "");
          if (!served.some((p) => path.startsWith(p))) return next();
          const file = normalize(join(outDir, path));
          if (!file.startsWith(outDir.endsWith(sep) ? outDir : outDir + sep) || !existsSync(file)) return next();
          res.setHeader(
            "Content-Type",
            TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? "application/octet-stream",
          );
          res.end(readFileSync(file));
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind write failed: ${written.errors.join("; ")}`);
        await pagefind.close();
        const words = await writeVocabulary(`${site}pagefind`, site);
        logger.info(`indexed ${added.page_count} pages; spelling vocabulary of ${words} words`);
      },
    },
  };
}
