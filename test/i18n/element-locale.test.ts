import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import {setLocale} from '../../src/i18n/locale.js';
import type {ActionDocument} from '../../src/core/document/action-types.js';
import {partText, settled, stateOf, until, usePageLanguage} from '../helpers.js';

/**
 * Each element's heading (or, for the card, its status label) in each locale, written out here
 * rather than taken from the translation tables under test.
 */
const BANNER_TITLE = {
  en: 'Help against human trafficking',
  'sr-Cyrl': 'Помоћ у случају трговине људима',
  'sr-Latn': 'Pomoć u slučaju trgovine ljudima',
};
const BUDGET_TITLE = {en: 'Budget', 'sr-Cyrl': 'Буџет', 'sr-Latn': 'Budžet'};
const LIST_TITLE = {en: 'Who benefits', 'sr-Cyrl': 'Корисници пројекта', 'sr-Latn': 'Korisnici projekta'};
const CARD_TITLE = {
  en: 'Strengthening anti-trafficking action in Serbia',
  'sr-Cyrl': 'Јачање борбе против трговине људима у Србији',
  'sr-Latn': 'Jačanje borbe protiv trgovine ljudima u Srbiji',
};

type Locale = keyof typeof BANNER_TITLE;

const base = (element: Element) => element.shadowRoot!.querySelector('[part~="base"]')!;

function bannerTitle(element: Element): string {
  return partText(element, 'heading');
}

/** Waits until `element` shows `text` in `part`: a `lang` change re-renders after a microtask. */
async function untilPartText(element: Element, part: string, text: string): Promise<void> {
  await until(() => partText(element, part) === text, 5000).catch(() => {
    throw new Error(`${part} is "${partText(element, part)}", expected "${text}"`);
  });
  await settled(element);
}

afterEach(async () => {
  await usePageLanguage('en');
});

