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

/**
 * Runs a backend call a person asked for: on success the error summary is cleared and `then` gets the result; a
 * failure (of the call or of `then`) is shown in the summary.
 */
export async function attempt<T>(
  ctx: Context,
  call: () => Promise<T>,
  then: (result: T) => void = () => {},
): Promise<void> {
  try {
    const result = await call();
    ctx.showErrors([]);
    then(result);
  } catch (error) {
    ctx.showErrors([error]);
  }
}
