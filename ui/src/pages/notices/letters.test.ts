import { afterEach, describe, expect, it, vi } from "vitest";
import type { LettersProgress, LettersReport, ListView, MappingEntry, PunjabiScript } from "../../backend";
import { fakeContext, l10nArgs as args, l10nId as l10n, lettersReport, patientList } from "../../testing";
import { lettersSection } from "./letters";

const LIST = patientList();

const REPORT = lettersReport();
const PROOF = {
  ...REPORT.files[0],
  id: "proof",
  kind: "proof" as const,
  path: "/letters/pathfinder-proof-2026-03-02.pdf",
};

/** The files the system's dialog answers with, in turn. */
const chosen: (string | null)[] = [];

/** A backend for the letters section; each test sets how a run ends. */
function fakeBackend(list: ListView) {
  const calls: string[] = [];
  let held = false;
  let run: { progress?: (p: LettersProgress) => void; end: (report: LettersReport | Error) => void } | null = null;
  const backend = {
    // The system's dialog answers with the file `choose` names (null: the dialog was closed).
    noticesListChoose: async () => {
      const fileName = chosen.shift() ?? null;
      calls.push(`readList ${fileName}`);
      if (fileName === null) return null;
      if (fileName.endsWith(".txt")) throw { code: "not-a-list", message: `${fileName} has no header row` };
      held = true;
      return { ...list, fileName };
    },
    noticesProof: async () => {
      calls.push("proof");
      return PROOF;
    },
    noticesOpen: async (path: string) => {
      calls.push(`open ${path}`);
      return null;
    },
    noticesMade: async () => [PROOF],
    noticesListMap: async (mapping: MappingEntry[]) => {
      calls.push(`mapList ${JSON.stringify(mapping)}`);
      return { ...list, mapping, largePrint: 1 };
    },
    noticesListGroup: async (maxSurnames: string) => {
      calls.push(`groupList ${maxSurnames}`);
      if (!/^\d+$/.test(maxSurnames) || Number(maxSurnames) < 1 || Number(maxSurnames) > 50)
        throw {
          code: "bad-max-surnames",
          message: "Some answers need correcting.",
          fields: [{ field: "maxSurnames", message: "Enter a whole number from 1 to 50" }],
        };
      const max = Number(maxSurnames);
      return { ...list, maxSurnames: max, householdLetters: max < 6 ? 7 : 3, splitAddresses: max < 6 ? 1 : 0 };
    },
    noticesLetters: (
      households: boolean,
      maxSurnames: string,
      englishOnly: boolean,
      _letterDate: string,
      _split: boolean,
      _batchSize: string,
      _doubleSided: boolean,
      onProgress?: (p: LettersProgress) => void,
    ) => {
      calls.push(`makeLetters ${households} ${maxSurnames}${englishOnly ? " english-only" : ""}`);
      return new Promise<LettersReport>((done, fail) => {
        run = { progress: onProgress, end: (result) => (result instanceof Error ? fail(result) : done(result)) };
      });
    },
    noticesPunjabiScript: async (script: PunjabiScript) => {
      calls.push(`punjabiScript ${script}`);
      if (calls.includes("refuse-next")) throw { code: "settings-unsaved", message: "The settings were not saved." };
      // The held list read again: its plain "Punjabi" rows move to the chosen script.
      const byLanguage = script === "shahmukhi" ? { "en-GB": 4, "pa-Arab": 3 } : { "en-GB": 4, pa: 3 };
      return held ? { ...list, byLanguage } : null;
    },
    noticesCancel: async () => {
      calls.push("cancelLetters");
      return null;
    },
    noticesListForget: async () => {
      calls.push("forgetList");
      held = false;
      return null;
    },
  };
  return { backend, calls, run: () => run! };
}

