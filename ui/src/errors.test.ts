import { beforeEach, describe, expect, it } from "vitest";
import { renameFields, showErrors } from "./errors";

describe("the error summary", () => {
  let container: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div id="errors"></div>';
    container = document.getElementById("errors")!;
  });

  it("lists each error's translated message with its code, and takes focus", () => {
    showErrors(container, [{ code: "unknown-language", message: "There is no translation for “xx”." }]);
    const summary = container.querySelector(".nhsuk-error-summary") as HTMLElement;
    expect(summary.getAttribute("role")).toBe("alert");
    expect(document.activeElement).toBe(summary);
    const item = summary.querySelector("li")!;
    expect(item.textContent).toBe("There is no translation for “xx”.");
    expect(item.dataset.code).toBe("unknown-language");
    expect(summary.querySelector("h2")?.getAttribute("data-l10n-id")).toBe("error-summary-title");
  });

  it("shows the generic message for a failure that is not an app error", () => {
    showErrors(container, [new TypeError("boom")]);
    const item = container.querySelector("li")!;
    expect(item.getAttribute("data-l10n-id")).toBe("error-unexpected");
    expect(item.textContent).toBe("");
  });

  it("clears the summary when there are no errors", () => {
    showErrors(container, [{ code: "x", message: "y" }]);
    showErrors(container, []);
    expect(container.children).toHaveLength(0);
  });
});

describe("renaming an error's fields", () => {
  it("names a field as the page does, so its summary link reaches the right control; other errors pass through", () => {
    const error = {
      code: "invalid-input",
      message: "Some answers need correcting",
      fields: [
        { field: "date", message: "Enter the date" },
        { field: "coded", message: "Too many" },
      ],
    };
    expect(renameFields(error, { date: "formsDate" })).toEqual({
      ...error,
      fields: [
        { field: "formsDate", message: "Enter the date" },
        { field: "coded", message: "Too many" },
      ],
    });
    const failure = new Error("network");
    expect(renameFields(failure, { date: "formsDate" })).toBe(failure);
  });
});
