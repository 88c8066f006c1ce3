import type { ObjectionsPage } from "../../backend";
import type { Context } from "../../context";

/** One part of the objections page: its element, drawn again from each new state of the page. */
export interface Section {
  element: HTMLElement;
  update(page: ObjectionsPage): void;
}

/** What a section with a form needs: the context, and a way to show the page a change gave back. */
export interface PageHandle {
  ctx: Context;
  show(page: ObjectionsPage): void;
}

/** Focuses an element by id once it is in the page (a table drawn again is a new element). */
export function focusById(id: string): void {
  document.getElementById(id)?.focus();
}