function setUp(list = LIST) {
  const fake = fakeBackend(list);
  const { ctx, errors } = fakeContext(fake.backend);
  const section = lettersSection(ctx, {
    languages: [
      { code: "en-GB", autonym: "English (UK)", draft: false },
      { code: "pl", autonym: "Polski", draft: true },
      { code: "pa", autonym: "ਪੰਜਾਬੀ", draft: true },
      { code: "pa-Arab", autonym: "پنجابی (شاہ مکھی)", draft: true },
    ],
    kinds: ["poster-a4"],
    maxListBytes: 100,
    maxSurnames: 6,
    maxSurnamesMin: 1,
    maxSurnamesMax: 50,
    punjabiScript: "gurmukhi",
    lettersFolder: { path: "/letters", syncedBy: null, own: true },
    letterDate: "2026-03-02",
    onDisk: [],
  });
  document.body.replaceChildren(section);
  return { ...fake, errors, section };
}

const settle = async () => {
  for (let i = 0; i < 10; i += 1) await new Promise((done) => setTimeout(done, 0));
};
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

async function choose(name: string | null): Promise<void> {
  chosen.push(name);
  byId<HTMLButtonElement>("f-patientList").click();
  await settle();
}

/** The proof made and opened: then the run is offered. */
async function proofOpened(): Promise<void> {
  byId("pf-make-proof").click();
  await settle();
  byId("pf-open-proof").click();
  await settle();
}

function cancelledError(): Error {
  return Object.assign(new Error("cancelled"), { code: "cancelled", message: "Cancelled" });
}

afterEach(() => vi.useRealTimers());

