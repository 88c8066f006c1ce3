import type { LettersFolder, MadeFile } from "../../backend";
import { caption, headerCell, insetText, say, table, tableRow } from "../../components";
import { attempt, type Context } from "../../context";
import { h } from "../../dom";
import { button, checkbox, dateField, numberField, rowButton } from "../../forms";
import { fileName, madeFileLabel } from "../../notices";

/**
 * The mail-out's parts of the Patient notices page: the letters' date and how the run is split, the folder letters
 * are saved in, the files a run made (open to print, quick print, confirm printed), and the files still on disk
 * with the offer to delete them.
 */

/** The controls that say how a run is made. */
export interface RunControls {
  area: HTMLElement;
  date: HTMLInputElement;
  split: HTMLInputElement;
  batch: HTMLInputElement;
  doubleSided: HTMLInputElement;
}

export function runControls(letterDate: string | null): RunControls {
  const dateGroup = dateField("letterDate", "printing-letter-date-label", letterDate ?? "");
  const date = dateGroup.querySelector("input") as HTMLInputElement;
  // The date's own hint, replacing the form's usual one.
  const hint = dateGroup.querySelector(".nhsuk-hint");
  hint?.setAttribute("data-l10n-id", "printing-letter-date-hint");
  const split = checkbox("split", "printing-split-label", "printing-split-hint");
  const batchGroup = numberField({
    name: "batchSize",
    label: "printing-batch-label",
    hint: "printing-batch-hint",
    value: "",
    width: 5,
  });
  const batch = batchGroup.querySelector("input") as HTMLInputElement;
  const doubleSided = checkbox("doubleSided", "printing-double-sided-label", "printing-double-sided-hint");
  doubleSided.box.checked = true;
  const area = h("div", { attrs: { id: "pf-run-controls" } }, [
    h("div", {}, [dateGroup]),
    split.group,
    h("div", {}, [batchGroup]),
    doubleSided.group,
  ]);
  return { area, date, split: split.box, batch, doubleSided: doubleSided.box };
}

/** Where letters are saved, a warning when a cloud drive syncs it, and the buttons to choose another folder. */
export function folderView(
  ctx: Context,
  folder: LettersFolder,
  onChanged: (folder: LettersFolder) => void,
): HTMLElement[] {
  const choose = button("printing-folder-choose", "button", true, { id: "pf-folder-choose" });
  choose.addEventListener("click", () => void attempt(ctx, () => ctx.backend.noticesFolderChoose(false), onChanged));
  const own = button("printing-folder-own", "button", true, { id: "pf-folder-own" });
  own.addEventListener("click", () => void attempt(ctx, () => ctx.backend.noticesFolderChoose(true), onChanged));
  return [
    h("p", {
      class: "nhsuk-body nhsuk-u-margin-bottom-2",
      l10n: folder.own ? "printing-folder-own-intro" : "printing-folder-chosen-intro",
    }),
    h("p", { class: "nhsuk-body pf-break" }, [h("code", { attrs: { id: "pf-folder-path" } }, [folder.path])]),
    ...(folder.syncedBy
      ? [
          h("div", { class: "nhsuk-warning-callout", attrs: { id: "pf-folder-synced" } }, [
            h("h3", { class: "nhsuk-warning-callout__label" }, [
              h("span", { attrs: { role: "text" } }, [
                h("span", { class: "nhsuk-u-visually-hidden", l10n: "printing-important" }),
                h("span", { l10n: "printing-folder-synced-heading" }),
              ]),
            ]),
            h("p", { l10n: "printing-folder-synced", l10nArgs: { service: folder.syncedBy } }),
          ]),
        ]
      : []),
    h("div", { class: "pf-button-row" }, [choose, ...(folder.own ? [] : [own])]),
  ];
}

/**
 * The files a run made, one row each: its letters and pages, whether the manager has said it was printed, and its
 * buttons. Open to print is the usual way (the viewer's print dialog chooses the printer, both sides and copies).
 */
