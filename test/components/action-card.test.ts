import {expect, html, oneEvent} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/hf-action-card.js';
import {actionStatusOn, type HfActionCard} from '../../src/hf-action-card.js';
import {actionCardExamples} from '../../examples/action-card.examples.js';
import {defaultAction} from '../../src/core/document/default-action.js';
import {clearActionRequests} from '../../src/testing/test-hooks.js';
import {
  LOCALES,
  captureConsole,
  exampleFixture,
  partText,
  parts,
  settled,
  stateOf,
  usePageLanguage,
  testExamples,
  renderUntilError,
} from '../helpers.js';
import {card, example, headingTexts, metaValue} from '../harness/action-card.js';

const TAG = 'hf-action-card';

/** The default action with links of its own (the default has none). */
const withLinks = {
  ...defaultAction,
  links: [
    {label: 'Example', url: 'https://example.org/a'},
    {label: 'Other example', url: 'https://www.example.net/b'},
  ],
};

afterEach(async () => {
  await usePageLanguage('en');
  clearActionRequests();
});

testExamples(TAG, actionCardExamples);

describe('<hf-action-card> example details', () => {
  it('the error example names links[0].url and keeps the fallback visible', async () => {
    const element = await exampleFixture<HfActionCard>(TAG, example('Error'));
    expect(partText(element, 'error')).to.contain('links[0].url');
    expect(element.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('the multi-language example uses the document’s own Latin text', async () => {
    await usePageLanguage('sr-Latn');
    const element = await exampleFixture<HfActionCard>(TAG, example('Multi-language document'));
    expect(partText(element, 'title')).to.equal('Kvalitetno obrazovanje za sve – Srbija');
    expect(metaValue(element, 'programme')).to.equal('Horizontal Facility za Zapadni Balkan i Tursku');
    expect(metaValue(element, 'country')).to.equal('Srbija');
    expect(metaValue(element, 'period')).to.equal('2023–2026');
    expect(parts(element, 'summary')).to.have.length(0);
    expect(headingTexts(element)).to.deep.equal([]);
  });

  it('reserves space while loading', async () => {
    const element = await exampleFixture<HfActionCard>(TAG, example('Loading'));
    expect(element.getBoundingClientRect().height).to.be.greaterThan(200);
  });
});

describe('<hf-action-card> status', () => {
  const period = defaultAction.period!;

  it('reads the default years 2023–2026 from the first day of 2023 to the last day of 2026', () => {
    expect(period).to.deep.equal({start: '2023', end: '2026'});
  });

  it('is planned before the start day, ongoing from the start day to the end day, completed the day after', () => {
    expect(actionStatusOn(period, '2022-12-31')).to.equal('planned');
    expect(actionStatusOn(period, '2023-01-01')).to.equal('ongoing');
    expect(actionStatusOn(period, '2025-06-30')).to.equal('ongoing');
    expect(actionStatusOn(period, '2026-12-31')).to.equal('ongoing');
    expect(actionStatusOn(period, '2027-01-01')).to.equal('completed');
  });

  it('reads a period in years or months as whole years or months', () => {
    expect(actionStatusOn({start: '2016', end: '2019'}, '2016-01-01')).to.equal('ongoing');
    expect(actionStatusOn({start: '2016', end: '2019'}, '2019-12-31')).to.equal('ongoing');
    expect(actionStatusOn({start: '2016', end: '2019'}, '2020-01-01')).to.equal('completed');
    expect(actionStatusOn({start: '2024-02', end: '2024-02'}, '2024-01-31')).to.equal('planned');
    expect(actionStatusOn({start: '2024-02', end: '2024-02'}, '2024-02-29')).to.equal('ongoing');
    expect(actionStatusOn({start: '2024-02', end: '2024-02'}, '2024-03-01')).to.equal('completed');
  });

  const cases: [string, string, string][] = [
    ['2022-12-31', 'planned', 'Planned'],
    ['2023-01-01', 'ongoing', 'Ongoing'],
    ['2026-12-31', 'ongoing', 'Ongoing'],
    ['2027-01-01', 'completed', 'Completed'],
  ];
  for (const [today, status, label] of cases) {
    it(`shows "${label}" as text on ${today}`, async () => {
      const element = await card(html`<hf-action-card today=${today}></hf-action-card>`);
      expect(element.actionStatus).to.equal(status);
      const badge = parts(element, 'status')[0];
      expect(badge.getAttribute('data-status')).to.equal(status);
      expect(partText(element, 'status')).to.equal(`Status: ${label}`);
    });
  }

  it('follows a change of today and of the data', async () => {
    const element = await card(html`<hf-action-card today="2022-06-01"></hf-action-card>`);
    expect(partText(element, 'status')).to.equal('Status: Planned');
    element.today = '2030-01-01';
    await settled(element);
    expect(partText(element, 'status')).to.equal('Status: Completed');
    element.data = {id: 'x', title: 'X', period: {start: '2029', end: '2031'}};
    await settled(element);
    expect(partText(element, 'status')).to.equal('Status: Ongoing');
  });

  it('uses the reader’s date without today, and warns once about a today that is not a date', async () => {
    const element = await card(
      html`<hf-action-card .data=${{id: 'x', title: 'X', period: {start: '2000', end: '2199'}}}></hf-action-card>`,
    );
    expect(element.actionStatus).to.equal('ongoing');
    const {warnings} = await captureConsole(async () => {
      element.today = '2026-02-30';
      await settled(element);
      element.requestUpdate();
      await settled(element);
    });
    expect(element.actionStatus).to.equal('ongoing');
    expect(warnings.filter((line) => line.includes('2026-02-30'))).to.have.length(1);
  });

  it('shows no badge without a period', async () => {
    const element = await card(html`<hf-action-card .data=${{id: 'x', title: 'X', summary: 'S'}}></hf-action-card>`);
    expect(parts(element, 'status')).to.have.length(0);
    expect(element.actionStatus).to.equal(undefined);
  });

  it('says the status in Serbian', async () => {
    await usePageLanguage('sr-Cyrl');
    const element = await card(html`<hf-action-card today="2027-01-01"></hf-action-card>`);
    expect(partText(element, 'status')).to.equal('Статус: Завршено');
    await usePageLanguage('sr-Latn');
    await settled(element);
    expect(partText(element, 'status')).to.equal('Status: Završeno');
  });
});

describe('<hf-action-card> headings', () => {
  it('uses heading-level for the title and one level below for sections', async () => {
    const element = await card(html`<hf-action-card heading-level="3"></hf-action-card>`);
    const title = parts(element, 'title')[0];
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
    const sections = parts(element, 'section-heading');
    expect(sections.length).to.be.greaterThan(0);
    for (const heading of sections) expect(heading.getAttribute('aria-level')).to.equal('4');
    expect(element.shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal(title.id);
  });

  it('falls back to 2 outside 2–6, and keeps sections at 6 under a level-6 title', async () => {
    const element = await card(html`<hf-action-card heading-level="9"></hf-action-card>`);
    expect(parts(element, 'title')[0].getAttribute('aria-level')).to.equal('2');
    expect(parts(element, 'section-heading')[0].getAttribute('aria-level')).to.equal('3');
    element.headingLevel = 6;
    await settled(element);
    expect(parts(element, 'title')[0].getAttribute('aria-level')).to.equal('6');
    expect(parts(element, 'section-heading')[0].getAttribute('aria-level')).to.equal('6');
  });
});

describe('<hf-action-card> content of the default action', () => {
  it('in English', async () => {
    const element = await card(html`<hf-action-card today="2025-06-30"></hf-action-card>`);
    expect(partText(element, 'title')).to.equal('Strengthening anti-trafficking action in Serbia');
    expect(metaValue(element, 'period')).to.equal('2023–2026');
    expect(metaValue(element, 'programme')).to.equal('Horizontal Facility for the Western Balkans and Türkiye');
    expect(metaValue(element, 'country')).to.equal('Serbia');
    expect(metaValue(element, 'budget')).to.equal('€1,000,000');
    expect([...element.shadowRoot!.querySelectorAll('.meta dt')].map((term) => term.textContent!.trim())).to.deep.equal([
      'Period',
      'Programme',
      'Country',
      'Budget',
    ]);
    expect(partText(element, 'summary')).to.match(/^The action “Strengthening anti-trafficking action in Serbia” aims at/);
    expect(partText(element, 'goal')).to.contain('Council of Europe Convention on Action against Trafficking in Human Beings');
    expect(headingTexts(element)).to.deep.equal(['Goal', 'How it works', 'Expected results', 'Who benefits', 'Earlier phases']);
    expect(parts(element, 'approach')[0].querySelectorAll('li')).to.have.length(4);
    expect(parts(element, 'results')[0].querySelectorAll('li')).to.have.length(4);
    expect(partText(element, 'results')).to.contain('Enhanced prevention and action against child trafficking.');
    expect([...parts(element, 'beneficiaries')[0].querySelectorAll('li')].map((item) => item.textContent!.trim())).to.deep.equal([
      'Public institutions',
      'Civil society',
      'Business and labour',
      'Victims and persons at risk',
    ]);
    // The seed gives no link; a hotline's source would read as a partner of the action.
    expect(parts(element, 'links')).to.have.length(0);
    expect([...parts(element, 'attribution')[0].querySelectorAll('p')].map((line) => line.textContent)).to.deep.equal([
      'With the financial support of the European Union and the Council of Europe',
    ]);
  });

  it('in Serbian Cyrillic', async () => {
    await usePageLanguage('sr-Cyrl');
    const element = await card();
    expect(partText(element, 'title')).to.equal('Јачање борбе против трговине људима у Србији');
    expect(metaValue(element, 'period')).to.equal('2023–2026');
    expect(metaValue(element, 'programme')).to.equal('Horizontal Facility за Западни Балкан и Турску');
    expect(metaValue(element, 'country')).to.equal('Србија');
    expect(metaValue(element, 'budget')).to.equal('1.000.000 €');
    expect(headingTexts(element)).to.deep.equal([
      'Циљ',
      'Како се пројекат спроводи',
      'Очекивани резултати',
      'Корисници пројекта',
      'Претходне фазе',
    ]);
    // Group names without counts: "Цивилно друштво (1)" would read as one organisation.
    expect([...parts(element, 'beneficiaries')[0].querySelectorAll('li')].map((item) => item.textContent!.trim())).to.deep.equal([
      'Јавне институције',
      'Цивилно друштво',
      'Привреда и тржиште рада',
      'Жртве и особе у ризику',
    ]);
    expect(partText(element, 'goal')).to.contain(
      'праћења тога како Србија примењује Конвенцију Савета Европе о борби против трговине људима',
    );
    expect(partText(element, 'timeline')).to.contain('Спречавање трговине људима и борба против ње у Србији');
    expect(partText(element, 'results')).not.to.match(/превенција и борба против/);
    expect(partText(element, 'attribution')).to.equal('Уз финансијску подршку Европске уније и Савета Европе');
    expect(partText(element, 'summary')).to.match(/^Пројекат „Јачање борбе против трговине људима у Србији“/);
    // No Latin look-alike letters slip into the Cyrillic interface text.
    for (const heading of headingTexts(element)) expect(heading).not.to.match(/[A-Za-z]/);
  });

  it('in Serbian Latin, transliterated from the Cyrillic', async () => {
    await usePageLanguage('sr-Latn');
    const element = await card();
    expect(partText(element, 'title')).to.equal('Jačanje borbe protiv trgovine ljudima u Srbiji');
    expect(metaValue(element, 'period')).to.equal('2023–2026');
    expect(metaValue(element, 'country')).to.equal('Srbija');
    expect(metaValue(element, 'budget')).to.equal('1.000.000 €');
    expect(headingTexts(element)).to.deep.equal([
      'Cilj',
      'Kako se projekat sprovodi',
      'Očekivani rezultati',
      'Korisnici projekta',
      'Prethodne faze',
    ]);
    expect(partText(element, 'beneficiaries')).to.contain('Javne institucije');
    expect(partText(element, 'goal')).to.contain(
      'praćenja toga kako Srbija primenjuje Konvenciju Saveta Evrope o borbi protiv trgovine ljudima',
    );
    expect(partText(element, 'summary')).to.match(/^Projekat „Jačanje borbe protiv trgovine ljudima u Srbiji“/);
    expect(partText(element, 'attribution')).to.equal('Uz finansijsku podršku Evropske unije i Saveta Evrope');
  });

  it('follows a language change of the page', async () => {
    const element = await card();
    await usePageLanguage('sr');
    await settled(element);
    expect(metaValue(element, 'country')).to.equal('Србија');
    await usePageLanguage('en-GB');
    await settled(element);
    expect(metaValue(element, 'country')).to.equal('Serbia');
  });

  it('draws earlier phases as an ordered list with their periods', async () => {
    const element = await card();
    const timeline = parts(element, 'timeline')[0];
    expect(timeline.tagName).to.equal('OL');
    expect([...timeline.querySelectorAll('.phase-period')].map((period) => period.textContent!.trim())).to.deep.equal([
      '2016–2019',
      '2019–2022',
    ]);
    expect(partText(element, 'phase')).to.contain('Preventing and combating trafficking in human beings in Serbia');
  });

  it('links every link in the same tab, with its host shown', async () => {
    const element = await card(html`<hf-action-card .data=${withLinks}></hf-action-card>`);
    const links = parts(element, 'link') as HTMLAnchorElement[];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(withLinks.links!.map((link) => link.url));
    for (const link of links) expect(link.hasAttribute('target')).to.equal(false);
    expect([...element.shadowRoot!.querySelectorAll('.link-host')].map((host) => host.textContent)).to.deep.equal([
      'example.org',
      'example.net',
    ]);
  });

  it('gives links and the toggle a touch target of at least 44 px', async () => {
    const element = await card(html`<hf-action-card variant="compact" expanded .data=${withLinks}></hf-action-card>`);
    for (const control of [...parts(element, 'link'), ...parts(element, 'toggle')]) {
      expect(control.getBoundingClientRect().height, control.textContent!).to.be.at.least(44);
    }
  });

  it('omits the sections that the document does not have', async () => {
    const element = await card(
      html`<hf-action-card .data=${{id: 'x', title: 'X', summary: 'Only a summary.', results: ['One result']}}></hf-action-card>`,
    );
    expect(stateOf(element)).to.equal('ready');
    expect(partText(element, 'summary')).to.equal('Only a summary.');
    expect(headingTexts(element)).to.deep.equal(['Expected results']);
    for (const part of ['meta', 'status', 'goal', 'approach', 'beneficiaries', 'timeline', 'links', 'attribution']) {
      expect(parts(element, part), part).to.have.length(0);
    }
  });

  it('shows the title and a localized note for a document with only id and title', async () => {
    const element = await exampleFixture<HfActionCard>(TAG, example('Title only'));
    expect(partText(element, 'title')).to.equal('Quality education for all – Serbia');
    expect(partText(element, 'empty')).to.equal('No details about this action have been published yet.');
    await usePageLanguage('sr-Cyrl');
    await settled(element);
    expect(partText(element, 'title')).to.equal('Квалитетно образовање за све – Србија');
    expect(partText(element, 'empty')).to.equal('Подаци о овом пројекту још нису објављени.');
  });

  it('leaves out beneficiary groups without members, and is empty when that is all there is', async () => {
    const element = await card(html`<hf-action-card
      .data=${{id: 'x', title: 'X', beneficiaries: [{id: 'a', label: 'A', members: []}], approach: [], links: []}}
    ></hf-action-card>`);
    expect(stateOf(element)).to.equal('empty');
  });
});

describe('<hf-action-card> says only what the sources say, in every locale', () => {
  const expected = {
    en: {
      period: '2023–2026',
      institutions: 'Public institutions',
      attribution: 'With the financial support of the European Union and the Council of Europe',
    },
    'sr-Cyrl': {
      period: '2023–2026',
      institutions: 'Јавне институције',
      attribution: 'Уз финансијску подршку Европске уније и Савета Европе',
    },
    'sr-Latn': {
      period: '2023–2026',
      institutions: 'Javne institucije',
      attribution: 'Uz finansijsku podršku Evropske unije i Saveta Evrope',
    },
  };
  for (const locale of LOCALES) {
    it(`${locale}: the seed's years, nine public institutions and the verified attribution, in the full and compact card`, async () => {
      await usePageLanguage(locale);
      for (const variant of ['full', 'compact'] as const) {
        const element = await card(html`<hf-action-card variant=${variant} expanded></hf-action-card>`);
        expect(metaValue(element, 'period'), variant).to.equal(expected[locale].period);
        expect(partText(element, 'beneficiaries'), variant).to.contain(expected[locale].institutions);
        expect(partText(element, 'attribution'), variant).to.equal(expected[locale].attribution);
        const text = element.shadowRoot!.textContent!;
        expect(text, variant).not.to.match(/Funded by|Implemented by|Финансирају|Спроводи Савет|Finansiraju|Sprovodi Savet/);
        // No claim of a check anywhere in the card.
        expect(text, variant).not.to.match(/checked|провер|prover/i);
        if (locale !== 'en') expect(text, variant).not.to.match(/акциј|akcij/i);
        element.remove();
      }
    });
  }

  it('says Остале везе for the folded links of a compact card, in both scripts', async () => {
    await usePageLanguage('sr-Cyrl');
    const element = await card(html`<hf-action-card variant="compact" expanded .data=${withLinks}></hf-action-card>`);
    expect(headingTexts(element)).to.include('Остале везе');
    await usePageLanguage('sr-Latn');
    await settled(element);
    expect(headingTexts(element)).to.include('Ostale veze');
  });

  it('is completed from the first day after a year-only end', async () => {
    const element = await card(html`<hf-action-card today="2026-12-31"></hf-action-card>`);
    expect(element.actionStatus).to.equal('ongoing');
    element.today = '2027-01-01';
    await settled(element);
    expect(element.actionStatus).to.equal('completed');
  });
});

describe('<hf-action-card> decides once whether a section has content', () => {
  it('treats a programme name of spaces as absent: no programme fact, and no content by itself', async () => {
    const only = await card(html`<hf-action-card .data=${{id: 'x', title: 'X', programme: {name: '   '}}}></hf-action-card>`);
    expect(stateOf(only)).to.equal('empty');
    const withSummary = await card(
      html`<hf-action-card .data=${{id: 'x', title: 'X', summary: 'S', programme: {name: ' '}}}></hf-action-card>`,
    );
    expect(stateOf(withSummary)).to.equal('ready');
    expect(withSummary.shadowRoot!.querySelector('.meta-programme')).to.equal(null);
  });

  it('shows a trimmed programme name', async () => {
    const element = await card(html`<hf-action-card .data=${{id: 'x', title: 'X', programme: {name: '  P  '}}}></hf-action-card>`);
    expect(stateOf(element)).to.equal('ready');
    expect(element.shadowRoot!.querySelector('.meta-programme dd')!.textContent).to.equal('P');
  });

  it('treats blank list entries and blank texts as absent', async () => {
    const element = await card(
      html`<hf-action-card .data=${{id: 'x', title: 'X', summary: ' ', goal: '', approach: [' '], results: [''], attribution: ['  '], previousPhases: []}}></hf-action-card>`,
    );
    expect(stateOf(element)).to.equal('empty');
  });
});

describe('<hf-action-card> compact', () => {
  async function compact(): Promise<{element: HfActionCard; button: HTMLButtonElement; details: HTMLElement}> {
    const element = await card(html`<hf-action-card variant="compact" today="2025-06-30"></hf-action-card>`);
    const button = parts(element, 'toggle')[0] as HTMLButtonElement;
    const details = element.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    return {element, button, details};
  }

  it('shows title, status, period, summary, budget and the first link; the rest is folded', async () => {
    const {element, button, details} = await compact();
    expect(partText(element, 'status')).to.equal('Status: Ongoing');
    expect(metaValue(element, 'period')).to.equal('2023–2026');
    expect(metaValue(element, 'budget')).to.equal('€1,000,000');
    expect(partText(element, 'summary')).to.contain('aims at strengthening');
    // The default action has no link: no hotline source stands as the action's first link.
    expect(element.shadowRoot!.querySelector('.first-link')).to.equal(null);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.textContent!.trim()).to.equal('Show more');
    expect(details.contains(parts(element, 'goal')[0])).to.equal(true);
    expect(details.hidden).to.equal(true);
    expect(details.getBoundingClientRect().height).to.equal(0);
    expect(parts(element, 'link')).to.have.length(0);
  });

  it('shows a document’s first link beside the button and does not repeat it among the folded ones', async () => {
    const element = await card(html`<hf-action-card variant="compact" .data=${withLinks}></hf-action-card>`);
    expect(element.shadowRoot!.querySelector('.first-link a')!.getAttribute('href')).to.equal('https://example.org/a');
    expect(parts(element, 'link').map((link) => link.getAttribute('href'))).to.deep.equal(withLinks.links.map((link) => link.url));
  });

  it('unfolds in place on click, fires hf-toggle and reflects expanded', async () => {
    const {element, button, details} = await compact();
    const toggled = oneEvent(element, 'hf-toggle');
    button.click();
    expect((await toggled).detail).to.deep.equal({expanded: true});
    await settled(element);
    expect(element.expanded).to.equal(true);
    expect(element.hasAttribute('expanded')).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Show less');
    expect(details.hidden).to.equal(false);
    expect(details.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(metaValue(element, 'country')).to.equal('Serbia');
    const folded = oneEvent(element, 'hf-toggle');
    button.click();
    expect((await folded).detail).to.deep.equal({expanded: false});
    await settled(element);
    expect(details.hidden).to.equal(true);
  });

  // Space is pressed as ' ': Firefox's WebDriver BiDi knows no key named "Space".
  for (const [key, name] of [
    ['Enter', 'Enter'],
    [' ', 'Space'],
  ]) {
    it(`unfolds and folds with ${name}, keeping focus on the button`, async () => {
      const {element, button, details} = await compact();
      const events: boolean[] = [];
      element.addEventListener('hf-toggle', (event) => events.push((event as CustomEvent<{expanded: boolean}>).detail.expanded));
      button.focus();
      await sendKeys({press: key});
      await settled(element);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hidden).to.equal(false);
      expect(element.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({press: key});
      await settled(element);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(element.shadowRoot!.activeElement).to.equal(button);
      expect(events).to.deep.equal([true, false]);
    });
  }

  it('starts unfolded with the expanded attribute, and toggle() fires only on a change', async () => {
    const element = await card(html`<hf-action-card variant="compact" expanded></hf-action-card>`);
    expect(parts(element, 'toggle')[0].getAttribute('aria-expanded')).to.equal('true');
    expect((parts(element, 'details')[0] as HTMLElement).hidden).to.equal(false);
    const events: boolean[] = [];
    element.addEventListener('hf-toggle', (event) => events.push((event as CustomEvent<{expanded: boolean}>).detail.expanded));
    element.toggle(true);
    element.toggle(false);
    element.toggle();
    expect(events).to.deep.equal([false, true]);
  });

  it('has no toggle when there is nothing more to show', async () => {
    const element = await card(
      html`<hf-action-card variant="compact" .data=${{id: 'x', title: 'X', summary: 'S', budget: {amount: 5, currency: 'EUR'}}}></hf-action-card>`,
    );
    expect(parts(element, 'toggle')).to.have.length(0);
    expect(parts(element, 'details')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('says Show more in Serbian', async () => {
    await usePageLanguage('sr-Cyrl');
    const {button} = await compact();
    expect(button.textContent!.trim()).to.equal('Прикажите више');
  });
});

describe('<hf-action-card> print', () => {
  // Media emulation goes through CDP, which only Chromium speaks.
  const chromium = navigator.userAgent.includes('Chrome');
  afterEach(async () => {
    if (chromium) await emulateMedia({media: 'screen'});
  });

  it('prints a compact card unfolded, without the button', async function () {
    if (!chromium) this.skip();
    const element = await card(html`<hf-action-card variant="compact"></hf-action-card>`);
    await emulateMedia({media: 'print'});
    expect(getComputedStyle(parts(element, 'toggle')[0]).display).to.equal('none');
    expect(parts(element, 'details')[0].getBoundingClientRect().height).to.be.greaterThan(100);
  });
});

describe('<hf-action-card> data and bad input', () => {
  const failure = (data: unknown) => renderUntilError<HfActionCard>(html`<hf-action-card .data=${data}></hf-action-card>`);

  const badInputs: {name: string; data: unknown; code: string; path: string}[] = [
    {
      name: 'a javascript: link',
      data: {id: 'x', title: 'X', links: [{label: 'L', url: 'javascript:alert(1)'}]},
      code: 'unsafe-url',
      path: 'links[0].url',
    },
    {
      name: 'a data: link',
      data: {id: 'x', title: 'X', links: [withLinks.links[0], {label: 'L', url: 'data:text/html,hi'}]},
      code: 'unsafe-url',
      path: 'links[1].url',
    },
    {
      name: 'a period that is not a date',
      data: {id: 'x', title: 'X', period: {start: 'soon', end: '2026'}},
      code: 'invalid-format',
      path: 'period.start',
    },
    {
      name: 'a negative budget',
      data: {id: 'x', title: 'X', budget: {amount: -1, currency: 'EUR'}},
      code: 'negative-amount',
      path: 'budget.amount',
    },
    {name: 'approach as a string', data: {id: 'x', title: 'X', approach: 'training'}, code: 'wrong-type', path: 'approach'},
    {name: 'a lower-case country', data: {id: 'x', title: 'X', country: 'rs'}, code: 'invalid-format', path: 'country'},
    {name: 'a missing title', data: {id: 'x'}, code: 'missing-field', path: 'title'},
  ];

  for (const bad of badInputs) {
    it(`${bad.name}: error state naming ${bad.path}, and an hf-error event`, async () => {
      const {element, detail} = await failure(bad.data);
      expect(detail.code).to.equal(bad.code);
      expect(detail.path).to.equal(bad.path);
      expect(stateOf(element)).to.equal('error');
      expect(partText(element, 'error')).to.contain(bad.path);
      expect(element.shadowRoot!.querySelector('a')).to.equal(null);
      await expect(element).to.be.accessible();
    });
  }

  it('ignores mistakes in parts it does not read', async () => {
    const element = await card(
      html`<hf-action-card .data=${{id: 'x', title: 'X', summary: 'S', hotlines: 'not a list'}}></hf-action-card>`,
    );
    expect(stateOf(element)).to.equal('ready');
  });

  it('renders markup in text fields as text, never as HTML', async () => {
    const markup = '<img src=x onerror="window.__hfCardPwned=1"><b>bold</b>';
    const element = await card(html`<hf-action-card
      variant="compact"
      expanded
      .data=${{id: 'x', title: markup, summary: markup, goal: markup, approach: [markup], beneficiaries: [{id: 'g', label: markup, members: [{name: 'm'}]}], links: [{label: markup, url: 'https://example.org'}], attribution: [markup]}}
    ></hf-action-card>`);
    expect(partText(element, 'title')).to.equal(markup);
    expect(partText(element, 'summary')).to.equal(markup);
    expect(partText(element, 'goal')).to.equal(markup);
    expect(partText(element, 'beneficiaries')).to.equal(markup);
    expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect((window as {__hfCardPwned?: number}).__hfCardPwned).to.equal(undefined);
  });

  it('recovers when good data replaces bad data', async () => {
    const {element} = await failure({id: 'x'});
    element.data = undefined;
    await settled(element);
    expect(stateOf(element)).to.equal('ready');
    expect(partText(element, 'title')).to.equal('Strengthening anti-trafficking action in Serbia');
  });
});
