import { defineConfig } from "@playwright/test";

// The UI built with the in-browser backend (`npm run build:web`), served with the app's real operations by the
// pathfinder-web-backend test server, in Debian's Chromium: no browser download.
const port = Number(process.env.PATHFINDER_UI_PORT ?? 4173);
const server = process.env.PATHFINDER_WEB_BACKEND ?? "../target/debug/pathfinder-web-backend";
// The hub's dashboard, on a seeded throwaway database (scripts/dashboard-fixture.sh).
const hubPort = Number(process.env.PATHFINDER_HUB_TEST_PORT ?? 4174);

export default defineConfig({
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: "../target/playwright",
  projects: [
    { name: "app", testDir: "e2e", use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: "dashboard", testDir: "e2e-dashboard", use: { baseURL: `http://127.0.0.1:${hubPort}` } },
  ],
  use: {
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `${server} --port ${port} --ui dist-web`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `../scripts/dashboard-fixture.sh ${hubPort}`,
      url: `http://127.0.0.1:${hubPort}/healthz`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