export function filesTable(
  ctx: Context,
  files: MadeFile[],
  status: HTMLElement,
  onChanged: (files: MadeFile[]) => void,
): HTMLElement {
  const rows = files.map((file) => {
    const name = fileName(file.path);
    const which = { l10n: "printing-file-which", l10nArgs: { file: name } };
    const open = rowButton("printing-open-to-print", which);
    open.addEventListener("click", () => void attempt(ctx, () => ctx.backend.noticesOpen(file.path)));
    const quick = rowButton("printing-quick-print", which);
    quick.addEventListener(
      "click",
      () =>
        void attempt(
          ctx,
          () => ctx.backend.noticesPrint(file.path),
          () => say(status, "printing-sent-to-printer"),
        ),
    );
    const actions: HTMLElement[] = [open];
    if (file.kind === "letters") {
      actions.push(quick);
      if (file.printed === null) {
        const confirm = rowButton("printing-confirm-printed", which);
        confirm.addEventListener(
          "click",
          () =>
            void attempt(
              ctx,
              () => ctx.backend.noticesPrinted(file.id),
              (made) => {
                onChanged(made);
                say(status, "printing-confirmed", { file: name, letters: file.letters });
              },
            ),
        );
        actions.push(confirm);
      }
    }
    const state =
      file.kind !== "letters"
        ? h("span", { l10n: "printing-file-not-counted" })
        : file.printed === null
          ? h("strong", { class: "nhsuk-tag nhsuk-tag--grey", l10n: "printing-file-not-printed" })
          : h("strong", { class: "nhsuk-tag nhsuk-tag--green", l10n: "printing-file-printed" });
    return tableRow(
      [
        headerCell("row", [
          h("span", { class: "pf-block pf-break" }, [name]),
          h("span", { class: "pf-block nhsuk-body-s", ...madeFileLabel(file) }),
        ]),
        h("td", {
          class: "nhsuk-table__cell nhsuk-table__cell--numeric",
          l10n: "printing-count-letters",
          l10nArgs: { count: file.letters },
        }),
        h("td", {
          class: "nhsuk-table__cell nhsuk-table__cell--numeric",
          l10n: "printing-result-pages-value",
          l10nArgs: { count: file.pages },
        }),
        h("td", { class: "nhsuk-table__cell" }, [state]),
        h("td", { class: "nhsuk-table__cell" }, [h("div", { class: "pf-button-row" }, actions)]),
      ],
      { "data-file": file.id },
    );
  });
  return h("div", { class: "pf-table-scroll" }, [
    table({
      id: "pf-files",
      caption: caption("printing-files-caption", "small"),
      columns: [
        { l10n: "printing-col-file" },
        { l10n: "printing-col-letters", numeric: true },
        { l10n: "printing-col-pages", numeric: true },
        { l10n: "printing-col-printed" },
        { l10n: "printing-col-actions" },
      ],
      rows,
    }),
  ]);
}

/**
 * The files of mail-outs still on disk: the reminder that they name patients, and the button to delete them all.
 * Nothing when none is left.
 */
export function onDiskView(
  ctx: Context,
  files: MadeFile[],
  status: HTMLElement,
  onDeleted: (left: MadeFile[]) => void,
): HTMLElement[] {
  if (files.length === 0) return [];
  const remove = button("printing-delete-letters", "button", false, { id: "pf-delete-letters" });
  remove.classList.add("nhsuk-button--warning");
  remove.addEventListener(
    "click",
    () =>
      void attempt(
        ctx,
        () => ctx.backend.noticesDeleteLetters(),
        (left) => {
          onDeleted(left);
          say(status, left.length === 0 ? "printing-deleted" : "printing-deleted-some", { count: left.length });
        },
      ),
  );
  return [
    h("div", { class: "nhsuk-inset-text", attrs: { id: "pf-on-disk" } }, [
      h("span", { class: "nhsuk-u-visually-hidden", l10n: "printing-important" }),
      h("p", { l10n: "printing-on-disk", l10nArgs: { count: files.length } }),
      h(
        "ul",
        { class: "nhsuk-list nhsuk-list--bullet", attrs: { id: "pf-on-disk-files" } },
        files.map((file) => h("li", { class: "pf-break" }, [file.path])),
      ),
      remove,
    ]),
  ];
}

/** The acknowledgement letters: the coded-patients export chosen with the system's dialog, dated, made, saved. */
export function acknowledgementsSection(ctx: Context, letterDate: string | null, onMade: () => void): HTMLElement {
  const status = h("div", {
    class: "nhsuk-u-visually-hidden",
    attrs: { id: "pf-ack-status", role: "status", "aria-live": "polite" },
  });
  const result = h("div", { attrs: { id: "pf-ack-result" } });
  const dateGroup = dateField("ackDate", "printing-ack-date-label", letterDate ?? "");
  const date = dateGroup.querySelector("input") as HTMLInputElement;
  const make = button("printing-ack-make", "button", false, { id: "pf-ack-make" });
  make.addEventListener("click", async () => {
    make.disabled = true;
    try {
      say(status, "printing-ack-making");
      const report = await ctx.backend.noticesAcknowledgements(date.value);
      ctx.showErrors([]);
      if (!report) {
        say(status, "printing-no-file-chosen");
        return;
      }
      result.replaceChildren(
        h("p", {
          class: "nhsuk-body",
          l10n: "printing-ack-made",
          l10nArgs: { letters: report.counts.letters, pages: report.counts.pages, left: report.problems.length },
          attrs: { id: "pf-ack-summary" },
        }),
        filesTable(ctx, [report.file], status, () => {}),
      );
      say(status, "printing-ack-made", {
        letters: report.counts.letters,
        pages: report.counts.pages,
        left: report.problems.length,
      });
      onMade();
    } catch (error) {
      status.replaceChildren();
      ctx.showErrors([error]);
    } finally {
      make.disabled = false;
    }
  });
  return h("section", { attrs: { "aria-labelledby": "pf-ack-heading" } }, [
    h("h2", { l10n: "printing-ack-heading", attrs: { id: "pf-ack-heading" } }),
    h("p", { class: "nhsuk-body", l10n: "printing-ack-intro" }),
    insetText("printing-ack-privacy"),
    h("div", {}, [dateGroup]),
    make,
    status,
    result,
  ]);
}
