import { defineConfig } from "vitest/config";

// Unit tests sit beside the code they cover (src/**/*.test.ts) and run in Node: the
// modules they import must not touch window or document at import time.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
  },
});
