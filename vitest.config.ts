import { defineConfig } from "vitest/config";

// Unit tests run in Node: the modules they cover must not touch window or document
// at import time (see ../shared/STYLE.md, "thin islands, pure modules").
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
  },
});
