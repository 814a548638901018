import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { describe, expect, it } from "vitest";
import { VOCABULARY_PATH, vocabularyFrom, writeIndex } from "./pagefind-integration.mjs";

describe("vocabularyFrom", () => {
  /** A fragment file as Pagefind writes it: gzip of a signature and the page's JSON. */
  const fragment = (title: string, content: string) =>
    gzipSync(`pagefind_dcd${JSON.stringify({ url: "/x/", content, meta: { title }, filters: {} })}`);

  it("counts each word over every page's title and text, most used first, ties in alphabetical order", () => {
    const words = vocabularyFrom([
      fragment("Asking for feedback", "Feedback helps. Ask politely."),
      fragment("Rejection", "Feedback after rejection is rare."),
    ]);
    // feedback ×3, rejection ×2, then the words used once, alphabetically.
    expect(words).toEqual(["feedback", "rejection", "after", "ask", "asking", "for", "helps", "politely", "rare"]);
  });

  it("has no words when there are no pages", () => {
    expect(vocabularyFrom([])).toEqual([]);
  });
});

describe("writeIndex", () => {
  it("writes the same files Pagefind's own writeFiles would, and a vocabulary of the indexed words", async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error("Pagefind did not start");
    const page = (title: string, text: string) =>
      `<html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main><nav data-pagefind-ignore>Skip menu</nav></body></html>`;
    await index.addHTMLFile({
      sourcePath: "advice/one/index.html",
      content: page("Asking for feedback", "Send it within a week."),
    });
    await index.addHTMLFile({
      sourcePath: "advice/two/index.html",
      content: page("Silence", "No reply after a week."),
    });
    const ours = await mkdtemp(join(tmpdir(), "atn-pagefind-ours-"));
    const theirs = await mkdtemp(join(tmpdir(), "atn-pagefind-theirs-"));
    try {
      const { files } = await index.getFiles();
      const words = await writeIndex(files, ours);
      await index.writeFiles({ outputPath: join(theirs, "pagefind") });
      const list = async (dir: string) => (await readdir(dir, { recursive: true })).sort();
      expect(await list(join(ours, "pagefind"))).toEqual(await list(join(theirs, "pagefind")));
      for (const file of await list(join(theirs, "pagefind"))) {
        const path = join("pagefind", file);
        if ((await stat(join(theirs, path))).isFile())
          expect(Buffer.compare(await readFile(join(ours, path)), await readFile(join(theirs, path)))).toBe(0);
      }
      const vocabulary = JSON.parse(await readFile(join(ours, VOCABULARY_PATH), "utf8"));
      expect(vocabulary.words).toHaveLength(words);
      // Titles count twice (Pagefind's title and the heading); "week" is on both pages. Words
      // used twice come first, alphabetically; the ignored menu is not indexed, so not offered.
      expect(vocabulary.words.slice(0, 5)).toEqual(["asking", "feedback", "for", "silence", "week"]);
      expect(vocabulary.words).toEqual(expect.arrayContaining(["after", "reply", "send", "within"]));
      expect(vocabulary.words).not.toContain("menu");
    } finally {
      await pagefind.close();
      await rm(ours, { recursive: true, force: true });
      await rm(theirs, { recursive: true, force: true });
    }
  });
});
