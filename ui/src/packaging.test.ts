import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/**
 * The release workflow runs on a hosted CI with Windows and macOS runners, which this machine cannot be; these
 * checks keep it, and the bundle settings it builds from, correct by review.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  "runs-on": string;
  needs?: string | string[];
  strategy?: { matrix: { include: Record<string, string>[] } };
  steps: Step[];
}

const workflow = parse(read(".github/workflows/release.yml")) as {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
};
const config = JSON.parse(read("tauri.conf.json"));

describe("the release workflow", () => {
  const installers = workflow.jobs.installers;
  const matrix = installers.strategy!.matrix.include;

  it("builds on Windows, macOS and Linux runners, each with its own installers", () => {
    const byPlatform = (platform: string) => matrix.filter((row) => row.platform === platform);
    expect(byPlatform("windows").map((row) => row.os)).toEqual(["windows-latest"]);
    expect(byPlatform("windows")[0].bundles.split(",").sort()).toEqual(["msi", "nsis"]);
    expect(
      byPlatform("macos")
        .map((row) => row.target)
        .sort(),
    ).toEqual(["aarch64-apple-darwin", "x86_64-apple-darwin"]);
    for (const row of byPlatform("macos")) expect(row.bundles.split(",")).toContain("dmg");
    expect(byPlatform("linux").map((row) => [row.os, row.bundles])).toEqual([["ubuntu-22.04", "deb"]]);
    expect(installers["runs-on"]).toBe("${{ matrix.os }}");
  });

  it("runs on a version tag and attaches signed installers and the updater's manifest to a draft release", () => {
    expect(workflow.on.push).toEqual({ tags: ["v*"] });
    const build = installers.steps.find((step) => step.uses?.startsWith("tauri-apps/tauri-action@"));
    expect(build).toBeDefined();
    expect(build!.env!.TAURI_SIGNING_PRIVATE_KEY).toBe("${{ secrets.TAURI_SIGNING_PRIVATE_KEY }}");
    expect(build!.with).toMatchObject({ releaseDraft: true, includeUpdaterJson: true });
    expect(String(build!.with!.args)).toContain("--config src-tauri/tauri.fonts.conf.json");
    expect(String(build!.with!.args)).toContain("--bundles ${{ matrix.bundles }}");
  });

  it("puts the notices' fonts in every installer, gathered once on Linux", () => {
    expect(installers.needs).toBe("fonts");
    const fonts = workflow.jobs.fonts.steps.map((step) => step.run ?? step.uses ?? "");
    expect(fonts).toContain("scripts/bundle-fonts.sh");
    const download = installers.steps.findIndex((step) => step.uses?.startsWith("actions/download-artifact@"));
    const build = installers.steps.findIndex((step) => step.uses?.startsWith("tauri-apps/tauri-action@"));
    expect(download).toBeGreaterThanOrEqual(0);
    expect(download).toBeLessThan(build);
    const resources = JSON.parse(read("src-tauri/tauri.fonts.conf.json")).bundle.resources;
    expect(Object.values(resources)).toEqual(["fonts/"]);
  });

  it("builds the UI before the bundler embeds it", () => {
    const ui = installers.steps.findIndex((step) => step.run?.includes("vite build"));
    const build = installers.steps.findIndex((step) => step.uses?.startsWith("tauri-apps/tauri-action@"));
    expect(ui).toBeGreaterThanOrEqual(0);
    expect(ui).toBeLessThan(build);
  });
});

describe("the bundle settings", () => {
  const bundle = config.bundle;

  it("take the version from Cargo and name the publisher, licence and descriptions", () => {
    expect(config.version).toBeUndefined();
    expect(bundle.publisher).toBeTruthy();
    expect(bundle.shortDescription.length).toBeLessThanOrEqual(80);
    expect(bundle.longDescription.length).toBeGreaterThan(bundle.shortDescription.length);
    expect(existsSync(join(root, bundle.licenseFile))).toBe(true);
  });

  it("have an icon for every platform, each file present", () => {
    const icons: string[] = bundle.icon;
    for (const kind of [".ico", ".icns", "32x32.png", "128x128.png", "128x128@2x.png"]) {
      expect(icons.some((icon) => icon.endsWith(kind))).toBe(true);
    }
    for (const icon of icons) expect(existsSync(join(root, icon))).toBe(true);
  });

  it("install per user on Windows with the WebView2 bootstrapper, and harden the macOS runtime", () => {
    expect(bundle.targets).toEqual(expect.arrayContaining(["deb", "msi", "nsis", "dmg"]));
    expect(bundle.windows.nsis.installMode).toBe("currentUser");
    expect(bundle.windows.webviewInstallMode.type).toBe("downloadBootstrapper");
    expect(bundle.macOS.hardenedRuntime).toBe(true);
    expect(bundle.macOS.minimumSystemVersion).toMatch(/^\d+\.\d+$/);
  });

  it("sign updater artifacts, checked in the app against the release key", () => {
    expect(bundle.createUpdaterArtifacts).toBe(true);
    const key = atob(config.plugins.updater.pubkey);
    expect(key).toMatch(/^untrusted comment: minisign public key/);
  });
});
