import { isAppError, type LettersReport, type ListField, type ListView, type NoticeKind, type NoticeLanguage, type NoticesOptions } from "../backend";
import type { Context } from "../context";
import { h } from "../dom";
import { fieldId } from "../errors";
import { button, markFieldErrors, radios } from "../forms";
import {
  FIELD_LABELS,
  KIND_LABELS,
  REQUIRED_FIELDS,
  base64FromBuffer,
  columnChoices,
  columnOf,
  delimiterName,
  languageCounts,
  lettersFor,
  shouldAnnounce,
  tenths,
  withColumn,
} from "../notices";

type Args = Record<string, string | number>;

function say(region: HTMLElement, l10n: string, l10nArgs?: Args): void {
  region.replaceChildren(h("span", { l10n, l10nArgs }));
}

function liveRegion(id: string): HTMLElement {
  return h("p", { class: "nhsuk-body", attrs: { id, "aria-live": "polite" } });
}

function summaryRow(key: string, value: HTMLElement, attrs: Record<string, string> = {}): HTMLElement {
  return h("div", { class: "nhsuk-summary-list__row", attrs }, [
    h("dt", { class: "nhsuk-summary-list__key", l10n: key }),
    h("dd", { class: "nhsuk-summary-list__value" }, [value]),
  ]);
}

