import { ROLES, isCommandError, type OnboardingForm, type PracticeView } from "../backend";
import type { Context } from "../context";
import { h } from "../dom";
import { button, dateField, formValues, markFieldErrors, numberField, selectField, textField } from "../forms";

/** The pathfinder CCGs with their codes, and "another CCG". */
const CCGS: { value: string; l10n: string }[] = [
  { value: "", l10n: "onboarding-ccg-choose" },
  { value: "02V", l10n: "onboarding-ccg-leeds-north" },
  { value: "03G", l10n: "onboarding-ccg-leeds-south-east" },
  { value: "03C", l10n: "onboarding-ccg-leeds-west" },
  { value: "11X", l10n: "onboarding-ccg-somerset" },
  { value: "11A", l10n: "onboarding-ccg-west-hampshire" },
  { value: "00Q", l10n: "onboarding-ccg-blackburn-darwen" },
  { value: "other", l10n: "onboarding-ccg-other" },
];
const PATHFINDER_CODES = CCGS.map((c) => c.value).filter((v) => v && v !== "other");

const SYSTEMS = [
  { value: "", l10n: "onboarding-system-choose" },
  { value: "emis-web", l10n: "onboarding-system-emis-web" },
  { value: "systm-one", l10n: "onboarding-system-systm-one" },
  { value: "vision", l10n: "onboarding-system-vision" },
  { value: "other", l10n: "onboarding-system-other" },
];

const HOURS_FIELDS: Record<string, string> = {
  "practice-manager": "hoursPracticeManager",
  reception: "hoursReception",
  "admin-team": "hoursAdminTeam",
  "gp-partner": "hoursGpPartner",
  it: "hoursIt",
};
const HOURS_LABELS: Record<string, string> = {
  "practice-manager": "onboarding-hours-practice-manager",
  reception: "onboarding-hours-reception",
  "admin-team": "onboarding-hours-admin-team",
  "gp-partner": "onboarding-hours-gp-partner",
  it: "onboarding-hours-it",
};

/** The form's fields as the Rust side expects them. */
export function toOnboardingForm(values: Record<string, string>): OnboardingForm {
  const ccg = values.ccgChoice === "other" ? (values.ccgCode ?? "") : (values.ccgChoice ?? "");
  return {
    odsCode: values.odsCode ?? "",
    name: values.name ?? "",
    address: values.address ?? "",
    phone: values.phone ?? "",
    website: values.website ?? "",
    ccgCode: ccg,
    ccgName: values.ccgChoice === "other" ? (values.ccgName ?? "") : "",
    listSize: values.listSize ?? "",
    clinicalSystem: values.clinicalSystem ?? "",
    practiceLead: values.practiceLead ?? "",
    staffCount: values.staffCount ?? "",
    staffHours: Object.fromEntries(ROLES.map((role) => [role, values[HOURS_FIELDS[role]] ?? ""])),
    windowStart: values.windowStart ?? "",
    windowWeeks: values.windowWeeks ?? "",
    firstExtract: values.firstExtract ?? "",
    householdSize: values.householdSize ?? "",
    objectionPercent: values.objectionPercent ?? "",
  };
}

