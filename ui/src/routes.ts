import { h } from "./dom";
import { aboutPage } from "./pages/about";

/** The app's sections, in navigation order. A section appears here only once it works. */
export interface Route {
  path: string;
  nav: string;
  render: () => HTMLElement;
}

export const ROUTES: Route[] = [{ path: "about", nav: "nav-about", render: aboutPage }];

/** The route a location hash names; anything else (including in-page anchors) is the first section. */
export function routeFor(hash: string): Route {
  const path = hash.startsWith("#/") ? hash.slice(2) : "";
  return ROUTES.find((route) => route.path === path) ?? ROUTES[0];
}

export function navItems(current: Route): HTMLElement[] {
  return ROUTES.map((route) => {
    const active = route === current;
    const link = h("a", { class: "nhsuk-header__navigation-link", attrs: { href: `#/${route.path}` } }, [
      active ? h("strong", { class: "nhsuk-header__navigation-item-current-fallback", l10n: route.nav }) : h("span", { l10n: route.nav }),
    ]);
    if (active) link.setAttribute("aria-current", "page");
    return h("li", { class: `nhsuk-header__navigation-item${active ? " nhsuk-header__navigation-item--current" : ""}` }, [link]);
  });
}