describe('an element’s locale is its nearest lang', () => {
  it('follows its own lang on an English page', async () => {
    const banner = await fixture(html`<hf-hotline-banner lang="sr-Latn"></hf-hotline-banner>`);
    await settled(banner);
    expect(bannerTitle(banner)).to.equal(BANNER_TITLE['sr-Latn']);
  });

  it('follows an ancestor’s lang', async () => {
    const wrapper = await fixture(html`<section lang="sr-RS"><div><hf-budget-breakdown></hf-budget-breakdown></div></section>`);
    const budget = wrapper.querySelector('hf-budget-breakdown')!;
    await settled(budget);
    expect(partText(budget, 'heading')).to.equal(BUDGET_TITLE['sr-Cyrl']);
  });

  it('renders two elements with different lang on one page, each in its own language, at once', async () => {
    const wrapper = await fixture(html`<div>
      <hf-beneficiary-list lang="sr-Cyrl"></hf-beneficiary-list>
      <hf-beneficiary-list lang="en-GB"></hf-beneficiary-list>
      <hf-beneficiary-list></hf-beneficiary-list>
      <div lang="sr-Latn"><hf-action-card></hf-action-card></div>
    </div>`);
    const [cyrillic, english, page] = wrapper.querySelectorAll('hf-beneficiary-list');
    const card = wrapper.querySelector('hf-action-card')!;
    await Promise.all([cyrillic, english, page, card].map(settled));
    await usePageLanguage('sr-Latn');
    await settled(page);
    expect(partText(cyrillic, 'heading')).to.equal(LIST_TITLE['sr-Cyrl']);
    expect(partText(english, 'heading')).to.equal(LIST_TITLE.en);
    expect(partText(page, 'heading')).to.equal(LIST_TITLE['sr-Latn']);
    expect(partText(card, 'title')).to.equal(CARD_TITLE['sr-Latn']);
    // Numbers and plurals follow each element's own locale too.
    expect(partText(cyrillic, 'count')).to.equal('15 ставки');
    expect(partText(english, 'count')).to.equal('15 entries');
  });

  it('crosses a shadow root to its host, as HTML does, and reads a lang inside the shadow tree', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="sr-Latn"></div>`);
    const shadow = host.attachShadow({mode: 'open'});
    const plain = document.createElement('div');
    const marked = Object.assign(document.createElement('p'), {lang: 'sr-Cyrl'});
    plain.append(document.createElement('hf-hotline-banner'));
    marked.append(document.createElement('hf-hotline-banner'));
    shadow.append(plain, marked);
    const [inherited, own] = shadow.querySelectorAll('hf-hotline-banner');
    await Promise.all([settled(inherited), settled(own)]);
    expect(bannerTitle(inherited)).to.equal(BANNER_TITLE['sr-Latn']);
    expect(bannerTitle(own)).to.equal(BANNER_TITLE['sr-Cyrl']);
    // Live, inside the shadow tree and on the host.
    shadow.querySelector('p')!.lang = 'en';
    await untilPartText(own, 'heading', BANNER_TITLE.en);
    host.lang = 'sr-Cyrl';
    await untilPartText(inherited, 'heading', BANNER_TITLE['sr-Cyrl']);
  });

  it('follows live changes of its own and its ancestors’ lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="sr-Cyrl"><hf-hotline-banner></hf-hotline-banner></div>`);
    const banner = wrapper.querySelector('hf-hotline-banner')!;
    await settled(banner);
    expect(bannerTitle(banner)).to.equal(BANNER_TITLE['sr-Cyrl']);
    wrapper.lang = 'sr-Latn';
    await untilPartText(banner, 'heading', BANNER_TITLE['sr-Latn']);
    banner.setAttribute('lang', 'en');
    await untilPartText(banner, 'heading', BANNER_TITLE.en);
    banner.removeAttribute('lang');
    await untilPartText(banner, 'heading', BANNER_TITLE['sr-Latn']);
    wrapper.removeAttribute('lang');
    await untilPartText(banner, 'heading', BANNER_TITLE.en);
  });

  it('follows a move into another language’s part of the page', async () => {
    const wrapper = await fixture(
      html`<div><div lang="sr-Cyrl"></div><div lang="sr-Latn"><hf-budget-breakdown></hf-budget-breakdown></div></div>`,
    );
    const budget = wrapper.querySelector('hf-budget-breakdown')!;
    await settled(budget);
    expect(partText(budget, 'heading')).to.equal(BUDGET_TITLE['sr-Latn']);
    wrapper.querySelector('[lang="sr-Cyrl"]')!.append(budget);
    await untilPartText(budget, 'heading', BUDGET_TITLE['sr-Cyrl']);
  });

  it('lets data-hf-locale and setLocale decide only where no lang stands between the element and <html>', async () => {
    const wrapper = await fixture(html`<div>
      <hf-hotline-banner></hf-hotline-banner>
      <div lang="en"><hf-hotline-banner></hf-hotline-banner></div>
    </div>`);
    const [free, marked] = wrapper.querySelectorAll('hf-hotline-banner');
    document.documentElement.lang = 'en';
    document.documentElement.setAttribute('data-hf-locale', 'sr-Cyrl');
    await untilPartText(free, 'heading', BANNER_TITLE['sr-Cyrl']);
    expect(bannerTitle(marked)).to.equal(BANNER_TITLE.en);
    await setLocale('sr-Latn');
    await untilPartText(free, 'heading', BANNER_TITLE['sr-Latn']);
    expect(bannerTitle(marked)).to.equal(BANNER_TITLE.en);
  });

  it('announces quick-exit progress in its own language', async () => {
    const banner = await fixture<HTMLElement & {onShiftReset(): void}>(
      html`<hf-hotline-banner lang="sr-Latn" quick-exit></hf-hotline-banner>`,
    );
    await settled(banner);
    banner.onShiftReset();
    await settled(banner);
    const live = banner.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal('Brzi izlaz je otkazan.');
    expect(live.getAttribute('lang')).to.equal('sr-Latn');
  });
});

describe('what an element renders carries lang', () => {
  const tags = ['hf-action-card', 'hf-budget-breakdown', 'hf-beneficiary-list', 'hf-hotline-banner'];

  for (const locale of ['en', 'sr-Cyrl', 'sr-Latn'] as Locale[]) {
    it(`on part="base" of every element, in ${locale} on a page in German`, async () => {
      await usePageLanguage('de');
      const wrapper = await fixture(html`<div lang=${locale}>
        <hf-action-card></hf-action-card><hf-budget-breakdown></hf-budget-breakdown><hf-beneficiary-list></hf-beneficiary-list
        ><hf-hotline-banner></hf-hotline-banner>
      </div>`);
      for (const tag of tags) {
        const element = wrapper.querySelector(tag)!;
        await settled(element);
        expect(base(element).getAttribute('lang'), tag).to.equal(locale);
      }
      await expect(wrapper).to.be.accessible();
    });
  }

  it('on an element on a German page with no lang of its own: English, marked as English', async () => {
    await usePageLanguage('de');
    const banner = await fixture(html`<hf-hotline-banner></hf-hotline-banner>`);
    await settled(banner);
    expect(bannerTitle(banner)).to.equal(BANNER_TITLE.en);
    expect(base(banner).getAttribute('lang')).to.equal('en');
  });

  for (const tag of ['constructor', '__proto__', 'toString']) {
    it(`on a page whose data-hf-locale is "${tag}": English, marked as English`, async () => {
      document.documentElement.setAttribute('data-hf-locale', tag);
      await Promise.resolve();
      const banner = await fixture(html`<hf-hotline-banner></hf-hotline-banner>`);
      await settled(banner);
      expect(bannerTitle(banner)).to.equal(BANNER_TITLE.en);
      expect(base(banner).getAttribute('lang')).to.equal('en');
      const inner = await fixture(html`<div lang=${tag}><hf-hotline-banner></hf-hotline-banner></div>`);
      const marked = inner.querySelector('hf-hotline-banner')!;
      await settled(marked);
      expect(base(marked).getAttribute('lang')).to.equal('en');
    });
  }

  it('on the error state and the loading state', async () => {
    const wrapper = await fixture(html`<div lang="sr-Latn">
      <hf-budget-breakdown src="data:application/json,{"></hf-budget-breakdown>
    </div>`);
    const budget = wrapper.querySelector('hf-budget-breakdown')!;
    await until(() => stateOf(budget) === 'error');
    expect(budget.shadowRoot!.querySelector('[part="error"]')!.getAttribute('lang')).to.equal('sr-Latn');
    const loading = document.createElement('hf-action-card');
    // A src that never answers within the test keeps it loading.
    loading.setAttribute('src', '/never-answers-lang-test.json');
    wrapper.append(loading);
    await settled(loading);
    if (stateOf(loading) === 'loading') {
      expect(loading.shadowRoot!.querySelector('[part="loading"] .visually-hidden')!.getAttribute('lang')).to.equal('sr-Latn');
    }
  });
});

