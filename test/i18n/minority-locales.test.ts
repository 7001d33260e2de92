// The languages of Serbia's minorities (issue 21, part 3): Hungarian, Slovak, Romanian, Croatian
// and Albanian, each a file of its own fetched when the page asks for it, in every element.
import {expect, html, waitUntil} from '@open-wc/testing';
import {msg} from '@lit/localize';
import {getLocale, resolveLocale, setLocale, supportedLocales} from '../../src/i18n/locale.js';
import {fileLocales} from '../../src/i18n/locale-files.js';
import {formatIsoDate} from '../../src/i18n/format.js';
import '../../src/hf-action-card.js';
import {banner, pressShift, useRecordedExit} from '../harness/hotline-banner.js';
import {breakdown, figureValue} from '../harness/budget-breakdown.js';
import {countingDocument, documentWith, list, typeFilter} from '../harness/beneficiary-list.js';
// `plain` compares Intl's no-break and narrow no-break spaces as plain spaces.
import {captureConsole, mount, partText, parts, plain, settled, usePageLanguage} from '../helpers.js';
import type {ActionDocument} from '../../src/core/document/action-types.js';
import {defaultHotlines} from '../../src/core/document/default-data/hotlines.js';

afterEach(() => usePageLanguage('en'));

/** What each locale must say where a frightened reader looks, and its plural forms. */
const expected = {
  hu: {
    exit: 'Gyors kilépés',
    shift2: 'A Shift billentyűt egyszer nyomta le. Nyomja le még kétszer, hogy elhagyja ezt az oldalt.',
    shift1: 'A Shift billentyűt kétszer nyomta le. Nyomja le még egyszer, hogy elhagyja ezt az oldalt.',
    leaving: 'Elhagyja ezt az oldalt.',
    // Hungarian counts with the singular noun: one form for every number.
    members: {1: '1 bejegyzés', 2: '2 bejegyzés', 5: '5 bejegyzés', 21: '21 bejegyzés', 101: '101 bejegyzés'},
    matches: {1: '130 bejegyzésből 1 látható', 2: '130 bejegyzésből 2 látható', 21: '130 bejegyzésből 21 látható'},
    noMatch: 'Nincs egyező bejegyzés',
    serverError: 'Az adatokat tartalmazó szerver hibával válaszolt.',
    month: /november/,
  },
  sk: {
    exit: 'Rýchly odchod',
    shift2: 'Kláves Shift ste stlačili raz. Stlačte ho ešte dvakrát, aby ste opustili túto stránku.',
    shift1: 'Kláves Shift ste stlačili dvakrát. Stlačte ho ešte raz, aby ste opustili túto stránku.',
    leaving: 'Opúšťate túto stránku.',
    // 1; 2–4; everything else, 21 and 101 included.
    members: {1: '1 záznam', 2: '2 záznamy', 5: '5 záznamov', 21: '21 záznamov', 101: '101 záznamov'},
    matches: {1: 'Zobrazené: 1 z 130 záznamov', 2: 'Zobrazené: 2 z 130 záznamov', 21: 'Zobrazené: 21 z 130 záznamov'},
    noMatch: 'Žiadny záznam nezodpovedá vyhľadávaniu',
    serverError: 'Server s údajmi odpovedal chybou.',
    month: /novembra/,
  },
  ro: {
    exit: 'Ieșire rapidă',
    shift2: 'Ați apăsat tasta Shift o dată. Apăsați-o încă de două ori pentru a părăsi această pagină.',
    shift1: 'Ați apăsat tasta Shift de două ori. Apăsați-o încă o dată pentru a părăsi această pagină.',
    leaving: 'Părăsiți această pagină.',
    // 1; 2–19 and 101–119 (few); from 20 on, "de".
    members: {1: '1 intrare', 2: '2 intrări', 5: '5 intrări', 21: '21 de intrări', 101: '101 intrări'},
    matches: {1: 'Se afișează 1 din 130 de intrări', 2: 'Se afișează 2 din 130 de intrări', 21: 'Se afișează 21 din 130 de intrări'},
    noMatch: 'Nicio intrare nu corespunde căutării',
    serverError: 'Serverul de date a răspuns cu o eroare.',
    month: /noiembrie/,
  },
  hr: {
    exit: 'Brzi izlaz',
    shift2: 'Tipka Shift pritisnuta je jednom. Pritisnite je još dvaput da biste napustili ovu stranicu.',
    shift1: 'Tipka Shift pritisnuta je dvaput. Pritisnite je još jednom da biste napustili ovu stranicu.',
    leaving: 'Napuštate ovu stranicu.',
    // As in Serbian: 21 and 101 take the singular.
    members: {1: '1 unos', 2: '2 unosa', 5: '5 unosa', 21: '21 unos', 101: '101 unos'},
    matches: {1: 'Prikazano 1 od 130 unosa', 2: 'Prikazano 2 od 130 unosa', 21: 'Prikazano 21 od 130 unosa'},
    noMatch: 'Nijedan unos ne odgovara pretraživanju',
    serverError: 'Poslužitelj s podacima vratio je pogrešku.',
    month: /studenoga/,
  },
  sq: {
    exit: 'Dalje e shpejtë',
    shift2: 'Tasti Shift u shtyp një herë. Shtypeni edhe dy herë për të dalë nga kjo faqe.',
    shift1: 'Tasti Shift u shtyp dy herë. Shtypeni edhe një herë për të dalë nga kjo faqe.',
    leaving: 'Po largoheni nga kjo faqe.',
    members: {1: '1 hyrje', 2: '2 hyrje', 5: '5 hyrje', 21: '21 hyrje', 101: '101 hyrje'},
    matches: {1: 'Po shfaqen 1 nga 130 hyrje', 2: 'Po shfaqen 2 nga 130 hyrje', 21: 'Po shfaqen 21 nga 130 hyrje'},
    noMatch: 'Asnjë hyrje nuk përputhet me kërkimin',
    serverError: 'Serveri i të dhënave u përgjigj me një gabim.',
    month: /nëntor/,
  },
} as const;

