import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "dist-web", "test-results", "playwright-report"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The Tauri API is reached through src/backend/tauri.ts only: one seam to the Rust side.
      "no-restricted-imports": ["error", { patterns: [{ group: ["@tauri-apps/*"], message: "Use src/backend." }] }],
    },
  },
  {
    files: ["src/backend/tauri.ts"],
    rules: { "no-restricted-imports": "off" },
  },
);
