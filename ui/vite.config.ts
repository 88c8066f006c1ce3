import { defineConfig } from "vitest/config";

// `vite build` makes the UI the desktop app embeds; `vite build --mode web` makes the same UI on the in-browser
// backend, for the Playwright tests.
export default defineConfig({
  base: "./",
  build: {
    target: "safari15",
    assetsInlineLimit: 0,
  },
  css: {
    preprocessorOptions: {
      scss: { loadPaths: ["node_modules"], quietDeps: true },
    },
  },
  server: { fs: { allow: [".."] } },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.ts"],
  },
});
