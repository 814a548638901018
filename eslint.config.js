// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";
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
);
