import {
  isCommandError,
  type CommandError,
  type FieldMessage,
  type LettersFolder,
  type LettersProgress,
  type LettersReport,
  type ListField,
  type ListView,
  type MadeFile,
  type NoticesOptions,
  type PunjabiScript,
} from "../../backend";
import { insetText, liveRegion, say } from "../../components";
import type { Context } from "../../context";
import { h } from "../../dom";
import { fieldId } from "../../errors";
import { button, checkbox, markFieldErrors, numberField } from "../../forms";
import * as notices from "../../notices";
import {
  draftLanguagesNotice,
  lettersResult,
  letterCountMessage,
  listCounts,
  mapName,
  mappingTable,
  progressView,
  punjabiScriptField,
  runButtons,
  showProgress,
} from "./letters-view";
import { filesTable, folderView, onDiskView, runControls, type RunControls } from "./mailout";

/**
 * The letters section of the Patient notices page: a patient list read on this computer, its columns shown for
 * correcting, and letters made from it.
 *
 * What the section knows is a `LettersState`. Render functions (letters-view.ts) draw parts of it and return
 * elements; the event handlers here change the state and redraw only the part that changed, so a control in use
 * keeps its place and its focus.
 */

/** What the letters section knows. */
export interface LettersState {
  readonly options: NoticesOptions;
  /** The patient list the app holds, as last read or mapped; null when it holds none. */
  list: ListView | null;
  /** One letter per household rather than one per patient. */
  households: boolean;
  /** Every letter in English, whatever the list's language column says. */
  englishOnly: boolean;
  /** The most surnames at one address for it to be one household, as typed (the app checks it). */
  maxSurnames: string;
  /** The script of the letters for a plain "Punjabi" in the list's language column, as the app last saved it. */
  punjabiScript: PunjabiScript;
  /** The letters run under way, or null. While it lasts the list is the run's: it cannot be changed or chosen again. */
  run: RunState | null;
  /** The letters last made; null once another list is read or the list is forgotten. */
  report: LettersReport | null;
  /** The proof of the held list, once made; the run is offered once it has been opened. */
  proof: MadeFile | null;
  proofOpened: boolean;
  folder: LettersFolder;
  /** The files of mail-outs still on disk. */
  onDisk: MadeFile[];
}

export interface RunState {
  progress: LettersProgress;
  /** The last progress announced to screen readers: how far (in tenths) and when. */
  announced: { tenths: number; at: number };
}

export function lettersState(options: NoticesOptions): LettersState {
  return {
    options,
    list: null,
    households: false,
    englishOnly: false,
    maxSurnames: String(options.maxSurnames),
    punjabiScript: options.punjabiScript,
    run: null,
    report: null,
    proof: null,
    proofOpened: false,
    folder: options.lettersFolder,
    onDisk: options.onDisk,
  };
}

/**
 * The section's elements that stay in place for the page's life: live regions must, so that what is put in them is
 * read out, and so must the controls a person may be using while the parts around them are redrawn.
 */
interface LettersParts {
  /** Opens the system's file dialog (from the app, in Rust) to choose the list. */
  fileInput: HTMLButtonElement;
  runControls: RunControls;
  folder: HTMLElement;
  onDisk: HTMLElement;
  /** The file's form group in a wrapper: markFieldErrors looks for a field's group inside what it is given. */
  fileGroup: HTMLElement;
  households: { group: HTMLElement; box: HTMLInputElement };
  englishOnly: { group: HTMLElement; box: HTMLInputElement };
  /** Which letters will be in draft translations, told before they are made (#pf-letters-drafts). */
  drafts: HTMLElement;
  /** The limit of surnames's form group in a wrapper (for markFieldErrors), and its input. */
  maxSurnames: { area: HTMLElement; input: HTMLInputElement };
  /** Which script a plain "Punjabi" means: its form group in a wrapper (for markFieldErrors), and its select. */
  punjabiScript: { area: HTMLElement; select: HTMLSelectElement };
  listStatus: HTMLElement;
  lettersStatus: HTMLElement;
  /** Everything about the held list (#pf-list-area); empty when no list is held. */
  listArea: HTMLElement;
  counts: HTMLElement;
  mapping: HTMLElement;
  letterCount: HTMLElement;
  /** The buttons to make the letters or forget the list, or a run's progress. */
  runArea: HTMLElement;
  resultArea: HTMLElement;
}

