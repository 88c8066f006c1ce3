import type { CommandError } from "./backend";
import { h } from "./dom";
import { fieldId } from "./errors";

/** Form fields in the design system's markup. Labels and hints are Fluent ids. */

interface FieldOptions {
  name: string;
  label: string;
  hint?: string;
  value?: string;
  inputClass?: string;
  type?: string;
  attrs?: Record<string, string>;
}

function group(options: FieldOptions, control: HTMLElement): HTMLElement {
  const id = fieldId(options.name);
  const described = options.hint ? [`${id}-hint`] : [];
  if (described.length) control.setAttribute("aria-describedby", described.join(" "));
  return h("div", { class: "nhsuk-form-group", attrs: { "data-field": options.name } }, [
    h("label", { class: "nhsuk-label", l10n: options.label, attrs: { for: id } }),
    ...(options.hint ? [h("div", { class: "nhsuk-hint", l10n: options.hint, attrs: { id: `${id}-hint` } })] : []),
    control,
  ]);
}

export function textField(options: FieldOptions): HTMLElement {
  const input = h("input", {
    class: `nhsuk-input ${options.inputClass ?? ""}`.trim(),
    attrs: { id: fieldId(options.name), name: options.name, type: options.type ?? "text", ...(options.attrs ?? {}) },
  }) as HTMLInputElement;
  input.value = options.value ?? "";
  return group(options, input);
}

/** A date, as the browser's date picker takes it. */
export function dateField(name: string, label: string, value?: string): HTMLElement {
  return textField({
    name,
    label,
    hint: "onboarding-date-hint",
    value,
    type: "date",
    inputClass: "nhsuk-input--width-10",
  });
}

/** A number typed as text, in a box `width` characters wide; a decimal one may have a point. */
export function numberField(options: {
  name: string;
  label: string;
  hint?: string;
  value?: string;
  width: 4 | 5 | 10;
  decimal?: boolean;
}): HTMLElement {
  const { width, decimal, ...field } = options;
  return textField({
    ...field,
    inputClass: `nhsuk-input--width-${width}`,
    attrs: { inputmode: decimal ? "decimal" : "numeric" },
  });
}

export function textArea(options: FieldOptions): HTMLElement {
  const area = h("textarea", {
    class: "nhsuk-textarea",
    attrs: { id: fieldId(options.name), name: options.name, rows: "3" },
  }) as HTMLTextAreaElement;
  area.value = options.value ?? "";
  return group(options, area);
}

export function selectField(options: FieldOptions & { choices: { value: string; l10n: string }[] }): HTMLElement {
  const select = h(
    "select",
    { class: "nhsuk-select", attrs: { id: fieldId(options.name), name: options.name } },
    options.choices.map(({ value, l10n }) => {
      const option = h("option", { l10n }) as HTMLOptionElement;
      option.value = value;
      option.selected = value === options.value;
      return option;
    }),
  );
  return group(options, select);
}

/** Radios in a fieldset, with an optional hint under the legend; a choice may reveal more fields when picked. */
export function radios(options: {
  name: string;
  legend: string;
  hint?: string;
  value: string;
  choices: { value: string; l10n: string; reveals?: HTMLElement }[];
}): HTMLElement {
  const items = options.choices.flatMap(({ value, l10n, reveals }, index) => {
    const id = index === 0 ? fieldId(options.name) : `${fieldId(options.name)}-${value}`;
    const input = h("input", {
      class: "nhsuk-radios__input",
      attrs: { id, name: options.name, type: "radio", value },
    }) as HTMLInputElement;
    input.checked = value === options.value;
    const item = h("div", { class: "nhsuk-radios__item" }, [
      input,
      h("label", { class: "nhsuk-label nhsuk-radios__label", l10n, attrs: { for: id } }),
    ]);
    if (!reveals) return [item];
    const conditional = h("div", { class: "nhsuk-radios__conditional", attrs: { id: `${id}-conditional` } }, [reveals]);
    input.setAttribute("aria-controls", conditional.id);
    return [item, conditional];
  });
  const wrapper = h("div", { class: "nhsuk-radios nhsuk-radios--conditional" }, items);
  const sync = () => {
    for (const conditional of wrapper.querySelectorAll<HTMLElement>(".nhsuk-radios__conditional")) {
      const input = wrapper.querySelector<HTMLInputElement>(`[aria-controls="${conditional.id}"]`);
      conditional.hidden = !input?.checked;
    }
  };
  wrapper.addEventListener("change", sync);
  sync();
  const hintId = `${fieldId(options.name)}-hint`;
  return h("div", { class: "nhsuk-form-group", attrs: { "data-field": options.name } }, [
    h("fieldset", { class: "nhsuk-fieldset", attrs: options.hint ? { "aria-describedby": hintId } : {} }, [
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s", l10n: options.legend }),
      ...(options.hint ? [h("div", { class: "nhsuk-hint", l10n: options.hint, attrs: { id: hintId } })] : []),
      wrapper,
    ]),
  ]);
}

