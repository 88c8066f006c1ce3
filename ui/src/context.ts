import type { Backend } from "./backend";

/** What every page gets: the backend, the current language, and ways to move on or report trouble. */
export interface Context {
  backend: Backend;
  locale(): string;
  navigate(path: string): void;
  showErrors(errors: unknown[]): void;
  /** Re-reads whether the practice is set up, which changes the navigation. */
  refreshNav(): Promise<void>;
}
