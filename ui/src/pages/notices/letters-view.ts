import type { LettersProgress, LettersReport, ListField, ListView, NoticeLanguage, PunjabiScript } from "../../backend";
import { caption, details, headerCell, summaryRow, table, tableRow } from "../../components";
import { h } from "../../dom";
import { fieldId } from "../../errors";
import { button, selectField } from "../../forms";
import * as notices from "../../notices";

/** The letters section's render functions: what the app knows about a list or a run in, elements out. */

/** The mapping's controls are named apart from the page's other fields ("language" is one of each). */
export const mapName = (field: ListField) => `map-${field}`;

export function listSummary(view: ListView): HTMLElement {
  const count = (l10n: string, value: number) => h("span", { l10n, l10nArgs: { count: value } });
  const format = { delimiter: notices.delimiterName(view.delimiter), encoding: view.encoding };
  return h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-list-summary" } }, [
    summaryRow("printing-summary-file", h("span", { class: "pf-break" }, [view.fileName])),
    summaryRow("printing-summary-format", h("span", { l10n: "printing-summary-format-value", l10nArgs: format })),
    summaryRow("printing-summary-patients", count("printing-summary-patients-value", view.patients), {
      id: "pf-summary-patients",
    }),
    summaryRow(
      "printing-summary-letters",
      h("span", {}, [
        h("span", { class: "pf-block", l10n: "printing-summary-letters-each", l10nArgs: { count: view.letters } }),
        h("span", {
          class: "pf-block",
          l10n: "printing-summary-letters-households",
          l10nArgs: { count: view.householdLetters },
        }),
        h("span", {
          class: "pf-block",
          l10n: "printing-summary-letters-split",
          l10nArgs: { count: view.splitAddresses, max: view.maxSurnames },
          attrs: { id: "pf-summary-split" },
        }),
      ]),
      { id: "pf-summary-letters" },
    ),
    summaryRow("printing-summary-children", count("printing-summary-children-value", view.children), {
      id: "pf-summary-children",
    }),
    summaryRow("printing-summary-no-birth", count("printing-summary-no-birth-value", view.noDateOfBirth), {
      id: "pf-summary-no-birth",
    }),
    summaryRow("printing-summary-large-print", count("printing-summary-patients-value", view.largePrint), {
      id: "pf-summary-large-print",
    }),
    summaryRow("printing-summary-left-out", count("printing-summary-left-out-value", view.problemCount), {
      id: "pf-summary-left-out",
    }),
  ]);
}

/** Patients or letters by language, in the order the languages are offered. */
export function languageTable(
  id: string,
  captionL10n: string,
  counts: Record<string, number>,
  languages: NoticeLanguage[],
  countL10n: string,
): HTMLElement {
  return table({
    id,
    caption: caption(captionL10n, "small"),
    columns: [{ l10n: "printing-col-language" }, { l10n: "printing-col-count", numeric: true }],
    rows: notices
      .languageCounts(counts, languages)
      .map(({ code, autonym, count }) =>
        tableRow(
          [
            headerCell("row", [h("span", { attrs: { lang: code } }, [autonym])]),
            h("td", { class: "nhsuk-table__cell nhsuk-table__cell--numeric", l10n: countL10n, l10nArgs: { count } }),
          ],
          { "data-language": code },
        ),
      ),
  });
}

/** The rows the list leaves out, by line and reason; the first 100 are listed, the total is given. */
export function problemsDetails(id: string, problems: string[], total: number): HTMLElement[] {
  if (total === 0) return [];
  const more = total > problems.length;
  return [
    details(
      { l10n: "printing-problems-summary", l10nArgs: { count: total } },
      [
        h("p", { class: "nhsuk-body", l10n: "printing-problems-intro" }),
        h(
          "ul",
          { class: "nhsuk-list nhsuk-list--bullet pf-problems" },
          problems.map((problem) => h("li", {}, [problem])),
        ),
        ...(more
          ? [
              h("p", {
                class: "nhsuk-body",
                l10n: "printing-problems-more",
                l10nArgs: { shown: problems.length, count: total },
              }),
            ]
          : []),
      ],
      { id },
    ),
  ];
}

/** The held list's figures: its summary, its patients by language, and the rows it leaves out. */
export function listCounts(view: ListView, languages: NoticeLanguage[]): HTMLElement[] {
  return [
    listSummary(view),
    languageTable(
      "pf-list-languages",
      "printing-languages-caption",
      view.byLanguage,
      languages,
      "printing-count-patients",
    ),
    ...problemsDetails("pf-list-problems", view.problems, view.problemCount),
  ];
}

