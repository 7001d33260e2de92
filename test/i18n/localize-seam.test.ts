// The one place hf-widgets leans on @lit/localize internals (src/i18n/locale.ts): it installs its
// own message lookup with `_installMsgImplementation` (marked "do not use"), and builds answers
// with `defaultMsg` and `joinStringsAndValues`. package.json pins @lit/localize to one version;
// these tests say, by name, what an upgrade must keep for that seam to hold.
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {msg, str} from '@lit/localize';
import {addTranslations, inLocale, setLocale} from '../../src/i18n/locale.js';
import {ElementLocaleController} from '../../src/i18n/element-locale-controller.js';
import {until, usePageLanguage} from '../helpers.js';

// Ids of this test's own, in the page-wide Serbian table beside the elements' strings.
addTranslations('sr-Cyrl', {
  'seam-probe': 'Проба',
  'seam-count': str`Остало ${1} од ${0}`,
});

describe('@lit/localize seam (pinned version; an upgrade that breaks it fails here)', () => {
  afterEach(() => usePageLanguage('en'));

  it("@lit/localize's msg() answers through hf-widgets' installed lookup", () => {
    // The stock implementation knows no translations and would answer "Probe" in every locale.
    expect(inLocale('sr-Cyrl', () => msg('Probe', {id: 'seam-probe'}))).to.equal('Проба');
    // Serbian Latin exists only in this lookup: transliterated from the Cyrillic on the fly.
    expect(inLocale('sr-Latn', () => msg('Probe', {id: 'seam-probe'}))).to.equal('Proba');
    expect(inLocale('en', () => msg('Probe', {id: 'seam-probe'}))).to.equal('Probe');
  });

  it('a str`` message fills its values in the translation’s order (joinStringsAndValues), and a missing one shows the source (defaultMsg)', () => {
    const [total, left] = [12, 5];
    expect(inLocale('sr-Cyrl', () => msg(str`${total} in all, ${left} left`, {id: 'seam-count'}))).to.equal('Остало 5 од 12');
    expect(inLocale('en', () => msg(str`${total} in all, ${left} left`, {id: 'seam-count'}))).to.equal('12 in all, 5 left');
    expect(inLocale('sr-Cyrl', () => msg(str`${total} untranslated`, {id: 'seam-absent'}))).to.equal('12 untranslated');
  });

  it('a locale switch re-renders an element that uses msg()', async () => {
    class SeamProbe extends LitElement {
      readonly locale = new ElementLocaleController(this);
      protected override performUpdate(): void {
        this.locale.runUpdate(() => super.performUpdate());
      }
      protected override render(): unknown {
        return html`<p>${msg('Probe', {id: 'seam-probe'})}</p>`;
      }
    }
    customElements.define('hf-seam-probe', SeamProbe);
    const element = await fixture<SeamProbe>(html`<hf-seam-probe></hf-seam-probe>`);
    const shown = () => element.shadowRoot!.querySelector('p')!.textContent;
    expect(shown()).to.equal('Probe');
    await setLocale('sr-Cyrl');
    await until(() => shown() === 'Проба');
    await setLocale('sr-Latn');
    await until(() => shown() === 'Proba');
  });
});
