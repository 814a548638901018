// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", ".astro/", "node_modules/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Inline handlers break under the site's content security policy.
      "astro/no-set-html-directive": "error",
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Build nodes with textContent; user text must never become markup." },
        { property: "outerHTML", message: "Build nodes with textContent; user text must never become markup." },
        {
          property: "insertAdjacentHTML",
          message: "Build nodes with textContent; user text must never become markup.",
        },
      ],
    },
  },
  {
    // Imports run one way: pages compose features, features use the platform, and the
    // platform knows no feature. A cycle, or an import against that flow, fails lint.
    files: ["**/*.{ts,mjs,js,astro}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver()],
      // Which files' own imports are followed when looking for a cycle.
      "import-x/extensions": [".ts", ".mjs", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".mjs", ".js"] },
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/platform",
              from: ["./src/features", "./src/components", "./src/pages", "./src/layouts"],
              message: "Platform code is shared by every feature and may import none of them.",
            },
            {
              target: "./src/features",
              from: ["./src/pages", "./src/layouts"],
              message: "Pages compose features; a feature may not import a page.",
            },
          ],
        },
      ],
    },
  },
);