interface Letters {
  ctx: Context;
  state: LettersState;
  parts: LettersParts;
}

function maxSurnamesField(options: NoticesOptions): { area: HTMLElement; input: HTMLInputElement } {
  const group = numberField({
    name: "maxSurnames",
    label: "printing-max-surnames-label",
    hint: "printing-max-surnames-hint",
    value: String(options.maxSurnames),
    width: 4,
  });
  const input = group.querySelector("input") as HTMLInputElement;
  return { area: h("div", {}, [group]), input };
}

function lettersParts(options: NoticesOptions): LettersParts {
  const fileInput = button("printing-list-choose", "button", true, {
    id: fieldId("patientList"),
    "aria-describedby": "f-patientList-hint",
  });
  const fileGroup = h("div", {}, [
    h("div", { class: "nhsuk-form-group", attrs: { "data-field": "patientList" } }, [
      h("h3", { class: "nhsuk-heading-s", l10n: "printing-list-label" }),
      h("div", { class: "nhsuk-hint", l10n: "printing-list-hint", attrs: { id: "f-patientList-hint" } }),
      fileInput,
    ]),
  ]);
  return {
    fileInput,
    fileGroup,
    runControls: runControls(options.letterDate),
    folder: h("div", { attrs: { id: "pf-folder" } }),
    onDisk: h("div", {}),
    households: checkbox("households", "printing-households-label", "printing-households-hint-children"),
    maxSurnames: maxSurnamesField(options),
    punjabiScript: punjabiScriptField(options.punjabiScript),
    englishOnly: checkbox("englishOnly", "printing-english-only-label", "printing-english-only-hint"),
    drafts: h("div", {}),
    listStatus: liveRegion("pf-list-status"),
    lettersStatus: liveRegion("pf-letters-status"),
    listArea: h("div", { attrs: { id: "pf-list-area" } }),
    counts: h("div", {}),
    mapping: h("div", {}),
    letterCount: h("p", { class: "nhsuk-body", attrs: { id: "pf-letter-count" } }),
    runArea: h("div", {}),
    resultArea: h("div", {}),
  };
}

// Redrawing: the state into the parts that show it.

/** The list's figures and buttons; the mapping table only when a new file was read, so a select keeps its focus. */
function renderList(letters: Letters, newFile: boolean): void {
  const { state, parts } = letters;
  parts.households.box.checked = state.households;
  if (!state.list) {
    parts.counts.replaceChildren();
    parts.mapping.replaceChildren();
    parts.listArea.replaceChildren();
    parts.runArea.replaceChildren();
    return;
  }
  parts.counts.replaceChildren(...listCounts(state.list, state.options.languages));
  if (newFile || !parts.mapping.hasChildNodes()) {
    parts.mapping.replaceChildren(
      h("h3", { l10n: "printing-mapping-heading", attrs: { id: "pf-mapping-heading" } }),
      h("p", { class: "nhsuk-body", l10n: "printing-mapping-intro" }),
      mappingTable(state.list, (field, column) => void onRemap(letters, field, column)),
    );
  } else {
    for (const { field, column } of state.list.mapping) {
      const select = parts.mapping.querySelector<HTMLSelectElement>(`#${fieldId(mapName(field))}`);
      if (select && notices.columnOf(select.value) !== column) select.value = column === null ? "" : String(column);
    }
  }
  if (parts.listArea.childElementCount === 0) {
    parts.listArea.replaceChildren(
      h("h3", { l10n: "printing-list-heading", attrs: { id: "pf-list-heading", tabindex: "-1" } }),
      parts.counts,
      parts.mapping,
      h("h3", { l10n: "printing-letters-heading", attrs: { id: "pf-letters-heading" } }),
      parts.households.group,
      parts.maxSurnames.area,
      parts.englishOnly.group,
      parts.drafts,
      parts.runControls.area,
      parts.letterCount,
      parts.runArea,
    );
  }
  renderLetterCount(letters);
  renderDrafts(letters);
  renderRunButtons(letters);
}

