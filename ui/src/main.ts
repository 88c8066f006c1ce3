import "./styles/main.scss";
import { loadBackend, type Backend } from "./backend";
import { h } from "./dom";
import { showErrors } from "./errors";
import { isDraft, languageOptions } from "./language";
import { Translator } from "./l10n";
import { navItems, routeFor } from "./routes";

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}

function renderChrome(translator: Translator): void {
  const picker = byId("pf-language-select") as HTMLSelectElement;
  picker.replaceChildren(...languageOptions(translator.sources));
  const notice = byId("draft-notice");
  notice.hidden = !isDraft(translator.sources);
  notice.replaceChildren(
    h("div", { class: "nhsuk-warning-callout" }, [
      h("h2", { class: "nhsuk-warning-callout__label", l10n: "language-draft-notice-label" }),
      h("p", { l10n: "language-draft-notice" }),
    ]),
  );
}

function renderPage(): void {
  const route = routeFor(location.hash);
  byId("pf-nav-list").replaceChildren(...navItems(route));
  const page = byId("page");
  if (page.dataset.route !== route.path) {
    page.dataset.route = route.path;
    page.replaceChildren(route.render());
  }
}

async function start(backend: Backend): Promise<void> {
  const translator = new Translator(await backend.l10nSources(), document.body);
  renderChrome(translator);
  renderPage();
  await translator.use(translator.sources);
  window.addEventListener("hashchange", renderPage);

  byId("pf-language-select").addEventListener("change", async (event) => {
    const code = (event.target as HTMLSelectElement).value;
    try {
      const sources = await backend.setLanguage(code);
      showErrors(byId("pf-errors"), []);
      await translator.use(sources);
      renderChrome(translator);
    } catch (error) {
      renderChrome(translator);
      showErrors(byId("pf-errors"), [error]);
    }
  });
  document.body.dataset.ready = translator.sources.locale;
}

loadBackend()
  .then(start)
  .catch((error) => showErrors(byId("pf-errors"), [error]));