/** Chosen before the file, as it decides how the list's language column is read; the app remembers it. */
export function punjabiScriptField(script: PunjabiScript): { area: HTMLElement; select: HTMLSelectElement } {
  const group = selectField({
    name: "punjabiScript",
    label: "printing-punjabi-script-label",
    hint: "printing-punjabi-script-hint",
    value: script,
    choices: [
      { value: "gurmukhi", l10n: "printing-punjabi-script-gurmukhi" },
      { value: "shahmukhi", l10n: "printing-punjabi-script-shahmukhi" },
    ],
  });
  const select = group.querySelector("select") as HTMLSelectElement;
  return { area: h("div", {}, [group]), select };
}

/** Which column fills each field of the letter, one select a field; `onRemap` hears a field moved to another column. */
export function mappingTable(view: ListView, onRemap: (field: ListField, column: number | null) => void): HTMLElement {
  const rows = view.mapping.map(({ field, column }) => {
    const headerId = `pf-map-${field}-label`;
    const select = h(
      "select",
      {
        class: "nhsuk-select",
        attrs: { id: fieldId(mapName(field)), name: mapName(field), "aria-labelledby": headerId },
      },
      notices.columnChoices(view.headers, column).map((choice) => {
        const props = choice.l10n ? { l10n: choice.l10n, l10nArgs: choice.l10nArgs } : {};
        const option = h("option", props, choice.text ? [choice.text] : []) as HTMLOptionElement;
        option.value = choice.value;
        option.selected = choice.selected;
        return option;
      }),
    ) as HTMLSelectElement;
    select.addEventListener("change", () => onRemap(field, notices.columnOf(select.value)));
    const required = notices.REQUIRED_FIELDS.includes(field);
    const group = h(
      "div",
      { class: "nhsuk-form-group nhsuk-u-margin-bottom-0", attrs: { "data-field": mapName(field) } },
      [select],
    );
    return tableRow(
      [
        h("th", { class: "nhsuk-table__header", attrs: { scope: "row", id: headerId } }, [
          h("span", { l10n: notices.FIELD_LABELS[field] }),
          ...(required ? [" ", h("span", { class: "pf-required", l10n: "printing-field-required" })] : []),
        ]),
        h("td", { class: "nhsuk-table__cell" }, [group]),
      ],
      { "data-field-row": field },
    );
  });
  return h("div", { class: "pf-table-scroll" }, [
    table({
      id: "pf-mapping",
      caption: caption("printing-mapping-caption", "small"),
      columns: [{ l10n: "printing-col-field" }, { l10n: "printing-col-column" }],
      rows,
    }),
  ]);
}

/** How many letters the run will make, and how many of them go to a parent or guardian. */
export function letterCountMessage(view: ListView, households: boolean): (HTMLElement | string)[] {
  const guardians = notices.guardianLettersFor(view, households);
  return [
    h("span", {
      l10n: households ? "printing-letters-to-make-households" : "printing-letters-to-make-each",
      l10nArgs: { count: notices.lettersFor(view, households) },
    }),
    ...(guardians > 0
      ? [" ", h("span", { l10n: "printing-letters-to-guardians", l10nArgs: { count: guardians } })]
      : []),
  ];
}

/**
 * Told before the letters are made: which of them will be in draft translations (nobody has checked them, so each
 * is printed with the same letter in English after it), or, with English only, that every letter will be in English.
 */
export function draftLanguagesNotice(view: ListView, languages: NoticeLanguage[], englishOnly: boolean): HTMLElement[] {
  const inset = (children: HTMLElement[]) =>
    h("div", { class: "nhsuk-inset-text", attrs: { id: "pf-letters-drafts" } }, children);
  const drafts = notices.draftLanguagesIn(view.byLanguage, languages, false);
  if (englishOnly) {
    const translated = Object.entries(view.byLanguage).some(([code, count]) => code !== "en-GB" && count > 0);
    return translated ? [inset([h("p", { l10n: "printing-letters-english-only-note" })])] : [];
  }
  if (drafts.length === 0) return [];
  return [
    inset([
      h("span", { class: "nhsuk-u-visually-hidden", l10n: "printing-draft-inset-label" }),
      h("p", { l10n: "printing-letters-drafts", l10nArgs: { count: drafts.length } }),
      h(
        "ul",
        { class: "nhsuk-list nhsuk-list--bullet", attrs: { id: "pf-letters-draft-languages" } },
        drafts.map((language) =>
          h("li", { attrs: { "data-language": language.code } }, [
            h("span", { attrs: { lang: language.code } }, [language.autonym]),
            " ",
            h("span", {
              l10n: "printing-letters-drafts-patients",
              l10nArgs: { count: view.byLanguage[language.code] },
            }),
          ]),
        ),
      ),
      h("p", { l10n: "printing-letters-drafts-bilingual" }),
    ]),
  ];
}