const codes = Object.keys(expected) as (keyof typeof expected)[];

describe('minority locales: resolution and loading', () => {
  it('lists all eight locales, the five with files of their own last', () => {
    expect([...supportedLocales]).to.deep.equal(['en', 'sr-Cyrl', 'sr-Latn', 'hu', 'sk', 'ro', 'hr', 'sq']);
    expect([...fileLocales]).to.deep.equal(codes);
  });

  for (const code of codes) {
    it(`resolves ${code}, ${code}-RS, a region and any case to ${code}`, () => {
      for (const tag of [code, `${code}-RS`, `${code}-${code === 'sq' ? 'AL' : code.toUpperCase()}`, code.toUpperCase(), `${code}_RS`]) {
        expect(resolveLocale(tag), tag).to.equal(code);
      }
    });
  }

  it('still shows English for an unsupported language, with one warning', async () => {
    const {warnings} = await captureConsole(() => {
      expect(resolveLocale('de-AT')).to.equal('en');
      expect(resolveLocale('de-AT')).to.equal('en');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('hu, sk, ro, hr, sq');
  });

  it('fetches a locale’s file only when the page asks for it, then shows its strings', async () => {
    const fetched = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /\/i18n\/locales\/(hu|sk|ro|hr|sq)\.(js|ts)/.test(name));
    const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    expect(fetched(), 'before any minority locale is asked for').to.deep.equal([]);
    await setLocale('sk-SK');
    expect(getLocale()).to.equal('sk');
    expect(fetched().some((name) => name.includes('/sk.'))).to.equal(true);
    expect(fetched().some((name) => /\/(hu|ro|hr|sq)\./.test(name))).to.equal(false);
    await settled(element);
    expect(partText(element, 'exit')).to.equal('Rýchly odchod');
  });

  it('follows <html lang> to a minority locale and back, live', async () => {
    const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    await usePageLanguage('hr-HR');
    await settled(element);
    expect(getLocale()).to.equal('hr');
    expect(partText(element, 'exit')).to.equal('Brzi izlaz');
    await usePageLanguage('sr-Latn');
    await settled(element);
    expect(partText(element, 'exit')).to.equal('Brzi izlaz');
    expect(getLocale()).to.equal('sr-Latn');
    await usePageLanguage('en');
    await settled(element);
    expect(partText(element, 'exit')).to.equal('Exit this page');
  });

  it('keeps the last request when an earlier locale’s file arrives after it', async () => {
    const hungarian = setLocale('hu');
    await setLocale('ro');
    await hungarian;
    expect(getLocale()).to.equal('ro');
  });
});

for (const code of codes) {
  const want = expected[code];

  describe(`in ${code}`, () => {
    const navigation = useRecordedExit();
    beforeEach(() => usePageLanguage(code));

    it('translates every UI string: none shows the English source', () => {
      for (const [id, source] of Object.entries({
        'banner-exit': 'Exit this page',
        'banner-intro': 'If you or someone you know may be a victim of trafficking, call for help.',
        'card-goal': 'Goal',
        'budget-title': 'Budget',
        'list-title': 'Who benefits',
        'error-title': 'This content could not be shown.',
      })) {
        expect(msg(source, {id}), id).not.to.equal(source);
      }
    });

    it('labels the exit and announces Shift presses and the exit in the reader’s language', async () => {
      const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
      expect(partText(element, 'exit')).to.equal(want.exit);
      const live = () => element.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
      pressShift();
      await settled(element);
      expect(live()).to.equal(want.shift2);
      pressShift();
      await settled(element);
      expect(live()).to.equal(want.shift1);
      pressShift();
      await settled(element);
      expect(live()).to.equal(want.leaving);
      expect(navigation.urls).to.have.length(1);
    });

    it('shows the default hotlines’ names and notes translated, from the locale file', async () => {
      const {dataTexts} = await import(`../../src/i18n/locales/${code}.ts`);
      const element = await banner();
      const names = parts(element, 'name').map((name) => name.textContent!.trim());
      expect(names).to.deep.equal(
        ['ASTRA SOS hotline', 'European number for missing children', 'National Children’s Helpline (NADEL)', 'Police'].map(
          (en) => dataTexts[en],
        ),
      );
      expect(partText(element, 'base')).to.contain(dataTexts['24/7']);
      for (const link of parts(element, 'number')) expect(link.getAttribute('aria-label')).not.to.match(/^Call /);
    });

    it('translates only texts the default hotlines hold, and all but the office’s official name', async () => {
      const {dataTexts} = await import(`../../src/i18n/locales/${code}.ts`);
      const english = new Set<string>();
      for (const line of defaultHotlines) {
        for (const text of [line.name, line.hours, line.free, line.audience]) {
          if (typeof text === 'object' && text.en) english.add(text.en);
        }
      }
      const natco = defaultHotlines.find((line) => line.id === 'natco')!;
      const officialName = (natco.name as Record<string, string>).en;
      expect(Object.keys(dataTexts).filter((text) => !english.has(text))).to.deep.equal([]);
      expect([...english].filter((text) => text !== officialName && !dataTexts[text] && !/People affected/.test(text))).to.deep.equal([]);
      expect(dataTexts[officialName]).to.equal(undefined);
    });

    it('words counts by the CLDR plural rules: 1, 2, 5, 21, 101', async () => {
      for (const [count, text] of Object.entries(want.members)) {
        const element = await list(html`<hf-beneficiary-list .data=${documentWith(Number(count))}></hf-beneficiary-list>`);
        expect(plain(partText(element, 'group-count')), `${count}`).to.equal(text);
      }
      for (const [matching, text] of Object.entries(want.matches)) {
        const element = await list(html`<hf-beneficiary-list .data=${countingDocument(Number(matching), 130)}></hf-beneficiary-list>`);
        await typeFilter(element, 'primer');
        expect(partText(element, 'count'), `${matching}`).to.equal(text);
      }
    });

    it('says that no entry matches, and that the data server answered with an error, in today’s English meaning', async () => {
      const element = await list(html`<hf-beneficiary-list .data=${countingDocument(1, 130)}></hf-beneficiary-list>`);
      await typeFilter(element, 'no such name anywhere');
      expect(partText(element, 'count')).to.equal(want.noMatch);
      const failed = await mount(html`<hf-budget-breakdown src="/test/fixtures/missing.json"></hf-budget-breakdown>`);
      await waitUntil(() => partText(failed, 'error') !== '', 'the error shows', {timeout: 10000});
      // The message, then the field it concerns ("src").
      const detail = plain(failed.shadowRoot!.querySelector('.error-detail')!.textContent);
      expect(detail.startsWith(want.serverError), detail).to.equal(true);
    });

    it('formats money and dates with Intl in the locale', async () => {
      const element = await breakdown();
      const money = new Intl.NumberFormat(code, {style: 'currency', currency: 'EUR', maximumFractionDigits: 0}).format(1000000);
      expect(figureValue(element, 'action')).to.equal(plain(money));
      // Chromium carries no Albanian number or date data (Firefox does): Intl then formats as it
      // can, and so do the widgets (docs/translations.md).
      const hasData = Intl.DateTimeFormat.supportedLocalesOf(code).length > 0;
      if (hasData) expect(figureValue(element, 'action')).not.to.equal('€1,000,000');
      if (hasData) expect(formatIsoDate('2026-11-28', code)).to.match(want.month);
      const checked: ActionDocument = {
        id: 'checked',
        title: 'Checked',
        hotlines: [{id: 'line', name: 'Line', number: '+381000000000', display: '+381 000 000 000', source: 'test', checked: '2026-11-28'}],
      };
      const withDate = await banner(html`<hf-hotline-banner .data=${checked}></hf-hotline-banner>`);
      if (hasData) expect(partText(withDate, 'checked')).to.match(want.month);
      // Without the data (Albanian in Chromium) the numbers and the date are still whole and
      // right, in the browser's default format: "€1,000,000", "November 28, 2026".
      expect(figureValue(element, 'action')).to.match(/1\D?000\D?000/);
      expect(partText(withDate, 'checked')).to.match(/28/).and.to.match(/2026/);
      expect(partText(withDate, 'checked')).to.contain(formatIsoDate('2026-11-28', code));
    });

    it('passes axe in each of the four elements', async function () {
      this.timeout(30000);
      const elements = [
        await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`),
        await mount(html`<hf-action-card></hf-action-card>`),
        await breakdown(),
        await list(),
      ];
      for (const element of elements) {
        await settled(element);
        await expect(element).to.be.accessible();
      }
    });
  });
}
