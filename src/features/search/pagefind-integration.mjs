// @ts-check
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { toVocabularyWords, VOCABULARY_PATH } from "./search.ts";

export { VOCABULARY_PATH };

/** Pagefind writes each fragment as gzip of this signature followed by the page's JSON. */
const FRAGMENT_SIGNATURE = "pagefind_dcd";

/**
 * The spelling vocabulary, from the text Pagefind itself indexed (its page fragments),
 * so every word offered as a correction is one a search can find. Most used words come
 * first, which is how the island breaks ties between equally near words.
 * @param {Iterable<Uint8Array>} fragments Pagefind's fragment files, as written
 * @returns {string[]}
 */
export function vocabularyFrom(fragments) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const fragment of fragments) {
    const raw = gunzipSync(fragment).toString("utf8");
    const json = raw.startsWith(FRAGMENT_SIGNATURE) ? raw.slice(FRAGMENT_SIGNATURE.length) : raw;
    const page = JSON.parse(json);
    for (const word of toVocabularyWords(`${page.meta?.title ?? ""} ${page.content ?? ""}`))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}

/**
 * Writes Pagefind's files (from `index.getFiles()`) under `dir`, and the vocabulary made
 * from their fragments while the writes are under way. Pagefind's own `writeFiles` would
 * write the same files (checked byte for byte), but then the fragments must be read back
 * from disk for the vocabulary: at 1,000 articles this way is about 0.15 s quicker.
 * @param {{ path: string; content: Uint8Array }[]} files
 * @param {string} dir the site's output folder
 * @returns {Promise<number>} words in the vocabulary
 */
export async function writeIndex(files, dir) {
  const out = join(dir, "pagefind");
  const folders = new Set(files.map((f) => dirname(join(out, f.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  const writing = Promise.all(files.map((f) => writeFile(join(out, f.path), f.content)));
  const words = vocabularyFrom(files.filter((f) => f.path.startsWith("fragment/")).map((f) => f.content));
  const vocabulary = join(dir, VOCABULARY_PATH);
  await mkdir(dirname(vocabulary), { recursive: true });
  await Promise.all([writing, writeFile(vocabulary, JSON.stringify({ words }))]);
  return words.length;
}

/** A new Pagefind index for this site's English pages. */
async function openIndex() {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  return index;
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
        const started = performance.now();
        const index = await openIndex();
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
        const built = await index.getFiles();
        if (built.errors.length) throw new Error(`Pagefind could not build the index: ${built.errors.join("; ")}`);
        await pagefind.close();
        const words = await writeIndex(built.files, site);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        // scripts/bench.mjs reads "in … s" to report how much of a build is search indexing.
        logger.info(`indexed ${added.page_count} pages in ${seconds} s; spelling vocabulary of ${words} words`);
      },
    },
  };
}
