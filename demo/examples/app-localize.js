// A partner's own Lit app with its own @lit/localize configuration (German here). The widgets'
// bundle carries its own copy of @lit/localize, so the two configurations never meet: each
// follows its own locale.
import {LitElement, html} from 'lit';
import {configureLocalization, msg, updateWhenLocaleChanges} from '@lit/localize';

const german = {templates: {'app-hello': 'Willkommen auf unserer Seite'}};
export const {setLocale: setAppLocale, getLocale: getAppLocale} = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: () => Promise.resolve(german),
});

class AppGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  render() {
    return html`<p>${msg('Welcome to our site', {id: 'app-hello'})}</p>`;
  }
}
customElements.define('app-greeting', AppGreeting);
window.setAppLocale = setAppLocale;
await setAppLocale('de');
