import { describe, expect, it } from "vitest";
import { webBackend } from "./backend/web";
import { isAppError } from "./backend";
import { Translator } from "./l10n";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("translating the document", () => {
  it("switches language in place and falls back to en-GB message by message", async () => {
    localStorage.clear();
    document.body.innerHTML = `
      <h1 data-l10n-id="about-heading"></h1>
      <a data-l10n-id="nav-about"></a>`;
    const translator = new Translator(await webBackend.l10nSources(), document.body);
    await translator.use(translator.sources);
    expect(document.querySelector("h1")?.textContent).toBe("About care.data");
    expect(document.documentElement.lang).toBe("en-GB");

    await translator.use(await webBackend.setLanguage("pl"));
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

  it("remembers the choice, and refuses an unknown language with a translated message", async () => {
    localStorage.clear();
    await webBackend.setLanguage("pl");
    expect((await webBackend.l10nSources()).locale).toBe("pl");
    const refusal = await webBackend.setLanguage("xx").catch((error: unknown) => error);
    expect(isAppError(refusal) && refusal.code).toBe("unknown-language");
    expect(isAppError(refusal) && refusal.message).toContain("“xx”");
    expect((await webBackend.l10nSources()).locale).toBe("pl");
  });
});
