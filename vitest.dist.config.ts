import { defineConfig } from "vitest/config";

// Checks over the built site (`npm run build` first): every page's HTML, links, meta
// tags and byte budgets, read from dist/ in Node. Whole-site checks live in tests/site/,
// a feature's own beside it (src/features/<feature>/*.dist.test.ts).
export default defineConfig({
  test: {
    include: ["tests/site/**/*.dist.test.ts", "src/**/*.dist.test.ts"],
    environment: "node",
    globalSetup: ["tests/site/support/require-build.ts"],
  },
});