describe('a part shown in a fallback language carries that language’s lang', () => {
  const partial: ActionDocument = {
    id: 'partial',
    title: {en: 'Only in English'},
    goal: {de: 'Nur auf Deutsch'},
    summary: {'sr-Latn': 'Samo latinicom'},
    programme: {
      name: {en: 'Programme in English'},
      budget: {amount: 41000000, currency: 'EUR'},
      funders: [{name: {fr: 'Union européenne'}, share: 1}],
    },
    beneficiaries: [{id: 'g', label: {en: 'Group in English'}, members: [{name: {en: 'Member in English'}, note: {'sr-Cyrl': 'Белешка'}}]}],
    hotlines: [
      {
        id: 'line',
        name: {en: 'Line in English'},
        number: '192',
        display: '192',
        hours: {'sr-Cyrl': '0–24'},
        audience: {fr: 'Pour tous'},
        source: 'test',
      },
    ],
  };

  /** The lang of the closest element around the shadow-tree text `text`. */
  function langAround(element: Element, text: string): string | null {
    const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent!.trim() === text) return node.parentElement!.closest('[lang]')!.getAttribute('lang');
    }
    throw new Error(`"${text}" is not shown`);
  }

  it('in Serbian Cyrillic: English and other texts are marked, a Latin text shown transliterated is not', async () => {
    const wrapper = await fixture(html`<div lang="sr-Cyrl">
      <hf-action-card .data=${partial}></hf-action-card><hf-budget-breakdown .data=${partial}></hf-budget-breakdown
      ><hf-beneficiary-list .data=${partial}></hf-beneficiary-list><hf-hotline-banner .data=${partial}></hf-hotline-banner>
    </div>`);
    const [card, budget, list, banner] = ['hf-action-card', 'hf-budget-breakdown', 'hf-beneficiary-list', 'hf-hotline-banner'].map((tag) =>
      wrapper.querySelector(tag)!,
    );
    await Promise.all([card, budget, list, banner].map(settled));
    expect(langAround(card, 'Only in English')).to.equal('en');
    expect(langAround(card, 'Nur auf Deutsch')).to.equal('de');
    expect(langAround(card, 'Само латиницом')).to.equal('sr-Cyrl');
    expect(langAround(card, 'Programme in English')).to.equal('en');
    expect(langAround(budget, 'Programme in English')).to.equal('en');
    expect(langAround(budget, 'Union européenne')).to.equal('fr');
    expect(langAround(list, 'Group in English')).to.equal('en');
    expect(langAround(list, 'Member in English')).to.equal('en');
    expect(langAround(list, 'Белешка')).to.equal('sr-Cyrl');
    expect(langAround(banner, 'Line in English')).to.equal('en');
    expect(langAround(banner, '0–24')).to.equal('sr-Cyrl');
    expect(langAround(banner, 'Pour tous')).to.equal('fr');
    await expect(wrapper).to.be.accessible();
  });

  it('in English: a text given only in Serbian is marked Serbian', async () => {
    const card = await fixture(html`<hf-action-card .data=${{id: 'x', title: {'sr-Cyrl': 'Само ћирилицом'}}}></hf-action-card>`);
    await settled(card);
    expect(langAround(card, 'Само ћирилицом')).to.equal('sr-Cyrl');
    expect(base(card).getAttribute('lang')).to.equal('en');
  });
});