/** The draft translations the letters would be in, or that every letter will be in English. */
function renderDrafts({ state, parts }: Letters): void {
  parts.englishOnly.box.checked = state.englishOnly;
  parts.drafts.replaceChildren(
    ...(state.list ? draftLanguagesNotice(state.list, state.options.languages, state.englishOnly) : []),
  );
}

function renderLetterCount({ state, parts }: Letters): void {
  if (state.list) parts.letterCount.replaceChildren(...letterCountMessage(state.list, state.households));
}

/**
 * The proof first: made and opened, it offers the run. The proof's file has its own Open to print button; opening
 * it is what shows the button that makes the letters.
 */
function renderRunButtons(letters: Letters): void {
  const { ctx, state, parts } = letters;
  const proof = button("printing-make-proof", "button", state.proof !== null, { id: "pf-make-proof" });
  proof.addEventListener("click", () => void onProof(letters));
  const proofArea: HTMLElement[] = [];
  if (state.proof) {
    const file = state.proof;
    const open = button("printing-open-proof", "button", false, { id: "pf-open-proof" });
    open.addEventListener("click", async () => {
      try {
        await ctx.backend.noticesOpen(file.path);
        ctx.showErrors([]);
        state.proofOpened = true;
        renderRunButtons(letters);
        say(parts.lettersStatus, "printing-proof-opened");
        document.getElementById("pf-make-letters")?.focus();
      } catch (error) {
        ctx.showErrors([error]);
      }
    });
    proofArea.push(
      h("p", {
        class: "nhsuk-body",
        l10n: "printing-proof-made",
        l10nArgs: { letters: file.letters, pages: file.pages },
        attrs: { id: "pf-proof-made" },
      }),
      h("p", { class: "nhsuk-body pf-break" }, [h("code", { attrs: { id: "pf-proof-path" } }, [file.path])]),
      open,
    );
  }
  const buttons = runButtons(
    () => void onMakeLetters(letters),
    () => void onForget(letters),
  );
  // Until the proof is opened, the run is not offered.
  if (!state.proofOpened) buttons[0].querySelector("#pf-make-letters")?.remove();
  parts.runArea.replaceChildren(h("div", { class: "pf-button-row" }, [proof]), ...proofArea, ...buttons);
}

function renderFolder(letters: Letters): void {
  const { ctx, state, parts } = letters;
  parts.folder.replaceChildren(
    ...folderView(ctx, state.folder, (folder) => {
      state.folder = folder;
      renderFolder(letters);
      say(parts.lettersStatus, "printing-folder-changed", { path: folder.path });
    }),
  );
}

function renderOnDisk(letters: Letters): void {
  const { ctx, state, parts } = letters;
  parts.onDisk.replaceChildren(
    ...onDiskView(ctx, state.onDisk, parts.lettersStatus, (left) => {
      state.onDisk = left;
      state.report = null;
      renderResult(letters);
      renderOnDisk(letters);
    }),
  );
}

