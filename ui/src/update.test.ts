import { describe, expect, it } from "vitest";
import { updateCallout } from "./update";

describe("the update callout", () => {
  it("is shown only when the hub offers a newer version", () => {
    expect(updateCallout({ current: "0.1.0", available: null, notes: null }, () => {})).toBeNull();
  });

  it("names both versions and installs only when the manager presses its button", () => {
    let installs = 0;
    const callout = updateCallout(
      { current: "0.1.0", available: "0.2.0", notes: "Letters in Somali" },
      () => installs++,
    )!;
    const body = callout.querySelector("p")!;
    expect(body.getAttribute("data-l10n-id")).toBe("app-update-available-body");
    expect(JSON.parse(body.getAttribute("data-l10n-args")!)).toEqual({ version: "0.2.0", current: "0.1.0" });
    const button = callout.querySelector("button")!;
    expect(button.getAttribute("type")).toBe("button");
    expect(installs).toBe(0);
    button.click();
    expect(installs).toBe(1);
  });
});
