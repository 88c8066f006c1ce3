import "./styles/main.scss";
import { loadBackend, type Backend } from "./backend";
import type { Context } from "./context";
import { h } from "./dom";
import { showErrors } from "./errors";
import { isDraft, languageOptions } from "./language";
import { Translator } from "./l10n";
import { MESSAGES_CHANGED, showMessages } from "./messages";
import { isRouteHash, navItems, placeFor } from "./routes";
import { offerUpdate } from "./update";

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

async function start(backend: Backend): Promise<void> {
  const translator = new Translator(await backend.l10nSources(), document.body);
  let hasPractice = (await backend.practiceGet()) !== null;
  let rendering = 0;

  const ctx: Context = {
    backend,
    locale: () => translator.sources.locale,
    navigate: (path) => {
      location.hash = `#/${path}`;
    },
    showErrors: (errors) => showErrors(byId("pf-errors"), errors),
    refreshNav: async () => {
      hasPractice = (await backend.practiceGet()) !== null;
    },
  };

  const refreshMessages = () =>
    showMessages(
      backend,
      byId("pf-messages"),
      translator.sources.locale,
      () => translator.dom.translateRoots(),
      ctx.showErrors,
      () => byId("maincontent").focus(),
    );
  // A settings pull made on a page may bring messages: it says so with this event.
  document.addEventListener(MESSAGES_CHANGED, () => void refreshMessages().catch((error) => ctx.showErrors([error])));

  const renderPage = async (moveFocus: boolean) => {
    const place = placeFor(location.hash, hasPractice);
    const ticket = ++rendering;
    byId("pf-nav-list").replaceChildren(...navItems(place.route, hasPractice));
    const page = byId("page");
    try {
      const content = await place.route.render(ctx, place.param);
      if (ticket !== rendering) return;
      showErrors(byId("pf-errors"), []);
      page.dataset.route = place.route.path;
      page.replaceChildren(content);
      await translator.dom.translateRoots();
      // The regional team's messages not yet read, above every page (a pull may have brought new ones).
      await refreshMessages();
      if (moveFocus) byId("maincontent").focus();
      document.body.dataset.page = place.route.path;
    } catch (error) {
      ctx.showErrors([error]);
    }
  };

  renderChrome(translator);
  await translator.use(translator.sources);
  await renderPage(false);
  window.addEventListener("hashchange", () => {
    if (isRouteHash(location.hash)) void renderPage(true);
  });

  byId("pf-language-select").addEventListener("change", async (event) => {
    const code = (event.target as HTMLSelectElement).value;
    try {
      const sources = await backend.setLanguage(code);
      showErrors(byId("pf-errors"), []);
      await translator.use(sources);
      renderChrome(translator);
      // Dates and numbers are formatted in the page's language: draw the page again.
      await renderPage(false);
    } catch (error) {
      renderChrome(translator);
      showErrors(byId("pf-errors"), [error]);
    }
  });
  document.body.dataset.ready = translator.sources.locale;
  // Two frames after the first render, the page has been painted.
  requestAnimationFrame(() => requestAnimationFrame(() => void backend.appPainted()));
  await offerUpdate(
    backend,
    byId("pf-update"),
    byId("pf-version"),
    () => translator.dom.translateRoots(),
    (errors) => showErrors(byId("pf-errors"), errors),
  );
}

loadBackend()
  .then(start)
  .catch((error) => showErrors(byId("pf-errors"), [error]));