function renderResult(letters: Letters): void {
  const { ctx, state, parts } = letters;
  const report = state.report;
  const table = report
    ? filesTable(ctx, [...report.files, report.addresses], parts.lettersStatus, (made) => {
        const confirmed = new Map(made.map((file) => [file.id, file]));
        report.files = report.files.map((file) => confirmed.get(file.id) ?? file);
        state.onDisk = made;
        renderResult(letters);
        renderOnDisk(letters);
      })
    : null;
  parts.resultArea.replaceChildren(...(report && table ? lettersResult(report, state.options.languages, [table]) : []));
}

/** While a run lasts, the list and its settings cannot be changed. */
function lockControls({ parts }: Letters, locked: boolean): void {
  const controls = [
    parts.households.box,
    parts.englishOnly.box,
    parts.maxSurnames.input,
    parts.punjabiScript.select,
    parts.fileInput,
    parts.runControls.date,
    parts.runControls.split,
    parts.runControls.batch,
    parts.runControls.doubleSided,
    ...parts.mapping.querySelectorAll("select"),
  ];
  for (const control of controls) control.disabled = locked;
}

/** The app no longer holds the list: the file is cleared and the list's part of the page goes. */
function dropList(letters: Letters): void {
  letters.state.list = null;
  letters.state.households = false;
  letters.state.proof = null;
  letters.state.proofOpened = false;
  renderList(letters, true);
}

// Event handlers: they change the state and redraw what changed.

/** The list is chosen in the system's file dialog, which the app shows and reads the file from (in Rust). */
async function onFileChosen(letters: Letters): Promise<void> {
  const { ctx, state, parts } = letters;
  if (state.run) return;
  say(parts.listStatus, "printing-list-choosing");
  try {
    const list = await ctx.backend.noticesListChoose();
    if (!list) {
      say(parts.listStatus, "printing-no-file-chosen");
      return;
    }
    state.list = list;
    state.report = null;
    state.proof = null;
    state.proofOpened = false;
    markFieldErrors(parts.fileGroup, null);
    ctx.showErrors([]);
    renderResult(letters);
    renderList(letters, true);
    say(parts.listStatus, "printing-list-read", {
      file: list.fileName,
      patients: list.patients,
      left: list.problemCount,
    });
  } catch (error) {
    state.list = null;
    renderList(letters, true);
    parts.listStatus.replaceChildren();
    // The file as a whole is at fault: the summary links to the button that chooses it.
    const shown = isCommandError(error)
      ? { ...error, fields: [{ field: "patientList", message: error.message }] }
      : null;
    markFieldErrors(parts.fileGroup, shown);
    ctx.showErrors([shown ?? error]);
  }
}

/** The run's fields that a refusal may name, each in a wrapper markFieldErrors searches. */
function runFieldsArea(parts: LettersParts): HTMLElement {
  return parts.listArea;
}

async function onProof(letters: Letters): Promise<void> {
  const { ctx, state, parts } = letters;
  if (!state.list || state.run) return;
  const run = parts.runControls;
  try {
    say(parts.lettersStatus, "printing-proof-making");
    const proof = await ctx.backend.noticesProof(
      state.households,
      state.maxSurnames,
      state.englishOnly,
      run.date.value,
    );
    markFieldErrors(runFieldsArea(parts), null);
    ctx.showErrors([]);
    state.proof = proof;
    state.proofOpened = false;
    state.onDisk = [...state.onDisk.filter((file) => file.id !== proof.id), proof];
    renderRunButtons(letters);
    renderOnDisk(letters);
    say(parts.lettersStatus, "printing-proof-made", { letters: proof.letters, pages: proof.pages });
    document.getElementById("pf-open-proof")?.focus();
  } catch (error) {
    parts.lettersStatus.replaceChildren();
    markFieldErrors(runFieldsArea(parts), isCommandError(error) ? error : null);
    ctx.showErrors([error]);
  }
}

function onEnglishOnlyChanged(letters: Letters): void {
  letters.state.englishOnly = letters.parts.englishOnly.box.checked;
  renderDrafts(letters);
}

function onHouseholdsChanged(letters: Letters): void {
  letters.state.households = letters.parts.households.box.checked;
  renderLetterCount(letters);
}

