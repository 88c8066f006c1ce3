/** A small element builder, so pages are plain functions of their data. */

type Child = Node | string;

export interface Props {
  class?: string;
  l10n?: string;
  l10nArgs?: Record<string, string | number>;
  attrs?: Record<string, string>;
}

export function h(tag: string, props: Props = {}, children: Child[] = []): HTMLElement {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.l10n) {
    element.setAttribute("data-l10n-id", props.l10n);
    if (props.l10nArgs) element.setAttribute("data-l10n-args", JSON.stringify(props.l10nArgs));
  }
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}
