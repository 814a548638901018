import { configDefaults, defineConfig } from "vitest/config";

// Unit tests sit beside the code they cover (src/**/*.test.ts) and run in Node: the
// modules they import must not touch window or document at import time. Checks over
// the built site (*.dist.test.ts) need `npm run build` first and have their own config.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "**/*.dist.test.ts"],
    environment: "node",
  },
});