describe("the letters section", () => {
  it("names the draft translations before the letters are made, and makes them all in English when asked", async () => {
    const { calls } = setUp({ ...LIST, byLanguage: { "en-GB": 4, pl: 2, "pa-Arab": 1 } });
    await choose("patients.csv");
    const drafts = byId("pf-letters-drafts");
    expect(l10n(drafts.querySelector("p"))).toBe("printing-letters-drafts");
    expect(args(drafts.querySelector("p"))).toEqual({ count: 2 });
    const listed = [...drafts.querySelectorAll("li")].map((li) => li.dataset.language);
    expect(listed).toEqual(["pl", "pa-Arab"]);
    expect(args(drafts.querySelector('li[data-language="pl"] [data-l10n-id]'))).toEqual({ count: 2 });

    const englishOnly = byId<HTMLInputElement>("f-englishOnly");
    englishOnly.checked = true;
    englishOnly.dispatchEvent(new Event("change"));
    expect(l10n(byId("pf-letters-drafts").querySelector("p"))).toBe("printing-letters-english-only-note");
    expect(byId("pf-letters-drafts").querySelectorAll("li")).toHaveLength(0);
    await proofOpened();
    byId("pf-make-letters").click();
    await settle();
    expect(calls.at(-1)).toBe("makeLetters false 6 english-only");
  });

  it("says nothing of drafts for a list in English", async () => {
    setUp();
    await choose("patients.csv");
    expect(byId("pf-letters-drafts")).toBeNull();
  });

  it("reads a chosen list and shows its figures, its columns and the letters it makes", async () => {
    const { calls, errors } = setUp();
    expect(byId("pf-list-area").children).toHaveLength(0);
    await choose("patients.csv");
    expect(calls).toEqual(["readList patients.csv"]);
    expect(errors).toEqual([[]]);
    expect(l10n(byId("pf-list-status").firstElementChild)).toBe("printing-list-read");
    expect(args(byId("pf-list-status").firstElementChild)).toEqual({ file: "patients.csv", patients: 7, left: 0 });
    expect(byId("pf-list-summary")).not.toBeNull();
    expect(byId("f-map-surname")).not.toBeNull();
    expect(args(byId("pf-letter-count").firstElementChild)).toEqual({ count: 7 });
    expect(byId("pf-make-letters")).toBeNull();
    await proofOpened();
    expect(calls.slice(-2)).toEqual(["proof", `open ${PROOF.path}`]);
    expect(byId("pf-make-letters")).not.toBeNull();
  });

  it("links a refused file's error to the button that chooses it, and a closed dialog reads nothing", async () => {
    const { calls, errors } = setUp();
    await choose(null);
    expect(l10n(byId("pf-list-status").firstElementChild)).toBe("printing-no-file-chosen");
    await choose("huge.txt");
    expect(calls).toEqual(["readList null", "readList huge.txt"]);
    expect(byId("pf-list-area").children).toHaveLength(0);
    expect(byId("pf-list-status").children).toHaveLength(0);
    expect(errors.at(-1)).toEqual([
      {
        code: "not-a-list",
        message: "huge.txt has no header row",
        fields: [{ field: "patientList", message: "huge.txt has no header row" }],
      },
    ]);
    expect(byId("f-patientList").getAttribute("aria-invalid")).toBe("true");
  });

  it("counts letters a household when asked", async () => {
    setUp();
    await choose("patients.csv");
    const households = byId<HTMLInputElement>("f-households");
    households.checked = true;
    households.dispatchEvent(new Event("change"));
    expect(l10n(byId("pf-letter-count").firstElementChild)).toBe("printing-letters-to-make-households");
    expect(args(byId("pf-letter-count").firstElementChild)).toEqual({ count: 3 });
  });

  it("counts the letters again when the limit of surnames changes, and marks a limit the app refuses", async () => {
    const { calls, errors } = setUp();
    await choose("patients.csv");
    const households = byId<HTMLInputElement>("f-households");
    households.checked = true;
    households.dispatchEvent(new Event("change"));
    const limit = byId<HTMLInputElement>("f-maxSurnames");
    expect(limit.value).toBe("6");
    limit.value = "3";
    limit.dispatchEvent(new Event("change"));
    await settle();
    expect(calls.at(-1)).toBe("groupList 3");
    expect(args(byId("pf-letter-count").firstElementChild)).toEqual({ count: 7 });
    expect(args(byId("pf-summary-split"))).toEqual({ count: 1, max: 3 });
    expect(l10n(byId("pf-list-status").firstElementChild)).toBe("printing-summary-letters-split");
    expect(byId("f-maxSurnames")).toBe(limit);

    limit.value = "0";
    limit.dispatchEvent(new Event("change"));
    await settle();
    expect(limit.getAttribute("aria-invalid")).toBe("true");
    expect(errors.at(-1)).toMatchObject([{ code: "bad-max-surnames" }]);
    limit.value = "12";
    limit.dispatchEvent(new Event("change"));
    await settle();
    expect(limit.hasAttribute("aria-invalid")).toBe(false);
    await proofOpened();
    byId("pf-make-letters").click();
    expect(calls.at(-1)).toBe("makeLetters true 12");
  });

  it("reads the list again when a column changes, keeping the select in place and focused", async () => {
    const { calls } = setUp();
    await choose("patients.csv");
    const needs = byId<HTMLSelectElement>("f-map-communicationNeeds");
    needs.focus();
    needs.value = "3";
    needs.dispatchEvent(new Event("change"));
    await settle();
    expect(calls.at(-1)).toBe('mapList [{"field":"surname","column":0},{"field":"communicationNeeds","column":3}]');
    expect(byId("f-map-communicationNeeds")).toBe(needs);
    expect(document.activeElement).toBe(needs);
    expect(args(byId("pf-summary-large-print").querySelector("dd span"))).toEqual({ count: 1 });
    expect(l10n(byId("pf-list-status").firstElementChild)).toBe("printing-mapping-changed");
  });

  it("locks the list while letters are made, announces progress sparingly, then shows what was made", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(0);
    const { calls, run } = setUp();
    await choose("patients.csv");
    const households = byId<HTMLInputElement>("f-households");
    households.checked = true;
    households.dispatchEvent(new Event("change"));
    await proofOpened();
    byId("pf-make-letters").click();
    expect(calls.at(-1)).toBe("makeLetters true 6");
    expect(document.activeElement).toBe(byId("pf-cancel-letters"));
    expect(byId<HTMLInputElement>("f-patientList").disabled).toBe(true);
    expect(households.disabled).toBe(true);
    expect(byId<HTMLSelectElement>("f-map-surname").disabled).toBe(true);
    const status = byId("pf-letters-status");
    expect(l10n(status.firstElementChild)).toBe("printing-letters-started");

    // Half way after a second: too soon to say so. Half way again after 6 seconds: said.
    vi.setSystemTime(1000);
    run().progress!({ done: 50, total: 100 });
    expect(byId<HTMLProgressElement>("pf-letters-progress").value).toBe(50);
    expect(args(byId("pf-letters-figures").firstElementChild)).toEqual({ done: 50, total: 100 });
    expect(l10n(status.firstElementChild)).toBe("printing-letters-started");
    vi.setSystemTime(6000);
    run().progress!({ done: 60, total: 100 });
    expect(l10n(status.firstElementChild)).toBe("printing-progress-announce");
    expect(document.activeElement).toBe(byId("pf-cancel-letters"));

    run().end(REPORT);
    await settle();
    expect(document.activeElement).toBe(byId("pf-letters-result"));
    expect(args(status.firstElementChild)).toEqual({ letters: 3, pages: 3 });
    expect(byId("pf-list-summary")).toBeNull();
    expect(byId("pf-files").querySelectorAll("tbody tr")).toHaveLength(2);
    expect(byId<HTMLButtonElement>("f-patientList").disabled).toBe(false);
    // The list is let go with its settings: the next list starts with one letter a patient.
    expect(byId("f-households")).toBeNull();
    expect([households.checked, households.disabled]).toEqual([false, false]);
  });

  it("gives the buttons back, with focus on Make the letters, when a run is cancelled", async () => {
    const { calls, run } = setUp();
    await choose("patients.csv");
    await proofOpened();
    byId("pf-make-letters").click();
    const cancel = byId<HTMLButtonElement>("pf-cancel-letters");
    cancel.click();
    expect(cancel.disabled).toBe(true);
    expect(l10n(byId("pf-letters-status").firstElementChild)).toBe("printing-cancelling");
    run().end(cancelledError());
    await settle();
    expect(calls).toContain("cancelLetters");
    expect(document.activeElement).toBe(byId("pf-make-letters"));
    expect(l10n(byId("pf-letters-status").firstElementChild)).toBe("printing-letters-cancelled");
    // The list is still held, and can be changed again.
    expect(byId("pf-list-summary")).not.toBeNull();
    expect(byId<HTMLSelectElement>("f-map-surname").disabled).toBe(false);
  });

  it("forgets the list, and the letters last made, and puts focus on the file input", async () => {
    const { calls, run } = setUp();
    await choose("patients.csv");
    await proofOpened();
    byId("pf-make-letters").click();
    run().end(REPORT);
    await settle();
    await choose("second.csv");
    // A new list clears the last result.
    expect(byId("pf-letters-result")).toBeNull();
    const households = byId<HTMLInputElement>("f-households");
    households.checked = true;
    households.dispatchEvent(new Event("change"));
    byId("pf-forget").click();
    await settle();
    expect(calls.at(-1)).toBe("forgetList");
    expect(byId("pf-list-area").children).toHaveLength(0);
    expect(l10n(byId("pf-list-status").firstElementChild)).toBe("printing-list-forgotten");
    expect(document.activeElement).toBe(byId("f-patientList"));
    await choose("third.csv");
    expect(households.checked).toBe(false);
    expect(l10n(byId("pf-letter-count").firstElementChild)).toBe("printing-letters-to-make-each");
  });

  it("offers the script of a plain Punjabi before the list is chosen, and reads a held list again in it", async () => {
    const { calls, errors } = setUp({ ...LIST, byLanguage: { "en-GB": 4, pa: 3 } });
    const select = byId<HTMLSelectElement>("f-punjabiScript");
    // Before the file input, labelled and described, its choices through Fluent, the saved one chosen.
    expect(select.compareDocumentPosition(byId("f-patientList")) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(l10n(document.querySelector('label[for="f-punjabiScript"]'))).toBe("printing-punjabi-script-label");
    expect(select.getAttribute("aria-describedby")).toBe("f-punjabiScript-hint");
    expect(l10n(byId("f-punjabiScript-hint"))).toBe("printing-punjabi-script-hint");
    expect([...select.options].map((o) => [o.value, l10n(o)])).toEqual([
      ["gurmukhi", "printing-punjabi-script-gurmukhi"],
      ["shahmukhi", "printing-punjabi-script-shahmukhi"],
    ]);
    expect(select.value).toBe("gurmukhi");

    // A native select, in the tab order and changed by keyboard: the page acts on its change event, focus stays.
    expect(select.tabIndex).toBe(0);
    select.focus();
    select.value = "shahmukhi";
    select.dispatchEvent(new Event("change"));
    await settle();
    expect(calls).toEqual(["punjabiScript shahmukhi"]);
    expect(errors.at(-1)).toEqual([]);
    expect(args(byId("pf-list-status").firstElementChild)).toEqual({ script: "shahmukhi", list: "none" });
    expect(document.activeElement).toBe(select);

    // With a list held, the app reads it again and the counts by language follow.
    await choose("patients.csv");
    expect(byId("pf-list-languages").querySelector('[data-language="pa"]')).not.toBeNull();
    select.value = "shahmukhi";
    select.dispatchEvent(new Event("change"));
    await settle();
    expect(calls.at(-1), "the saved script is not sent again").toBe("readList patients.csv");
    select.value = "gurmukhi";
    select.dispatchEvent(new Event("change"));
    await settle();
    expect(calls.at(-1)).toBe("punjabiScript gurmukhi");
    expect(l10n(byId("pf-list-status").firstElementChild)).toBe("printing-punjabi-script-saved");
    expect(args(byId("pf-list-status").firstElementChild)).toEqual({ script: "gurmukhi", list: "read-again" });
    select.value = "shahmukhi";
    select.dispatchEvent(new Event("change"));
    await settle();
    const rows = byId("pf-list-languages").querySelectorAll<HTMLElement>("[data-language]");
    expect([...rows].map((row) => row.dataset.language)).toEqual(["en-GB", "pa-Arab"]);
    expect(byId("f-punjabiScript")).toBe(select);

    // A refusal puts the select back to what the app has, and marks it.
    calls.push("refuse-next");
    select.value = "gurmukhi";
    select.dispatchEvent(new Event("change"));
    await settle();
    expect(select.value).toBe("shahmukhi");
    expect(select.getAttribute("aria-invalid")).toBe("true");
    expect(errors.at(-1)).toMatchObject([{ code: "settings-unsaved" }]);
  });

  it("starts from the script the app saved, and cannot be changed while letters are made", async () => {
    const fake = fakeBackend(LIST);
    const { ctx } = fakeContext(fake.backend);
    const options = {
      languages: [],
      kinds: [],
      maxListBytes: 100,
      maxSurnames: 6,
      maxSurnamesMin: 1,
      maxSurnamesMax: 50,
      lettersFolder: { path: "/letters", syncedBy: null, own: true },
      letterDate: "2026-03-02",
      onDisk: [],
    };
    document.body.replaceChildren(lettersSection(ctx, { ...options, punjabiScript: "shahmukhi" }));
    const select = byId<HTMLSelectElement>("f-punjabiScript");
    expect(select.value).toBe("shahmukhi");
    await choose("patients.csv");
    await proofOpened();
    byId("pf-make-letters").click();
    expect(select.disabled).toBe(true);
    fake.run().end(REPORT);
    await settle();
    expect(select.disabled).toBe(false);
    expect(fake.calls.some((call) => call.startsWith("punjabiScript"))).toBe(false);
  });
});
