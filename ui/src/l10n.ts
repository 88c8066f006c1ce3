import { FluentBundle, FluentResource } from "@fluent/bundle";
import { DOMLocalization } from "@fluent/dom";
import type { L10nSources } from "./backend";

/** Builds one FluentBundle per locale in the chain, so @fluent/dom falls back message by message. */
export function* bundlesFor(sources: L10nSources): Generator<FluentBundle> {
  for (const { locale, resources } of sources.chain) {
    const bundle = new FluentBundle(locale);
    for (const source of resources) {
      bundle.addResource(new FluentResource(source));
    }
    yield bundle;
  }
}

/** The document's translations: swaps language in place, without a reload. */
export class Translator {
  readonly dom: DOMLocalization;
  private current: L10nSources;

  constructor(sources: L10nSources, root: Element) {
    this.current = sources;
    this.dom = new DOMLocalization([], () => bundlesFor(this.current));
    this.dom.connectRoot(root);
  }

  get sources(): L10nSources {
    return this.current;
  }

  async use(sources: L10nSources): Promise<void> {
    this.current = sources;
    this.dom.onChange(true);
    document.documentElement.lang = sources.locale;
    document.title = await this.dom.formatValue("app-document-title");
    await this.dom.translateRoots();
  }
}
