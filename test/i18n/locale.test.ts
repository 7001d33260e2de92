import {expect} from '@open-wc/testing';
import {msg} from '@lit/localize';
import {addTranslations, getLocale, resolveLocale, setLocale, supportedLocales, watchPageLocale} from '../../src/i18n/locale.js';
import {localizedText} from '../../src/i18n/localized-text.js';
import {captureConsole, usePageLanguage} from '../helpers.js';

describe('resolveLocale', () => {
  const cases: [string | null, string][] = [
    ['sr', 'sr-Cyrl'],
    ['sr-RS', 'sr-Cyrl'],
    ['sr-Cyrl', 'sr-Cyrl'],
    ['sr-Cyrl-RS', 'sr-Cyrl'],
    ['sr-Latn-RS', 'sr-Latn'],
    ['sr-latn', 'sr-Latn'],
    ['sr_Latn', 'sr-Latn'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['', 'en'],
    [null, 'en'],
  ];
  for (const [tag, locale] of cases) {
    it(`${JSON.stringify(tag)} → ${locale}`, () => expect(resolveLocale(tag)).to.equal(locale));
  }

  it('falls back to English for an unsupported tag, with one warning per tag', async () => {
    const {warnings} = await captureConsole(() => {
      expect(resolveLocale('de')).to.equal('en');
      expect(resolveLocale('de')).to.equal('en');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"de"');
  });

  it('lists the supported locales', () =>
    expect([...supportedLocales]).to.deep.equal(['en', 'sr-Cyrl', 'sr-Latn', 'hu', 'sk', 'ro', 'hr', 'sq']));
});

describe('page locale', () => {
  before(() => watchPageLocale());
  afterEach(() => usePageLanguage('en'));

  it('follows a live change of <html lang>', async () => {
    await usePageLanguage('sr-RS');
    expect(getLocale()).to.equal('sr-Cyrl');
    await usePageLanguage('sr-Latn');
    expect(getLocale()).to.equal('sr-Latn');
    await usePageLanguage('de');
    expect(getLocale()).to.equal('en');
  });

  it('can be set by script', async () => {
    await setLocale('sr-Latn-RS');
    expect(getLocale()).to.equal('sr-Latn');
  });

  it('switches to a locale this version does not know when another version’s file adds its strings', async () => {
    await captureConsole(() => usePageLanguage('sl-SI'));
    expect(getLocale()).to.equal('en');
    // What a later version's locale file does as it loads (a test string, not a translation).
    addTranslations('sl', {loading: '[sl] Loading'});
    expect(getLocale()).to.equal('sl');
    expect(msg('Loading…', {id: 'loading'})).to.equal('[sl] Loading');
    expect(resolveLocale('sl-SI')).to.equal('sl');
  });
});

describe('localizedText', () => {
  it('takes the exact locale, then the other Serbian script, then English, then the first value', () => {
    expect(localizedText({en: 'Police', 'sr-Cyrl': 'Полиција'}, 'sr-Latn')).to.equal('Policija');
    expect(localizedText({en: 'Police', 'sr-Latn': 'Policija'}, 'sr-Cyrl')).to.equal('Полиција');
    expect(localizedText({en: 'Police', 'sr-Latn': 'Policija'}, 'en')).to.equal('Police');
    expect(localizedText({de: 'Polizei'}, 'sr-Cyrl')).to.equal('Polizei');
    expect(localizedText({sr: 'Полиција'}, 'sr-Latn')).to.equal('Policija');
  });

  it('leaves URLs, e-mail addresses and numbers intact when deriving Cyrillic', () => {
    expect(localizedText({'sr-Latn': 'Pišite na natco@mup.gov.rs ili posetite https://www.astra.rs, 0800 100 388'}, 'sr-Cyrl')).to.equal(
      'Пишите на natco@mup.gov.rs или посетите https://www.astra.rs, 0800 100 388',
    );
  });

  it('adapts only the script of a plain string', () => {
    expect(localizedText('Полиција', 'sr-Latn')).to.equal('Policija');
    expect(localizedText('Police', 'sr-Cyrl')).to.equal('Police');
  });
});
