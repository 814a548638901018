// @ts-check
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/**
 * Builds the Pagefind search index into the build output once Astro has written
 * the pages, so `npm run build` alone yields a searchable site and the index is
 * never copied into public/.
 * @returns {import("astro").AstroIntegration}
 */
export function pagefindIndex() {
  return {
    name: "after-the-no:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind write failed: ${written.errors.join("; ")}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
