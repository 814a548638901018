import { defineConfig } from "vitest/config";

// Checks over the built site (dist/, or ASTRO_OUT_DIR): run after `npm run build`, as `npm test` does.
export default defineConfig({
  test: {
    include: ["tests/built/**/*.test.ts"],
    environment: "node",
  },
});
