import type { Backend, HubMessage } from "./backend";
import { h } from "./dom";
import { formatDate } from "./format";

/** The event a page sends when a settings pull may have brought messages, so the messages above it are read again. */
export const MESSAGES_CHANGED = "pathfinder:messages-changed";

/** A message's plain text, each line as written (the text is set as text, never read as markup). */
function bodyLines(body: string): HTMLElement[] {
  return body.split(/\n{2,}/).map((paragraph) =>
    h(
      "p",
      {},
      paragraph.split("\n").flatMap((line, i) => (i === 0 ? [line] : [h("br"), line])),
    ),
  );
}

/** One message from the regional team: an inset with its title, text and date, and the button that says it was read. */
export function messageInset(message: HubMessage, locale: string, read: () => void): HTMLElement {
  const headingId = `pf-message-${message.id}-title`;
  const button = h("button", {
    class: "nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0",
    l10n: "messages-read-button",
    attrs: { type: "button", "aria-describedby": headingId, "data-message": String(message.id) },
  });
  button.addEventListener("click", read);
  return h(
    "section",
    { class: "nhsuk-inset-text pf-message", attrs: { "aria-labelledby": headingId, id: `pf-message-${message.id}` } },
    [
      h("p", { class: "nhsuk-caption-m", l10n: "messages-from-regional-team" }),
      h("h2", { class: "nhsuk-heading-s", attrs: { id: headingId } }, [message.title]),
      ...bodyLines(message.body),
      h("p", {
        class: "nhsuk-body-s",
        l10n: "messages-published",
        l10nArgs: { date: formatDate(message.publishedAt.slice(0, 10), locale) },
      }),
      button,
    ],
  );
}

/**
 * Shows the regional team's messages the manager has not yet read above every page. "I have read this" keeps the
 * acknowledgement (the app tells the hub) and moves focus to the next message, or to the page.
 */
export async function showMessages(
  backend: Backend,
  slot: HTMLElement,
  locale: string,
  translate: () => Promise<void>,
  showErrors: (errors: unknown[]) => void,
  focusAfter: () => void,
): Promise<void> {
  const draw = async (messages: HubMessage[], focusFirst: boolean) => {
    slot.replaceChildren(
      ...messages.map((message) =>
        messageInset(message, locale, () => {
          void (async () => {
            try {
              const left = await backend.messageAcknowledge(message.id);
              showErrors([]);
              await draw(left, true);
            } catch (error) {
              showErrors([error]);
            }
          })();
        }),
      ),
    );
    slot.hidden = messages.length === 0;
    await translate();
    if (!focusFirst) return;
    const next = slot.querySelector<HTMLElement>("h2");
    if (next) {
      next.tabIndex = -1;
      next.focus();
    } else {
      focusAfter();
    }
  };
  await draw(await backend.messagesGet(), false);
}
