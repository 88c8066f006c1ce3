import type { HubView } from "../../backend";
import { insetText, liveRegion, summaryRow } from "../../components";
import { h } from "../../dom";
import { button, checkbox, textField } from "../../forms";

/** Enrolment with the hub, and whether the app reports by itself. */

/** What the last enrolment or un-enrolment did; null until one was made on this page. */
export type EnrolResult = "enrolled" | "unenrolled" | null;

export interface EnrolmentHandlers {
  onEnrol: (form: HTMLFormElement) => void;
  onUnenrol: () => void;
  /** Asks the hub for new dates; `status` is the live region that says what came of it. */
  onPull: (status: HTMLElement) => void;
}

/** The form that enrols the practice, offering the hub address the practice last used or its IT team set. */
export function enrolForm(view: HubView, onEnrol: (form: HTMLFormElement) => void): HTMLFormElement {
  const form = h("form", { attrs: { novalidate: "", "aria-labelledby": "pf-enrol-heading" } }, [
    h("p", { class: "nhsuk-body", l10n: "reporting-enrol-intro" }),
    textField({
      name: "hubUrl",
      label: "reporting-hub-url-label",
      hint: "reporting-hub-url-hint",
      value: view.hubUrl ?? view.suggestedHubUrl ?? "",
      attrs: { autocomplete: "off", spellcheck: "false", inputmode: "url" },
    }),
    textField({
      name: "enrolmentCode",
      label: "reporting-code-label",
      hint: "reporting-code-hint",
      inputClass: "nhsuk-input--width-20",
      attrs: { autocomplete: "off", spellcheck: "false" },
    }),
    button("reporting-enrol-submit"),
  ]) as HTMLFormElement;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onEnrol(form);
  });
  return form;
}

/** An enrolled practice's hub and token, with buttons to ask for new dates and to un-enrol. */
export function enrolledDetails(view: HubView, handlers: EnrolmentHandlers): HTMLElement[] {
  const unenrol = button("reporting-unenrol", "button", true, { "aria-describedby": "pf-unenrol-warning" });
  unenrol.addEventListener("click", handlers.onUnenrol);
  const pullStatus = liveRegion("pf-pull-status");
  const pull = button("reporting-pull-config", "button", true);
  pull.addEventListener("click", () => handlers.onPull(pullStatus));
  const token = view.tokenPlace === "keychain" ? "reporting-token-keychain" : "reporting-token-file";
  return [
    h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-enrolment" } }, [
      summaryRow("reporting-hub-url-key", h("span", { class: "pf-break" }, [view.hubUrl ?? ""])),
      summaryRow("reporting-token-key", h("span", { l10n: token })),
    ]),
    pull,
    pullStatus,
    h("p", { class: "nhsuk-body", l10n: "reporting-unenrol-warning", attrs: { id: "pf-unenrol-warning" } }),
    unenrol,
  ];
}

/** The enrolment section's content: what the last step did, then the details or the form. */
export function enrolment(view: HubView, result: EnrolResult, handlers: EnrolmentHandlers): HTMLElement[] {
  const attrs = { id: "pf-enrol-result", tabindex: "-1" };
  const message = result
    ? [insetText(result === "enrolled" ? "reporting-enrolled" : "reporting-unenrolled", attrs)]
    : [];
  return [...message, ...(view.enrolled ? enrolledDetails(view, handlers) : [enrolForm(view, handlers.onEnrol)])];
}

/** Automatic reporting: a checkbox saved as soon as it changes, and the live region that says it was. */
export function autoSection(
  view: HubView,
  status: HTMLElement,
  onChange: (box: HTMLInputElement) => void,
): HTMLElement {
  const auto = checkbox("autoSubmit", "reporting-auto-label", "reporting-auto-hint");
  auto.box.checked = view.autoSubmit;
  auto.box.addEventListener("change", () => onChange(auto.box));
  return h("section", { attrs: { "aria-labelledby": "pf-auto-heading" } }, [
    h("h2", { l10n: "reporting-auto-heading", attrs: { id: "pf-auto-heading" } }),
    auto.group,
    status,
  ]);
}
