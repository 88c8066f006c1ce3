import type { Backend, UpdateView } from "./backend";
import { h } from "./dom";

/**
 * The update callout: shown when the hub offers a newer signed build, with one button that installs it and restarts.
 * Returns nothing to show when there is no update.
 */
export function updateCallout(view: UpdateView, install: () => void): HTMLElement | null {
  if (!view.available) return null;
  const button = h("button", {
    class: "nhsuk-button nhsuk-button--secondary",
    l10n: "app-update-install-button",
    attrs: { type: "button", id: "pf-update-install" },
  });
  button.addEventListener("click", install);
  return h("div", { class: "nhsuk-inset-text", attrs: { id: "pf-update-callout" } }, [
    h("h2", { class: "nhsuk-heading-s", l10n: "app-update-available-label" }),
    h("p", { l10n: "app-update-available-body", l10nArgs: { version: view.available, current: view.current } }),
    button,
  ]);
}

/** Checks for an update once the first page is up, and offers it; errors go to the page's error summary. */
export async function offerUpdate(
  backend: Backend,
  slot: HTMLElement,
  version: HTMLElement,
  translate: () => Promise<void>,
  showErrors: (errors: unknown[]) => void,
): Promise<void> {
  const view = await backend.updateCheck();
  version.replaceChildren(h("span", { l10n: "app-version", l10nArgs: { version: view.current } }));
  const install = async () => {
    slot.replaceChildren(h("p", { l10n: "app-update-installing", attrs: { role: "status" } }));
    await translate();
    try {
      await backend.updateInstall();
    } catch (error) {
      showErrors([error]);
      const again = updateCallout(view, install);
      slot.replaceChildren(...(again ? [again] : []));
      await translate();
    }
  };
  const callout = updateCallout(view, install);
  slot.hidden = callout === null;
  slot.replaceChildren(...(callout ? [callout] : []));
  await translate();
}
