/** What the UI adds to the types generated from the Rust side (./generated.ts). */
import type { CommandError, TaskView } from "./generated";

export type * from "./generated";

/** The status a task shows: its own, or "cannot-start-yet" while it waits for others. */
export type DisplayStatus = TaskView["displayStatus"];

export function isCommandError(value: unknown): value is CommandError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as CommandError).code === "string" &&
    typeof (value as CommandError).message === "string"
  );
}