/** The limit of surnames changed: the app checks and remembers it, and counts the letters again. */
async function onMaxSurnamesChanged(letters: Letters): Promise<void> {
  const { ctx, state, parts } = letters;
  state.maxSurnames = parts.maxSurnames.input.value;
  if (!state.list || state.run) return;
  try {
    const list = await ctx.backend.noticesListGroup(state.maxSurnames);
    state.list = list;
    markFieldErrors(parts.maxSurnames.area, null);
    ctx.showErrors([]);
    renderList(letters, false);
    say(parts.listStatus, "printing-summary-letters-split", { count: list.splitAddresses, max: list.maxSurnames });
  } catch (error) {
    markFieldErrors(parts.maxSurnames.area, isCommandError(error) ? error : null);
    ctx.showErrors([error]);
  }
}

/**
 * The script of a plain "Punjabi" changed: the app remembers it and, when it holds a list, reads it again, so the
 * counts by language follow. A refusal puts the select back to what the app has.
 */
async function onPunjabiScriptChanged(letters: Letters): Promise<void> {
  const { ctx, state, parts } = letters;
  const script = parts.punjabiScript.select.value as PunjabiScript;
  if (state.run || script === state.punjabiScript) return;
  try {
    const list = await ctx.backend.noticesPunjabiScript(script);
    state.punjabiScript = script;
    markFieldErrors(parts.punjabiScript.area, null);
    ctx.showErrors([]);
    if (list && state.list) {
      state.list = list;
      renderList(letters, false);
    }
    say(parts.listStatus, "printing-punjabi-script-saved", { script, list: list ? "read-again" : "none" });
  } catch (error) {
    parts.punjabiScript.select.value = state.punjabiScript;
    // The summary links to the select, whatever the app's refusal names.
    const shown = isCommandError(error)
      ? { ...error, fields: [{ field: "punjabiScript", message: error.message }] }
      : null;
    markFieldErrors(parts.punjabiScript.area, shown);
    ctx.showErrors([shown ?? error]);
  }
}

/** The fields a refused mapping names, as the mapping's controls: the column just changed, unless it names its own. */
function mappingErrorFields(error: CommandError, changed: ListField): FieldMessage[] {
  if (error.fields?.length) return error.fields.map((f) => ({ ...f, field: mapName(f.field as ListField) }));
  return [{ field: mapName(changed), message: error.message }];
}

async function onRemap(letters: Letters, field: ListField, column: number | null): Promise<void> {
  const { ctx, state, parts } = letters;
  if (!state.list) return;
  try {
    const list = await ctx.backend.noticesListMap(notices.withColumn(state.list.mapping, field, column));
    state.list = list;
    markFieldErrors(parts.mapping, null);
    ctx.showErrors([]);
    renderList(letters, false);
    say(parts.listStatus, "printing-mapping-changed", { patients: list.patients, left: list.problemCount });
  } catch (error) {
    const shown = isCommandError(error) ? { ...error, fields: mappingErrorFields(error, field) } : null;
    markFieldErrors(parts.mapping, shown);
    ctx.showErrors([shown ?? error]);
  }
}