/** The buttons that make the letters or forget the list. */
export function runButtons(onMake: () => void, onForget: () => void): HTMLElement[] {
  const make = button("printing-make-letters", "button", false, { id: "pf-make-letters" });
  make.addEventListener("click", onMake);
  const forget = button("printing-forget", "button", true, { id: "pf-forget", "aria-describedby": "pf-forget-hint" });
  forget.addEventListener("click", onForget);
  return [
    h("div", { class: "pf-button-row" }, [make, forget]),
    h("p", { class: "nhsuk-body", l10n: "printing-forget-hint", attrs: { id: "pf-forget-hint" } }),
  ];
}

/** A run's progress bar, its figures and its cancel button. */
export interface ProgressView {
  elements: HTMLElement[];
  bar: HTMLProgressElement;
  figures: HTMLElement;
  cancel: HTMLButtonElement;
}

export function progressView(onCancel: () => void): ProgressView {
  const bar = h("progress", { attrs: { id: "pf-letters-progress" } }) as HTMLProgressElement;
  const figures = h("p", { class: "nhsuk-body", attrs: { id: "pf-letters-figures" } });
  const cancel = button("printing-cancel", "button", true, { id: "pf-cancel-letters" });
  cancel.addEventListener("click", onCancel);
  const elements = [
    h("div", { class: "nhsuk-form-group pf-progress", attrs: { id: "pf-letters-run" } }, [
      h("label", { class: "nhsuk-label", l10n: "printing-progress-label", attrs: { for: "pf-letters-progress" } }),
      bar,
      figures,
    ]),
    cancel,
  ];
  return { elements, bar, figures, cancel };
}

/** Shows how far a run has got. The bar and figures are updated in place: the cancel button beside them keeps focus. */
export function showProgress(view: ProgressView, { done, total }: LettersProgress): void {
  view.bar.max = Math.max(total, 1);
  view.bar.value = done;
  view.figures.replaceChildren(h("span", { l10n: "printing-progress-figures", l10nArgs: { done, total } }));
}

/** What a run made; `saved` is the saved file's path and buttons. */
export function lettersResult(report: LettersReport, languages: NoticeLanguage[], saved: HTMLElement[]): HTMLElement[] {
  const { counts } = report;
  const letters = (value: number) => h("span", { l10n: "printing-result-letters-value", l10nArgs: { count: value } });
  return [
    h("h3", { l10n: "printing-result-heading", attrs: { id: "pf-letters-result", tabindex: "-1" } }),
    h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-letters-summary" } }, [
      summaryRow("printing-result-letters", letters(counts.letters), { id: "pf-result-letters" }),
      summaryRow(
        "printing-result-pages",
        h("span", { l10n: "printing-result-pages-value", l10nArgs: { count: counts.pages } }),
      ),
      summaryRow("printing-result-standard", letters(counts.standard), { id: "pf-result-standard" }),
      summaryRow("printing-result-large-print", letters(counts.largePrint), { id: "pf-result-large-print" }),
      summaryRow("printing-result-to-guardian", letters(counts.toGuardian), { id: "pf-result-to-guardian" }),
      summaryRow(
        "printing-result-split",
        h("span", { l10n: "printing-result-split-value", l10nArgs: { count: report.splitAddresses } }),
        { id: "pf-result-split" },
      ),
    ]),
    languageTable(
      "pf-letters-languages",
      "printing-result-languages-caption",
      counts.byLanguage,
      languages,
      "printing-count-letters",
    ),
    ...problemsDetails("pf-letters-problems", report.problems, report.problems.length),
    ...saved,
    h("p", { class: "nhsuk-body", l10n: "printing-result-list-forgotten", attrs: { id: "pf-letters-list-gone" } }),
  ];
}
