import { attempt, type Context } from "../../context";
import { say } from "../../components";
import { h } from "../../dom";
import { button } from "../../forms";

/** A PDF the app saved: its path, and buttons to open and print it. `status` is the live region that says it was printed. */
export function savedFile(ctx: Context, path: string, status: HTMLElement, idPrefix: string): HTMLElement[] {
  const open = button("printing-open", "button", true, { id: `${idPrefix}-open` });
  open.addEventListener("click", () => void attempt(ctx, () => ctx.backend.noticesOpen(path)));
  const print = button("printing-print", "button", true, { id: `${idPrefix}-print` });
  print.addEventListener(
    "click",
    () =>
      void attempt(
        ctx,
        () => ctx.backend.noticesPrint(path),
        () => say(status, "printing-sent-to-printer"),
      ),
  );
  return [
    h("p", { class: "nhsuk-body nhsuk-u-margin-bottom-2", l10n: "printing-saved-in" }),
    h("p", { class: "nhsuk-body pf-break" }, [h("code", { attrs: { id: `${idPrefix}-path` } }, [path])]),
    h("div", { class: "pf-button-row" }, [open, print]),
  ];
}