function onboardingForm(ctx: Context, saved: PracticeView | null): HTMLFormElement {
  const v = saved?.form;
  const ccgChoice = !v ? "" : PATHFINDER_CODES.includes(v.ccgCode) ? v.ccgCode : "other";
  const otherCcg = h("div", { class: "nhsuk-form-group pf-other-ccg" }, [
    textField({
      name: "ccgCode",
      label: "onboarding-ccg-code-label",
      hint: "onboarding-ccg-code-hint",
      value: ccgChoice === "other" ? v?.ccgCode : "",
      inputClass: "nhsuk-input--width-4",
    }),
    textField({ name: "ccgName", label: "onboarding-ccg-name-label", value: v?.ccgName }),
  ]);
  const ccgSelect = selectField({ name: "ccgChoice", label: "onboarding-ccg-label", choices: CCGS, value: ccgChoice });
  const form = h("form", { attrs: { novalidate: "", "aria-labelledby": "pf-page-heading" } }, [
    h("h2", { l10n: "onboarding-about-heading" }),
    textField({
      name: "odsCode",
      label: "onboarding-ods-label",
      hint: "onboarding-ods-hint",
      value: v?.odsCode,
      inputClass: "nhsuk-input--width-10",
      attrs: { autocomplete: "off", spellcheck: "false" },
    }),
    textField({
      name: "name",
      label: "onboarding-name-label",
      value: v?.name,
      attrs: { autocomplete: "organization" },
    }),
    textField({
      name: "address",
      label: "onboarding-address-label",
      hint: "onboarding-address-hint",
      value: v?.address,
    }),
    textField({
      name: "phone",
      label: "onboarding-phone-label",
      hint: "onboarding-phone-hint",
      value: v?.phone,
      type: "tel",
      inputClass: "nhsuk-input--width-20",
    }),
    textField({ name: "website", label: "onboarding-website-label", value: v?.website, type: "url" }),
    ccgSelect,
    otherCcg,
    numberField({
      name: "listSize",
      label: "onboarding-list-size-label",
      hint: "onboarding-list-size-hint",
      value: v?.listSize,
      width: 10,
    }),
    selectField({
      name: "clinicalSystem",
      label: "onboarding-system-label",
      choices: SYSTEMS,
      value: v?.clinicalSystem ?? "",
    }),
    textField({
      name: "practiceLead",
      label: "onboarding-lead-label",
      hint: "onboarding-lead-hint",
      value: v?.practiceLead,
      attrs: { autocomplete: "name" },
    }),
    h("h2", { l10n: "onboarding-staff-heading" }),
    numberField({
      name: "staffCount",
      label: "onboarding-staff-count-label",
      hint: "onboarding-staff-count-hint",
      value: v?.staffCount,
      width: 4,
    }),
    h("p", { class: "nhsuk-body", l10n: "onboarding-hours-intro-unplanned", attrs: { id: "pf-hours-intro" } }),
    ...ROLES.map((role) =>
      numberField({
        name: HOURS_FIELDS[role],
        label: HOURS_LABELS[role],
        hint: "onboarding-hours-blank-hint",
        value: v?.staffHours[role],
        width: 4,
        decimal: true,
      }),
    ),
    h("h2", { l10n: "onboarding-window-heading" }),
    dateField("windowStart", "onboarding-window-start-label", v?.windowStart),
    numberField({
      name: "windowWeeks",
      label: "onboarding-window-weeks-label",
      hint: "onboarding-window-weeks-hint",
      value: v?.windowWeeks ?? "6",
      width: 4,
    }),
    dateField("firstExtract", "onboarding-first-extract-label", v?.firstExtract),
    h("h2", { l10n: "onboarding-planning-heading" }),
    numberField({
      name: "householdSize",
      label: "onboarding-household-size-label",
      hint: "onboarding-household-size-hint",
      value: v?.householdSize ?? "2.3",
      width: 4,
      decimal: true,
    }),
    numberField({
      name: "objectionPercent",
      label: "onboarding-objection-rate-label",
      hint: "onboarding-objection-rate-pathfinders-hint",
      value: v?.objectionPercent ?? "1.8",
      width: 4,
      decimal: true,
    }),
    button(saved ? "onboarding-save" : "onboarding-start"),
  ]) as HTMLFormElement;

  const syncOther = () => {
    otherCcg.hidden = (form.elements.namedItem("ccgChoice") as HTMLSelectElement).value !== "other";
  };
  ccgSelect.addEventListener("change", syncOther);
  syncOther();

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await ctx.backend.practiceSave(toOnboardingForm(formValues(form)));
      markFieldErrors(form, null);
      ctx.showErrors([]);
      await ctx.refreshNav();
      ctx.navigate("checklist");
    } catch (error) {
      markFieldErrors(form, isCommandError(error) ? error : null);
      ctx.showErrors([error]);
    }
  });
  return form;
}

/** Saving a backup needs a practice; importing one is also how a new computer starts. */
function backupSection(ctx: Context, saved: boolean): HTMLElement {
  const result = h("div", { attrs: { "aria-live": "polite" } });
  const exportButton = button("onboarding-backup-export", "button", true);
  exportButton.addEventListener("click", async () => {
    try {
      const path = await ctx.backend.backupExport();
      result.replaceChildren(h("p", { class: "nhsuk-body", l10n: "onboarding-backup-exported", l10nArgs: { path } }));
    } catch (error) {
      ctx.showErrors([error]);
    }
  });
  const file = h("input", {
    class: "nhsuk-file-upload",
    attrs: { id: "f-backupFile", type: "file", accept: "application/json,.json" },
  }) as HTMLInputElement;
  const importButton = button("onboarding-backup-import", "button", true);
  importButton.addEventListener("click", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      await ctx.backend.backupImport(await chosen.text());
      ctx.showErrors([]);
      await ctx.refreshNav();
      ctx.navigate("checklist");
    } catch (error) {
      ctx.showErrors([error]);
    }
  });
  return h("section", { attrs: { "aria-labelledby": "pf-backup-heading" } }, [
    h("h2", { l10n: "onboarding-backup-heading", attrs: { id: "pf-backup-heading" } }),
    h("p", { class: "nhsuk-body", l10n: saved ? "onboarding-backup-body" : "onboarding-backup-first-body" }),
    ...(saved ? [exportButton, result] : []),
    h("div", { class: "nhsuk-form-group" }, [
      h("label", { class: "nhsuk-label", l10n: "onboarding-backup-file-label", attrs: { for: "f-backupFile" } }),
      file,
    ]),
    importButton,
  ]);
}

export async function practicePage(ctx: Context): Promise<HTMLElement> {
  const saved = await ctx.backend.practiceGet();
  return h("div", {}, [
    h("h1", { l10n: saved ? "onboarding-edit-heading" : "onboarding-first-heading", attrs: { id: "pf-page-heading" } }),
    h("p", { class: "nhsuk-lede-text", l10n: saved ? "onboarding-edit-lede" : "onboarding-first-lede" }),
    onboardingForm(ctx, saved),
    backupSection(ctx, saved !== null),
  ]);
}
