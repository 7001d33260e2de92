// A locale whose file cannot be fetched (a site that did not upload dist/locales/, a network
// error): the page shows English, with one warning, and the banner keeps its numbers and exit.
// A page of its own: a browser remembers a failed module fetch for the rest of the page's life.
import {expect, html} from '@open-wc/testing';
import {getLocale, setLocale} from '../../src/i18n/locale.js';
import {banner, pressShift, useRecordedExit} from '../harness/hotline-banner.js';
import {captureConsole, partText, parts, settled, usePageLanguage} from '../helpers.js';

describe('a minority locale whose file is missing', () => {
  const navigation = useRecordedExit();
  before(() => {
    document.cookie = 'hf-missing-locale=sq; path=/';
  });
  after(async () => {
    document.cookie = 'hf-missing-locale=; path=/; max-age=0';
    await usePageLanguage('en');
  });

  it('shows English, warns once, and keeps the banner’s numbers and working exit', async () => {
    const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    const {warnings} = await captureConsole(async () => {
      await usePageLanguage('sq');
      await settled(element);
      // Asked again: the failure is remembered, not fetched and warned about again.
      await setLocale('sq-AL');
      await settled(element);
    });
    expect(getLocale()).to.equal('en');
    expect(warnings.filter((warning) => warning.includes('"sq" strings could not be loaded'))).to.have.length(1);
    expect(parts(element, 'number').length).to.be.greaterThan(0);
    expect(partText(element, 'exit')).to.equal('Exit this page');
    const exit = parts(element, 'exit')[0] as HTMLElement;
    expect(exit.getBoundingClientRect().height).to.be.greaterThan(0);
    pressShift();
    pressShift();
    pressShift();
    expect(navigation.urls).to.have.length(1);
  });

  it('still loads another locale whose file is there', async () => {
    const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    await usePageLanguage('hr');
    await settled(element);
    expect(getLocale()).to.equal('hr');
    expect(partText(element, 'exit')).to.equal('Brzi izlaz');
  });
});