function checkbox(name: string, label: string, hint: string): { group: HTMLElement; box: HTMLInputElement } {
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

/** The saved file's path, and buttons to open and print it. */
function savedFile(ctx: Context, path: string, status: HTMLElement, idPrefix: string): HTMLElement[] {
  const open = button("printing-open", "button", true);
  open.id = `${idPrefix}-open`;
  open.addEventListener("click", async () => {
    try {
      await ctx.backend.openPdf(path);
      ctx.showErrors([]);
    } catch (error) {
      ctx.showErrors([error]);
    }
  });
  const print = button("printing-print", "button", true);
  print.id = `${idPrefix}-print`;
  print.addEventListener("click", async () => {
    try {
      await ctx.backend.printPdf(path);
      ctx.showErrors([]);
      say(status, "printing-sent-to-printer");
    } catch (error) {
      ctx.showErrors([error]);
    }
  });
  return [
    h("p", { class: "nhsuk-body nhsuk-u-margin-bottom-2", l10n: "printing-saved-in" }),
    h("p", { class: "nhsuk-body pf-break" }, [h("code", { attrs: { id: `${idPrefix}-path` } }, [path])]),
    h("div", { class: "pf-button-row" }, [open, print]),
  ];
}

function languageTable(id: string, caption: string, counts: Record<string, number>, languages: NoticeLanguage[], countL10n: string): HTMLElement {
  return h("table", { class: "nhsuk-table", attrs: { id } }, [
    h("caption", { class: "nhsuk-table__caption nhsuk-table__caption--s", l10n: caption }),
    h("thead", { class: "nhsuk-table__head" }, [
      h("tr", { class: "nhsuk-table__row" }, [
        h("th", { class: "nhsuk-table__header", l10n: "printing-col-language", attrs: { scope: "col" } }),
        h("th", { class: "nhsuk-table__header nhsuk-table__header--numeric", l10n: "printing-col-count", attrs: { scope: "col" } }),
      ]),
    ]),
    h(
      "tbody",
      { class: "nhsuk-table__body" },
      languageCounts(counts, languages).map(({ code, autonym, count }) =>
        h("tr", { class: "nhsuk-table__row", attrs: { "data-language": code } }, [
          h("th", { class: "nhsuk-table__header", attrs: { scope: "row" } }, [h("span", { attrs: { lang: code } }, [autonym])]),
          h("td", { class: "nhsuk-table__cell nhsuk-table__cell--numeric", l10n: countL10n, l10nArgs: { count } }),
        ]),
      ),
    ),
  ]);
}

/** The rows the list leaves out, by line and reason; the first 100 are listed, the total is given. */
function problemsDetails(id: string, problems: string[], total: number): HTMLElement[] {
  if (total === 0) return [];
  return [
    h("details", { class: "nhsuk-details", attrs: { id } }, [
      h("summary", { class: "nhsuk-details__summary" }, [
        h("span", { class: "nhsuk-details__summary-text", l10n: "printing-problems-summary", l10nArgs: { count: total } }),
      ]),
      h("div", { class: "nhsuk-details__text" }, [
        h("p", { class: "nhsuk-body", l10n: "printing-problems-intro" }),
        h("ul", { class: "nhsuk-list nhsuk-list--bullet pf-problems" }, problems.map((problem) => h("li", {}, [problem]))),
        ...(total > problems.length ? [h("p", { class: "nhsuk-body", l10n: "printing-problems-more", l10nArgs: { shown: problems.length, count: total } })] : []),
      ]),
    ]),
  ];
}

function readAsArrayBuffer(file: File): Promise<ArrayBuffer> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(reader.result as ArrayBuffer);
    reader.onerror = () => fail(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

function noticesSection(ctx: Context, options: NoticesOptions): HTMLElement {
  const status = liveRegion("pf-notice-status");
  const result = h("div", { attrs: { id: "pf-notice-result" } });
  const initial = options.languages.find((l) => l.code === ctx.locale()) ?? options.languages[0];

  const languageSelect = h(
    "select",
    { class: "nhsuk-select", attrs: { id: fieldId("language"), name: "language", "aria-describedby": "f-language-draft" } },
    // Each language is named in itself; a draft says so in the page's language, as the app's own picker does.
    options.languages.map((language) => {
      const option = (
        language.draft
          ? h("option", { l10n: "printing-language-option-draft", l10nArgs: { language: language.autonym } }, [language.autonym])
          : h("option", { attrs: { lang: language.code } }, [language.autonym])
      ) as HTMLOptionElement;
      option.value = language.code;
      option.selected = language.code === initial?.code;
      return option;
    }),
  ) as HTMLSelectElement;
  const draftInset = h("div", { attrs: { id: "f-language-draft" } });
  const showDraft = () => {
    const language = options.languages.find((l) => l.code === languageSelect.value);
    draftInset.replaceChildren(
      ...(language?.draft
        ? [
            h("div", { class: "nhsuk-inset-text", attrs: { id: "pf-draft-inset" } }, [
              h("span", { class: "nhsuk-u-visually-hidden", l10n: "printing-draft-inset-label" }),
              h("p", { l10n: "printing-draft-inset", l10nArgs: { language: language.autonym } }),
            ]),
          ]
        : []),
    );
  };
  languageSelect.addEventListener("change", showDraft);
  showDraft();

  const largePrint = checkbox("largePrint", "printing-large-print-label", "printing-large-print-hint");
  const make = button("printing-make-pdf");
  make.id = "pf-make-pdf";
  const form = h("form", { attrs: { novalidate: "", "aria-labelledby": "pf-notices-heading" } }, [
    radios({
      name: "kind",
      legend: "printing-kind-legend",
      value: options.kinds[0] ?? "poster-a4",
      choices: options.kinds.map((kind) => ({ value: kind, l10n: KIND_LABELS[kind] })),
    }),
    h("div", { class: "nhsuk-form-group", attrs: { "data-field": "language" } }, [
      h("label", { class: "nhsuk-label", l10n: "printing-language-label", attrs: { for: fieldId("language") } }),
      languageSelect,
      draftInset,
    ]),
    largePrint.group,
    make,
  ]) as HTMLFormElement;

  let busy = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    const kind = (new FormData(form).get("kind") ?? options.kinds[0]) as NoticeKind;
    try {
      say(status, "printing-making-pdf");
      const { path } = await ctx.backend.makeNotice(kind, languageSelect.value, largePrint.box.checked);
      markFieldErrors(form, null);
      ctx.showErrors([]);
      result.replaceChildren(...savedFile(ctx, path, status, "pf-notice"));
      say(status, "printing-pdf-saved", { path });
    } catch (error) {
      status.replaceChildren();
      markFieldErrors(form, isAppError(error) ? error : null);
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

function lettersSection(ctx: Context, options: NoticesOptions): HTMLElement {
  let list: ListView | null = null;
  let running = false;

  const listStatus = liveRegion("pf-list-status");
  const lettersStatus = liveRegion("pf-letters-status");
  const summaryArea = h("div", { attrs: { id: "pf-list-area" } });
  const runArea = h("div", {});
  const resultArea = h("div", {});

  const fileInput = h("input", {
    class: "nhsuk-file-upload",
    attrs: { id: fieldId("patientList"), name: "patientList", type: "file", accept: ".csv,.txt,text/csv,text/plain", "aria-describedby": "f-patientList-hint" },
  }) as HTMLInputElement;
  // markFieldErrors looks for the field's group inside what it is given: hence the wrapper.
  const fileGroup = h("div", {}, [
    h("div", { class: "nhsuk-form-group", attrs: { "data-field": "patientList" } }, [
      h("label", { class: "nhsuk-label", l10n: "printing-list-label", attrs: { for: fieldId("patientList") } }),
      h("div", { class: "nhsuk-hint", l10n: "printing-list-hint", attrs: { id: "f-patientList-hint" } }),
      fileInput,
    ]),
  ]);

  const households = checkbox("households", "printing-households-label", "printing-households-hint");
  const letterCount = h("p", { class: "nhsuk-body", attrs: { id: "pf-letter-count" } });
  households.box.addEventListener("change", () => renderLetterCount());

  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file || running) return;
    say(listStatus, "printing-list-reading", { file: file.name });
    try {
      // A file larger than any patient list is not read at all: its size alone is sent, and refused.
      const data = file.size > options.maxListBytes ? "" : base64FromBuffer(await readAsArrayBuffer(file));
      list = await ctx.backend.readList(file.name, data, file.size);
      markFieldErrors(fileGroup, null);
      ctx.showErrors([]);
      resultArea.replaceChildren();
      renderList(true);
      say(listStatus, "printing-list-read", { file: list.fileName, patients: list.patients, left: list.problemCount });
    } catch (error) {
      list = null;
      renderList(true);
      listStatus.replaceChildren();
      // The file as a whole is at fault: the summary links to the file input.
      const shown = isAppError(error) ? { ...error, fields: [{ field: "patientList", message: error.message }] } : null;
      markFieldErrors(fileGroup, shown);
      ctx.showErrors([shown ?? error]);
    }
  });

  function summary(view: ListView): HTMLElement {
    return h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-list-summary" } }, [
      summaryRow("printing-summary-file", h("span", { class: "pf-break" }, [view.fileName])),
      summaryRow(
        "printing-summary-format",
        h("span", { l10n: "printing-summary-format-value", l10nArgs: { delimiter: delimiterName(view.delimiter), encoding: view.encoding } }),
      ),
      summaryRow("printing-summary-patients", h("span", { l10n: "printing-summary-patients-value", l10nArgs: { count: view.patients } }), {
        id: "pf-summary-patients",
      }),
      summaryRow(
        "printing-summary-letters",
        h("span", {}, [
          h("span", { class: "pf-block", l10n: "printing-summary-letters-each", l10nArgs: { count: view.letters } }),
          h("span", { class: "pf-block", l10n: "printing-summary-letters-households", l10nArgs: { count: view.householdLetters } }),
        ]),
        { id: "pf-summary-letters" },
      ),
      summaryRow("printing-summary-large-print", h("span", { l10n: "printing-summary-patients-value", l10nArgs: { count: view.largePrint } }), {
        id: "pf-summary-large-print",
      }),
      summaryRow("printing-summary-left-out", h("span", { l10n: "printing-summary-left-out-value", l10nArgs: { count: view.problemCount } }), {
        id: "pf-summary-left-out",
      }),
    ]);
  }

  /** The mapping's controls are named apart from the page's other fields ("language" is one of each). */
  const mapName = (field: ListField) => `map-${field}`;

  function mappingTable(view: ListView): HTMLElement {
    const rows = view.mapping.map(({ field, column }) => {
      const headerId = `pf-map-${field}-label`;
      const select = h(
        "select",
        { class: "nhsuk-select", attrs: { id: fieldId(mapName(field)), name: mapName(field), "aria-labelledby": headerId } },
        columnChoices(view.headers, column).map((choice) => {
          const option = h("option", choice.l10n ? { l10n: choice.l10n, l10nArgs: choice.l10nArgs } : {}, choice.text ? [choice.text] : []) as HTMLOptionElement;
          option.value = choice.value;
          option.selected = choice.selected;
          return option;
        }),
      ) as HTMLSelectElement;
      select.addEventListener("change", () => void remap(field, columnOf(select.value)));
      const required = REQUIRED_FIELDS.includes(field);
      return h("tr", { class: "nhsuk-table__row", attrs: { "data-field-row": field } }, [
        h("th", { class: "nhsuk-table__header", attrs: { scope: "row", id: headerId } }, [
          h("span", { l10n: FIELD_LABELS[field] }),
          ...(required ? [" ", h("span", { class: "pf-required", l10n: "printing-field-required" })] : []),
        ]),
        h("td", { class: "nhsuk-table__cell" }, [h("div", { class: "nhsuk-form-group nhsuk-u-margin-bottom-0", attrs: { "data-field": mapName(field) } }, [select])]),
      ]);
    });
    return h("div", { class: "pf-table-scroll" }, [
      h("table", { class: "nhsuk-table", attrs: { id: "pf-mapping" } }, [
        h("caption", { class: "nhsuk-table__caption nhsuk-table__caption--s", l10n: "printing-mapping-caption" }),
        h("thead", { class: "nhsuk-table__head" }, [
          h("tr", { class: "nhsuk-table__row" }, [
            h("th", { class: "nhsuk-table__header", l10n: "printing-col-field", attrs: { scope: "col" } }),
            h("th", { class: "nhsuk-table__header", l10n: "printing-col-column", attrs: { scope: "col" } }),
          ]),
        ]),
        h("tbody", { class: "nhsuk-table__body" }, rows),
      ]),
    ]);
  }

  const mappingArea = h("div", {});
  const countsArea = h("div", {});

  /** The summary and counts; the mapping table only when a new file was read, so a select keeps its focus. */
  function renderList(newFile: boolean): void {
    if (!list) {
      countsArea.replaceChildren();
      mappingArea.replaceChildren();
      summaryArea.replaceChildren();
      runArea.replaceChildren();
      return;
    }
    countsArea.replaceChildren(
      summary(list),
      languageTable("pf-list-languages", "printing-languages-caption", list.byLanguage, options.languages, "printing-count-patients"),
      ...problemsDetails("pf-list-problems", list.problems, list.problemCount),
    );
    if (newFile || !mappingArea.hasChildNodes()) {
      mappingArea.replaceChildren(
        h("h3", { l10n: "printing-mapping-heading", attrs: { id: "pf-mapping-heading" } }),
        h("p", { class: "nhsuk-body", l10n: "printing-mapping-intro" }),
        mappingTable(list),
      );
    } else {
      for (const { field, column } of list.mapping) {
        const select = mappingArea.querySelector<HTMLSelectElement>(`#${fieldId(mapName(field))}`);
        if (select && columnOf(select.value) !== column) select.value = column === null ? "" : String(column);
      }
    }
    if (summaryArea.childElementCount === 0) {
      summaryArea.replaceChildren(
        h("h3", { l10n: "printing-list-heading", attrs: { id: "pf-list-heading", tabindex: "-1" } }),
        countsArea,
        mappingArea,
        h("h3", { l10n: "printing-letters-heading", attrs: { id: "pf-letters-heading" } }),
        households.group,
        letterCount,
        runArea,
      );
    }
    renderLetterCount();
    renderRun();
  }

  function renderLetterCount(): void {
    if (!list) return;
    letterCount.replaceChildren(
      h("span", {
        l10n: households.box.checked ? "printing-letters-to-make-households" : "printing-letters-to-make-each",
        l10nArgs: { count: lettersFor(list, households.box.checked) },
      }),
    );
  }

  async function remap(field: ListField, column: number | null): Promise<void> {
    if (!list) return;
    try {
      list = await ctx.backend.mapList(withColumn(list.mapping, field, column));
      markFieldErrors(mappingArea, null);
      ctx.showErrors([]);
      renderList(false);
      say(listStatus, "printing-mapping-changed", { patients: list.patients, left: list.problemCount });
    } catch (error) {
      // The summary links to the column that was just changed, unless the error names its own fields.
      const shown = isAppError(error)
        ? { ...error, fields: error.fields?.length ? error.fields.map((f) => ({ ...f, field: mapName(f.field as ListField) })) : [{ field: mapName(field), message: error.message }] }
        : null;
      markFieldErrors(mappingArea, shown);
      ctx.showErrors([shown ?? error]);
    }
  }

  function renderRun(): void {
    const make = button("printing-make-letters", "button");
    make.id = "pf-make-letters";
    make.addEventListener("click", () => void run());
    const forget = button("printing-forget", "button", true);
    forget.id = "pf-forget";
    forget.setAttribute("aria-describedby", "pf-forget-hint");
    forget.addEventListener("click", () => void forgetList());
    runArea.replaceChildren(
      h("div", { class: "pf-button-row" }, [make, forget]),
      h("p", { class: "nhsuk-body", l10n: "printing-forget-hint", attrs: { id: "pf-forget-hint" } }),
    );
  }

  async function run(): Promise<void> {
    if (!list || running) return;
    running = true;
    const byHousehold = households.box.checked;
    const bar = h("progress", { attrs: { id: "pf-letters-progress" } }) as HTMLProgressElement;
    const figures = h("p", { class: "nhsuk-body", attrs: { id: "pf-letters-figures" } });
    const cancel = button("printing-cancel", "button", true);
    cancel.id = "pf-cancel-letters";
    cancel.addEventListener("click", async () => {
      cancel.disabled = true;
      say(lettersStatus, "printing-cancelling");
      try {
        await ctx.backend.cancelLetters();
      } catch (error) {
        ctx.showErrors([error]);
      }
    });
    runArea.replaceChildren(
      h("div", { class: "nhsuk-form-group pf-progress", attrs: { id: "pf-letters-run" } }, [
        h("label", { class: "nhsuk-label", l10n: "printing-progress-label", attrs: { for: "pf-letters-progress" } }),
        bar,
        figures,
      ]),
      cancel,
    );
    resultArea.replaceChildren();
    // The list is the run's while it lasts: it cannot be changed or chosen again until the run ends.
    const controls = [households.box, fileInput, ...mappingArea.querySelectorAll("select")];
    for (const control of controls) control.disabled = true;
    cancel.focus();
    say(lettersStatus, "printing-letters-started");
    let last = { tenths: 0, at: Date.now() };
    const onProgress = ({ done, total }: { done: number; total: number }) => {
      bar.max = Math.max(total, 1);
      bar.value = done;
      figures.replaceChildren(h("span", { l10n: "printing-progress-figures", l10nArgs: { done, total } }));
      const now = Date.now();
      if (shouldAnnounce({ done, total }, last, now)) {
        last = { tenths: tenths(done, total), at: now };
        say(lettersStatus, "printing-progress-announce", { done, total });
      }
    };
    try {
      const report = await ctx.backend.makeLetters(byHousehold, onProgress);
      ctx.showErrors([]);
      // Once its letters are made the app lets the list go: the page shows only what was made.
      list = null;
      fileInput.value = "";
      households.box.checked = false;
      listStatus.replaceChildren();
      renderList(true);
      renderResult(report);
      say(lettersStatus, "printing-letters-done", { letters: report.counts.letters, pages: report.counts.pages });
      document.getElementById("pf-letters-result")?.focus();
    } catch (error) {
      renderRun();
      if (isAppError(error) && error.code === "cancelled") {
        say(lettersStatus, "printing-letters-cancelled");
        document.getElementById("pf-make-letters")?.focus();
      } else {
        lettersStatus.replaceChildren();
        ctx.showErrors([error]);
      }
    } finally {
      running = false;
      for (const control of controls) control.disabled = false;
    }
  }

  function renderResult(report: LettersReport): void {
    const counts = report.counts;
    resultArea.replaceChildren(
      h("h3", { l10n: "printing-result-heading", attrs: { id: "pf-letters-result", tabindex: "-1" } }),
      h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-letters-summary" } }, [
        summaryRow("printing-result-letters", h("span", { l10n: "printing-result-letters-value", l10nArgs: { count: counts.letters } }), {
          id: "pf-result-letters",
        }),
        summaryRow("printing-result-pages", h("span", { l10n: "printing-result-pages-value", l10nArgs: { count: counts.pages } })),
        summaryRow("printing-result-standard", h("span", { l10n: "printing-result-letters-value", l10nArgs: { count: counts.standard } }), {
          id: "pf-result-standard",
        }),
        summaryRow("printing-result-large-print", h("span", { l10n: "printing-result-letters-value", l10nArgs: { count: counts.largePrint } }), {
          id: "pf-result-large-print",
        }),
      ]),
      languageTable("pf-letters-languages", "printing-result-languages-caption", counts.byLanguage, options.languages, "printing-count-letters"),
      ...problemsDetails("pf-letters-problems", report.problems, report.problems.length),
      ...savedFile(ctx, report.path, lettersStatus, "pf-letters"),
      h("p", { class: "nhsuk-body", l10n: "printing-result-list-forgotten", attrs: { id: "pf-letters-list-gone" } }),
    );
  }

  async function forgetList(): Promise<void> {
    try {
      await ctx.backend.forgetList();
      ctx.showErrors([]);
      list = null;
      fileInput.value = "";
      households.box.checked = false;
      markFieldErrors(fileGroup, null);
      resultArea.replaceChildren();
      renderList(true);
      say(listStatus, "printing-list-forgotten");
      fileInput.focus();
    } catch (error) {
      ctx.showErrors([error]);
    }
  }

  return h("section", { attrs: { "aria-labelledby": "pf-letters-section-heading" } }, [
    h("h2", { l10n: "printing-letters-section-heading", attrs: { id: "pf-letters-section-heading" } }),
    h("p", { class: "nhsuk-body", l10n: "printing-letters-intro" }),
    h("div", { class: "nhsuk-inset-text" }, [h("p", { l10n: "printing-privacy" })]),
    fileGroup,
    listStatus,
    summaryArea,
    lettersStatus,
    resultArea,
  ]);
}

export async function noticesPage(ctx: Context): Promise<HTMLElement> {
  const options = await ctx.backend.noticesOptions();
  return h("div", {}, [
    h("h1", { l10n: "printing-heading" }),
    h("p", { class: "nhsuk-lede-text", l10n: "printing-lede" }),
    noticesSection(ctx, options),
    lettersSection(ctx, options),
  ]);
}
