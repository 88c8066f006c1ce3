import { describe, expect, it } from "vitest";
import type { L10nSources } from "./backend";
import { Translator } from "./l10n";

const files = import.meta.glob<string>("../../locales/*/*.ftl", { query: "?raw", import: "default", eager: true });

/** The sources the Rust side sends, built here from the same files. */
function sourcesFor(chain: string[]): L10nSources {
  return {
    locale: chain[0],
    chain: chain.map((locale) => ({
      locale,
      resources: Object.entries(files)
        .filter(([path]) => path.split("/").at(-2) === locale)
        .map(([, source]) => source),
    })),
    languages: [],
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("translating the document", () => {
  it("switches language in place and falls back to en-GB message by message", async () => {
    document.body.innerHTML = `
      <h1 data-l10n-id="about-heading"></h1>
      <a data-l10n-id="nav-about"></a>`;
    const translator = new Translator(sourcesFor(["en-GB"]), document.body);
    await translator.use(translator.sources);
    expect(document.querySelector("h1")?.textContent).toBe("About care.data");
    expect(document.documentElement.lang).toBe("en-GB");

    await translator.use(sourcesFor(["pl", "en-GB"]));
    expect(document.querySelector("h1")?.textContent).toBe("O programie care.data");
    // The Polish draft has no navigation messages: they come from en-GB.
    expect(document.querySelector("a")?.textContent).toBe("About care.data");
    expect(document.documentElement.lang).toBe("pl");

    const added = document.createElement("p");
    added.setAttribute("data-l10n-id", "about-what-heading");
    document.body.append(added);
    await settle();
    await translator.dom.translateRoots();
    expect(added.textContent).toBe("Czym jest care.data");
  });
});
