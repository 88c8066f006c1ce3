import type { Context } from "./context";
import { h } from "./dom";
import { aboutPage } from "./pages/about";
import { checklistPage } from "./pages/checklist";
import { noticesPage } from "./pages/notices";
import { objectionsPage } from "./pages/objections";
import { practicePage } from "./pages/practice";
import { readinessPage } from "./pages/readiness";
import { reportingPage } from "./pages/reporting";
import { taskPage } from "./pages/task";
import { workloadPage } from "./pages/workload";

/** The app's sections, in navigation order. A section appears here only once it works. */
export interface Route {
  path: string;
  /** The navigation label; routes without one (a task's page) are reached by links. */
  nav?: string;
  /** Sections that make sense only once the practice is set up. */
  needsPractice: boolean;
  render: (ctx: Context, param: string) => Promise<HTMLElement> | HTMLElement;
}

export const ROUTES: Route[] = [
  { path: "checklist", nav: "nav-checklist", needsPractice: true, render: checklistPage },
  { path: "task", needsPractice: true, render: taskPage },
  { path: "workload", nav: "nav-workload", needsPractice: true, render: workloadPage },
  { path: "readiness", nav: "nav-readiness", needsPractice: true, render: readinessPage },
  { path: "objections", nav: "nav-objections", needsPractice: true, render: objectionsPage },
  { path: "notices", nav: "nav-notices", needsPractice: true, render: noticesPage },
  { path: "report", nav: "nav-report", needsPractice: true, render: reportingPage },
  { path: "practice", nav: "nav-practice", needsPractice: false, render: practicePage },
  { path: "about", nav: "nav-about", needsPractice: false, render: aboutPage },
];

export interface Place {
  route: Route;
  param: string;
}

/** Whether a hash names a place in the app; other hashes are anchors within the current page. */
export function isRouteHash(hash: string): boolean {
  return hash === "" || hash === "#" || hash.startsWith("#/");
}

/** The place a hash names. Before the practice is set up, sections that need it give way to onboarding. */
export function placeFor(hash: string, hasPractice: boolean): Place {
  const [path = "", ...rest] = (hash.startsWith("#/") ? hash.slice(2) : "").split("/");
  const route = ROUTES.find((r) => r.path === path && (hasPractice || !r.needsPractice));
  const fallback = ROUTES.find((r) => r.path === (hasPractice ? "checklist" : "practice"))!;
  return { route: route ?? fallback, param: route ? decodeURIComponent(rest.join("/")) : "" };
}

export function navItems(current: Route, hasPractice: boolean): HTMLElement[] {
  const currentNav = current.path === "task" ? "checklist" : current.path;
  return ROUTES.filter((route) => route.nav && (hasPractice || !route.needsPractice)).map((route) => {
    const active = route.path === currentNav;
    const link = h("a", { class: "nhsuk-header__navigation-link", attrs: { href: `#/${route.path}` } }, [
      active
        ? h("strong", { class: "nhsuk-header__navigation-item-current-fallback", l10n: route.nav })
        : h("span", { l10n: route.nav }),
    ]);
    if (active) link.setAttribute("aria-current", "page");
    return h(
      "li",
      { class: `nhsuk-header__navigation-item${active ? " nhsuk-header__navigation-item--current" : ""}` },
      [link],
    );
  });
}