async function onMakeLetters(letters: Letters): Promise<void> {
  const { ctx, state, parts } = letters;
  if (!state.list || state.run) return;
  const run: RunState = { progress: { done: 0, total: 0 }, announced: { tenths: 0, at: 0 } };
  state.run = run;
  const progress = progressView(() => void onCancel(letters, progress.cancel));
  parts.runArea.replaceChildren(...progress.elements);
  state.report = null;
  renderResult(letters);
  lockControls(letters, true);
  progress.cancel.focus();
  say(parts.lettersStatus, "printing-letters-started");
  run.announced = { tenths: 0, at: Date.now() };
  const onProgress = (reached: LettersProgress) => {
    run.progress = reached;
    showProgress(progress, reached);
    const now = Date.now();
    if (notices.shouldAnnounce(reached, run.announced, now)) {
      run.announced = { tenths: notices.tenths(reached.done, reached.total), at: now };
      say(parts.lettersStatus, "printing-progress-announce", { done: reached.done, total: reached.total });
    }
  };
  try {
    const controls = parts.runControls;
    const report = await ctx.backend.noticesLetters(
      state.households,
      state.maxSurnames,
      state.englishOnly,
      controls.date.value,
      controls.split.checked,
      controls.batch.value,
      controls.doubleSided.checked,
      onProgress,
    );
    markFieldErrors(runFieldsArea(parts), null);
    ctx.showErrors([]);
    // Once its letters are made the app lets the list go: the page shows only what was made.
    parts.listStatus.replaceChildren();
    dropList(letters);
    state.report = report;
    state.onDisk = await ctx.backend.noticesMade();
    renderResult(letters);
    renderOnDisk(letters);
    say(parts.lettersStatus, "printing-letters-done", { letters: report.counts.letters, pages: report.counts.pages });
    document.getElementById("pf-letters-result")?.focus();
  } catch (error) {
    renderRunButtons(letters);
    if (isCommandError(error) && error.code === "cancelled") {
      say(parts.lettersStatus, "printing-letters-cancelled");
      document.getElementById("pf-make-letters")?.focus();
    } else {
      parts.lettersStatus.replaceChildren();
      if (isCommandError(error) && error.fields?.length) markFieldErrors(runFieldsArea(parts), error);
      ctx.showErrors([error]);
    }
  } finally {
    state.run = null;
    lockControls(letters, false);
  }
}

async function onCancel({ ctx, parts }: Letters, cancel: HTMLButtonElement): Promise<void> {
  cancel.disabled = true;
  say(parts.lettersStatus, "printing-cancelling");
  try {
    await ctx.backend.noticesCancel();
  } catch (error) {
    ctx.showErrors([error]);
  }
}

async function onForget(letters: Letters): Promise<void> {
  const { ctx, state, parts } = letters;
  try {
    await ctx.backend.noticesListForget();
    ctx.showErrors([]);
    markFieldErrors(parts.fileGroup, null);
    state.report = null;
    renderResult(letters);
    dropList(letters);
    say(parts.listStatus, "printing-list-forgotten");
    parts.fileInput.focus();
  } catch (error) {
    ctx.showErrors([error]);
  }
}

/** The letters section, with no list held. */
export function lettersSection(ctx: Context, options: NoticesOptions): HTMLElement {
  const letters: Letters = { ctx, state: lettersState(options), parts: lettersParts(options) };
  const { parts } = letters;
  parts.maxSurnames.input.addEventListener("change", () => void onMaxSurnamesChanged(letters));
  parts.punjabiScript.select.addEventListener("change", () => void onPunjabiScriptChanged(letters));
  parts.fileInput.addEventListener("click", () => void onFileChosen(letters));
  parts.households.box.addEventListener("change", () => onHouseholdsChanged(letters));
  parts.englishOnly.box.addEventListener("change", () => onEnglishOnlyChanged(letters));
  renderFolder(letters);
  renderOnDisk(letters);
  return h("section", { attrs: { "aria-labelledby": "pf-letters-section-heading" } }, [
    h("h2", { l10n: "printing-letters-section-heading", attrs: { id: "pf-letters-section-heading" } }),
    h("p", { class: "nhsuk-body", l10n: "printing-letters-intro" }),
    insetText("printing-privacy"),
    parts.onDisk,
    h("h3", { l10n: "printing-folder-heading", attrs: { id: "pf-folder-heading" } }),
    parts.folder,
    parts.punjabiScript.area,
    parts.fileGroup,
    parts.listStatus,
    parts.listArea,
    parts.lettersStatus,
    parts.resultArea,
  ]);
}
