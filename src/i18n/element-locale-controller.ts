/**
 * Keeps an element in its own locale (element-locale.ts says which that is): it renders again
 * when the page's locale or its nearest `lang` changes, and one update reads one locale
 * throughout, whatever changes while it runs.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {inLocale, shownLocale, watchPageLocale, type SupportedLocale} from './locale.js';
import {elementLocale, unwatchElementLocale, watchElementLocale} from './element-locale.js';

export class ElementLocaleController implements ReactiveController {
  /** The locale of the last update, to tell when the element no longer shows its locale. */
  private rendered?: SupportedLocale;
  /** The locale of the update under way. */
  private updating?: SupportedLocale;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    // Every element renders again when the page's locale changes (what @localized() does per class).
    updateWhenLocaleChanges(host);
  }

  /** The element's locale: the one of the update under way, else its nearest `lang`'s, else the page's. */
  get current(): SupportedLocale {
    return this.updating ?? shownLocale(elementLocale(this.host));
  }

  /** Runs one whole update (willUpdate, render, updated) in the element's locale, so every `msg()` of it answers in that locale. */
  runUpdate(update: () => void): void {
    // A language with a file of its own (lang="hu" on the element or around it) shows English
    // until its file has arrived, then renders again in it.
    this.rendered = this.updating = shownLocale(elementLocale(this.host), () => this.host.requestUpdate());
    try {
      inLocale(this.updating, update);
    } finally {
      this.updating = undefined;
    }
  }

  hostConnected(): void {
    watchPageLocale();
    // Re-renders when the element's locale is no longer the one it rendered in (a `lang` changed, or it moved).
    const follow = (): void => {
      if (this.rendered && this.rendered !== this.current) this.host.requestUpdate();
    };
    watchElementLocale(this.host, follow);
    follow();
  }

  hostDisconnected(): void {
    unwatchElementLocale(this.host);
  }
}