/** A single checkbox with its label and hint, in its own form group. */
export function checkbox(name: string, label: string, hint: string): { group: HTMLElement; box: HTMLInputElement } {
  const id = fieldId(name);
  const box = h("input", {
    class: "nhsuk-checkboxes__input",
    attrs: { id, name, type: "checkbox", "aria-describedby": `${id}-hint` },
  }) as HTMLInputElement;
  const group = h("div", { class: "nhsuk-form-group", attrs: { "data-field": name } }, [
    h("div", { class: "nhsuk-checkboxes" }, [
      h("div", { class: "nhsuk-checkboxes__item" }, [
        box,
        h("label", { class: "nhsuk-label nhsuk-checkboxes__label", l10n: label, attrs: { for: id } }),
        h("div", { class: "nhsuk-hint nhsuk-checkboxes__hint", l10n: hint, attrs: { id: `${id}-hint` } }),
      ]),
    ]),
  ]);
  return { group, box };
}

/** A button; `attrs` (an id, a description) go after its type. */
export function button(
  l10n: string,
  type: "submit" | "button" = "submit",
  secondary = false,
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  return h("button", {
    class: `nhsuk-button${secondary ? " nhsuk-button--secondary" : ""}`,
    l10n,
    attrs: { type, ...attrs },
  }) as HTMLButtonElement;
}

/**
 * A small secondary button for an action on one row of a table: its visible words, and words only screen readers
 * hear that say which row (as the design system's "Change<span> name</span>" links do).
 */
export function rowButton(l10n: string, which: { l10n: string; l10nArgs?: Record<string, string | number> }) {
  return h(
    "button",
    { class: "nhsuk-button nhsuk-button--secondary nhsuk-button--small pf-row-button", attrs: { type: "button" } },
    [h("span", { l10n }), h("span", { class: "nhsuk-u-visually-hidden", l10n: which.l10n, l10nArgs: which.l10nArgs })],
  ) as HTMLButtonElement;
}

/** The form's values by field name, as text. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) values[name] = String(value);
  return values;
}

/** Marks each field named in the error, with its message beside it; clears marks from an earlier attempt. */
export function markFieldErrors(form: HTMLElement, error: CommandError | null): void {
  for (const group of form.querySelectorAll(".nhsuk-form-group--error"))
    group.classList.remove("nhsuk-form-group--error");
  for (const message of form.querySelectorAll(".nhsuk-error-message")) message.remove();
  for (const control of form.querySelectorAll("[aria-invalid]")) {
    control.removeAttribute("aria-invalid");
    control.classList.remove("nhsuk-input--error", "nhsuk-select--error", "nhsuk-textarea--error");
    control.setAttribute(
      "aria-describedby",
      (control.getAttribute("aria-describedby") ?? "").replace(/\S+-error\b/, "").trim(),
    );
  }
  for (const field of error?.fields ?? []) {
    const group = form.querySelector<HTMLElement>(`[data-field="${field.field}"]`);
    const control = document.getElementById(fieldId(field.field));
    if (!group || !control) continue;
    group.classList.add("nhsuk-form-group--error");
    const messageId = `${fieldId(field.field)}-error`;
    const message = h("span", { class: "nhsuk-error-message", attrs: { id: messageId } }, [
      h("span", { class: "nhsuk-u-visually-hidden", l10n: "error-prefix" }),
      ` ${field.message}`,
    ]);
    const anchor = group.querySelector("fieldset > .nhsuk-hint") ?? group.querySelector("fieldset > legend") ?? control;
    anchor.insertAdjacentElement(anchor === control ? "beforebegin" : "afterend", message);
    control.setAttribute("aria-invalid", "true");
    control.classList.add(
      control.tagName === "SELECT"
        ? "nhsuk-select--error"
        : control.tagName === "TEXTAREA"
          ? "nhsuk-textarea--error"
          : "nhsuk-input--error",
    );
    control.setAttribute("aria-describedby", `${control.getAttribute("aria-describedby") ?? ""} ${messageId}`.trim());
  }
}
