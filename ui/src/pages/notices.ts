import { isCommandError, type NoticeKind, type NoticesOptions } from "../backend";
import { liveRegion, say } from "../components";
import type { Context } from "../context";
import { h } from "../dom";
import { fieldId } from "../errors";
import { button, checkbox, markFieldErrors, radios } from "../forms";
import { KIND_LABELS } from "../notices";
import { lettersSection } from "./notices/letters";
import { acknowledgementsSection } from "./notices/mailout";
import { savedFile } from "./notices/saved-file";

/** The document's language: each is named in itself; a draft says so in the page's language, as the app's picker does. */
function languageSelect(options: NoticesOptions, initial: string | undefined): HTMLSelectElement {
  return h(
    "select",
    {
      class: "nhsuk-select",
      attrs: { id: fieldId("language"), name: "language", "aria-describedby": "f-language-draft" },
    },
    options.languages.map((language) => {
      const option = (
        language.draft
          ? h("option", { l10n: "printing-language-option-draft", l10nArgs: { language: language.autonym } }, [
              language.autonym,
            ])
          : h("option", { attrs: { lang: language.code } }, [language.autonym])
      ) as HTMLOptionElement;
      option.value = language.code;
      option.selected = language.code === initial;
      return option;
    }),
  ) as HTMLSelectElement;
}

/** The warning that goes with a draft translation; nothing for a complete one. */
export function draftInset(options: NoticesOptions, code: string): HTMLElement[] {
  const language = options.languages.find((l) => l.code === code);
  if (!language?.draft) return [];
  return [
    h("div", { class: "nhsuk-inset-text", attrs: { id: "pf-draft-inset" } }, [
      h("span", { class: "nhsuk-u-visually-hidden", l10n: "printing-draft-inset-label" }),
      h("p", { l10n: "printing-draft-inset", l10nArgs: { language: language.autonym } }),
    ]),
  ];
}

/** The notices that are the same for every patient: a kind, a language, large print or not. */
function noticesSection(ctx: Context, options: NoticesOptions): HTMLElement {
  const status = liveRegion("pf-notice-status");
  const result = h("div", { attrs: { id: "pf-notice-result" } });
  const initial = options.languages.find((l) => l.code === ctx.locale()) ?? options.languages[0];

  const language = languageSelect(options, initial?.code);
  const draft = h("div", { attrs: { id: "f-language-draft" } });
  const showDraft = () => draft.replaceChildren(...draftInset(options, language.value));
  language.addEventListener("change", showDraft);
  showDraft();

  const largePrint = checkbox("largePrint", "printing-large-print-label", "printing-large-print-hint");
  const form = h("form", { attrs: { novalidate: "", "aria-labelledby": "pf-notices-heading" } }, [
    radios({
      name: "kind",
      legend: "printing-kind-legend",
      value: options.kinds[0] ?? "poster-a4",
      choices: options.kinds.map((kind) => ({ value: kind, l10n: KIND_LABELS[kind] })),
    }),
    h("div", { class: "nhsuk-form-group", attrs: { "data-field": "language" } }, [
      h("label", { class: "nhsuk-label", l10n: "printing-language-label", attrs: { for: fieldId("language") } }),
      language,
      draft,
    ]),
    largePrint.group,
    button("printing-make-pdf", "submit", false, { id: "pf-make-pdf" }),
  ]) as HTMLFormElement;

  let busy = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    const kind = (new FormData(form).get("kind") ?? options.kinds[0]) as NoticeKind;
    try {
      say(status, "printing-making-pdf");
      const { path } = await ctx.backend.noticesMake(kind, language.value, largePrint.box.checked);
      markFieldErrors(form, null);
      ctx.showErrors([]);
      result.replaceChildren(...savedFile(ctx, path, status, "pf-notice"));
      say(status, "printing-pdf-saved", { path });
    } catch (error) {
      status.replaceChildren();
      markFieldErrors(form, isCommandError(error) ? error : null);
      ctx.showErrors([error]);
    } finally {
      busy = false;
    }
  });

  return h("section", { attrs: { "aria-labelledby": "pf-notices-heading" } }, [
    h("h2", { l10n: "printing-notices-heading", attrs: { id: "pf-notices-heading" } }),
    h("p", { class: "nhsuk-body", l10n: "printing-notices-intro" }),
    form,
    status,
    result,
  ]);
}

export async function noticesPage(ctx: Context): Promise<HTMLElement> {
  const options = await ctx.backend.noticesOptions();
  return h("div", {}, [
    h("h1", { l10n: "printing-heading" }),
    h("p", { class: "nhsuk-lede-text", l10n: "printing-lede" }),
    noticesSection(ctx, options),
    lettersSection(ctx, options),
    acknowledgementsSection(ctx, options.letterDate, () => {}),
  ]);
}
