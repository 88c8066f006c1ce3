/** What the UI adds to the types generated from the Rust side (./generated.ts). */
import type { AppError, Role, TaskView } from "./generated";

export type * from "./generated";

/** The status a task shows: its own, or "cannot-start-yet" while it waits for others. */
export type DisplayStatus = TaskView["displayStatus"];

/** The roles in the order the app lists them. */
export const ROLES: Role[] = ["practice-manager", "reception", "admin-team", "gp-partner", "it"];

export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AppError).code === "string" &&
    typeof (value as AppError).message === "string"
  );
}
