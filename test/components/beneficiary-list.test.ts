import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/hf-beneficiary-list.js';
import type {HfBeneficiaryList} from '../../src/hf-beneficiary-list.js';
import type {HfFilterDetail, HfToggleDetail} from '../../src/core/element/events.js';
import {beneficiaryFallbackHtml, beneficiaryListExamples, largestBeneficiaries} from '../../examples/beneficiary-list.examples.js';
import type {ActionDocument} from '../../src/core/document/action-types.js';
import {defaultAction} from '../../src/core/document/default-action.js';
import {clearActionRequests} from '../../src/testing/test-hooks.js';
import {
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
import {
  LARGE_EXAMPLE,
  list,
  filterInput,
  toggles,
  groupLabels,
  memberNames,
  typeFilter,
  countingDocument,
  documentWith,
} from '../harness/beneficiary-list.js';

const TAG = 'hf-beneficiary-list';

afterEach(async () => {
  await usePageLanguage('en');
  clearActionRequests();
});

testExamples(TAG, beneficiaryListExamples, {slow: [LARGE_EXAMPLE]});

describe('<hf-beneficiary-list> content', () => {
  it('shows the four groups of the default action with every member, in the seed’s order', async () => {
    const element = await list();
    expect(groupLabels(element)).to.deep.equal([
      'Public institutions',
      'Civil society',
      'Business and labour',
      'Victims and persons at risk',
    ]);
    expect(memberNames(element)).to.deep.equal(
      defaultAction.beneficiaries!.flatMap((group) => group.members.map((member) => (member.name as Record<string, string>).en)),
    );
    expect(parts(element, 'group-count').map((count) => count.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '9 entries',
      '1 entry',
      '3 entries',
      '2 entries',
    ]);
    expect(parts(element, 'note').map((note) => note.textContent)).to.include('Children, women and Roma');
  });

  it('renders the members as a list, each group under a heading one level below the title', async () => {
    const element = await list();
    expect(partText(element, 'heading')).to.equal('Who benefits');
    expect(parts(element, 'heading')[0].getAttribute('aria-level')).to.equal('2');
    for (const heading of parts(element, 'group-heading')) {
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
    }
    const lists = parts(element, 'members');
    expect(lists.map((members) => members.getAttribute('role'))).to.deep.equal(['list', 'list', 'list', 'list']);
    expect(lists[0].querySelectorAll('[role="listitem"]')).to.have.length(9);
  });

  it('uses heading-level for the title and the level below for groups, keeping 2–6', async () => {
    const element = await list(html`<hf-beneficiary-list heading-level="4"></hf-beneficiary-list>`);
    expect(parts(element, 'heading')[0].getAttribute('aria-level')).to.equal('4');
    expect(parts(element, 'group-heading')[0].getAttribute('aria-level')).to.equal('5');
    element.headingLevel = 6;
    await settled(element);
    expect(parts(element, 'group-heading')[0].getAttribute('aria-level')).to.equal('6');
    element.headingLevel = 9;
    await settled(element);
    expect(parts(element, 'heading')[0].getAttribute('aria-level')).to.equal('2');
    expect(parts(element, 'group-heading')[0].getAttribute('aria-level')).to.equal('3');
  });

  it('links a member that has a URL, and shows the others as text', async () => {
    const example = beneficiaryListExamples.find((candidate) => candidate.name === 'Long text')!;
    const element = await exampleFixture<HfBeneficiaryList>(TAG, example);
    const names = parts(element, 'name');
    expect(names.map((name) => name.tagName)).to.deep.equal(['A', 'A', 'SPAN']);
    expect((names[1] as HTMLAnchorElement).href).to.equal('https://example.org/');
  });

  it('keeps long words inside the box at 320 px', async () => {
    const example = beneficiaryListExamples.find((candidate) => candidate.name === 'Long text')!;
    const element = await exampleFixture<HfBeneficiaryList>(TAG, example);
    element.style.width = '320px';
    await settled(element);
    const box = parts(element, 'base')[0].getBoundingClientRect();
    for (const name of parts(element, 'name')) expect(name.getBoundingClientRect().right).to.be.at.most(box.right);
  });

  it('shows only the group named by group', async () => {
    const element = await list(html`<hf-beneficiary-list group="civil-society"></hf-beneficiary-list>`);
    expect(groupLabels(element)).to.deep.equal(['Civil society']);
    expect(memberNames(element)).to.deep.equal(['Civil society organisations']);
    element.group = 'at-risk';
    await settled(element);
    expect(groupLabels(element)).to.deep.equal(['Victims and persons at risk']);
  });

  it('shows a localized empty state and warns once for an unknown group', async () => {
    let element!: HfBeneficiaryList;
    const {warnings} = await captureConsole(async () => {
      element = await list(html`<hf-beneficiary-list group="nope"></hf-beneficiary-list>`);
      element.collapsed = true;
      await settled(element);
    });
    expect(stateOf(element)).to.equal('empty');
    expect(partText(element, 'empty')).to.equal('No beneficiaries are listed.');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"nope"').and.contain('"civil-society"');
    await usePageLanguage('sr-Cyrl');
    await settled(element);
    expect(partText(element, 'empty')).to.equal('Корисници нису наведени.');
  });

  it('shows the empty state for a document without beneficiaries, and for groups without members', async () => {
    const none = await list(html`<hf-beneficiary-list .data=${{id: 'x', title: 'X'}}></hf-beneficiary-list>`);
    expect(stateOf(none)).to.equal('empty');
    const emptyGroups = await list(
      html`<hf-beneficiary-list .data=${{id: 'x', title: 'X', beneficiaries: [{id: 'a', label: 'A', members: []}]}}></hf-beneficiary-list>`,
    );
    expect(stateOf(emptyGroups)).to.equal('empty');
  });

  it('renders markup in text as text, never as HTML', async () => {
    const markup = '<img src=x onerror="window.__hfPwned=1">';
    const element = await list(
      html`<hf-beneficiary-list .data=${{id: 'x', title: 'X', beneficiaries: [{id: 'a', label: markup, members: [{name: markup, note: markup}]}]}}></hf-beneficiary-list>`,
    );
    expect(memberNames(element)).to.deep.equal([markup]);
    expect(partText(element, 'group-label')).to.equal(markup);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as {__hfPwned?: number}).__hfPwned).to.equal(undefined);
  });

  it('gives toggles, the filter input and the clear button a touch target of at least 44 px', async () => {
    const element = await list();
    await typeFilter(element, 'zzzz');
    for (const control of [...parts(element, 'toggle'), ...parts(element, 'filter-input'), ...parts(element, 'clear')]) {
      expect(control.getBoundingClientRect().height, control.getAttribute('part')!).to.be.at.least(44);
    }
  });

  it('unfolds every group for printing and restores them afterwards', async () => {
    const element = await list(html`<hf-beneficiary-list collapsed></hf-beneficiary-list>`);
    expect(parts(element, 'member')).to.have.length(0);
    window.dispatchEvent(new Event('beforeprint'));
    await settled(element);
    expect(parts(element, 'member')).to.have.length(15);
    window.dispatchEvent(new Event('afterprint'));
    await settled(element);
    expect(parts(element, 'member')).to.have.length(0);
  });
});

describe('<hf-beneficiary-list> languages', () => {
  const cases = [
    {locale: 'en', title: 'Who benefits', group: 'Public institutions', member: 'Ombudsperson’s Office', note: 'Children, women and Roma'},
    {locale: 'sr-Cyrl', title: 'Корисници пројекта', group: 'Јавне институције', member: 'Заштитник грађана', note: 'Деца, жене и Роми'},
    {locale: 'sr-Latn', title: 'Korisnici projekta', group: 'Javne institucije', member: 'Zaštitnik građana', note: 'Deca, žene i Romi'},
  ];
  for (const {locale, title, group, member, note} of cases) {
    it(`shows the default groups and members in ${locale}`, async () => {
      await usePageLanguage(locale);
      const element = await list();
      expect(partText(element, 'heading')).to.equal(title);
      expect(groupLabels(element)[0]).to.equal(group);
      expect(memberNames(element)).to.include(member);
      expect(parts(element, 'note').map((item) => item.textContent)).to.include(note);
    });
  }

  it('follows a live change of the page language, filter included', async () => {
    const element = await list();
    await typeFilter(element, 'ombudsperson');
    expect(memberNames(element)).to.deep.equal(['Ombudsperson’s Office']);
    await usePageLanguage('sr-Latn');
    await settled(element);
    expect(partText(element, 'filter-label')).to.equal('Pretraga korisnika');
    expect(memberNames(element)).to.deep.equal([]);
    await typeFilter(element, 'заштитник');
    expect(memberNames(element)).to.deep.equal(['Zaštitnik građana']);
  });
});

describe('<hf-beneficiary-list> folding', () => {
  it('folds and unfolds a group on click, with aria-expanded, a hidden panel and hf-toggle', async () => {
    const element = await list();
    const button = toggles(element)[1];
    const panel = element.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.be.false;

    const folded = oneEvent(element, 'hf-toggle');
    button.click();
    const event = (await folded) as CustomEvent<HfToggleDetail>;
    expect(event.detail).to.deep.equal({group: 'civil-society', expanded: false});
    expect(event.bubbles && event.composed).to.be.true;
    await settled(element);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.be.true;
    expect(memberNames(element)).not.to.include('Civil society organisations');

    const unfolded = oneEvent(element, 'hf-toggle');
    button.click();
    expect(((await unfolded) as CustomEvent<HfToggleDetail>).detail).to.deep.equal({group: 'civil-society', expanded: true});
    await settled(element);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(element.isExpanded('civil-society')).to.be.true;
  });

  it('folds and unfolds with Enter and Space from the keyboard', async () => {
    const element = await list();
    const button = toggles(element)[0];
    const events: HfToggleDetail[] = [];
    element.addEventListener('hf-toggle', (event) => events.push(event.detail));
    button.focus();
    await sendKeys({press: 'Enter'});
    await settled(element);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({press: ' '}); // Space ('Space' is unknown to Firefox's WebDriver BiDi)
    await settled(element);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(events).to.deep.equal([
      {group: 'public-institutions', expanded: false},
      {group: 'public-institutions', expanded: true},
    ]);
    expect(element.shadowRoot!.activeElement).to.equal(button);
  });

  it('starts with every group folded under collapsed, and starts afresh when collapsed changes', async () => {
    const element = await list(html`<hf-beneficiary-list collapsed></hf-beneficiary-list>`);
    expect(toggles(element).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false', 'false']);
    expect(parts(element, 'member')).to.have.length(0);
    expect(parts(element, 'panel').every((panel) => (panel as HTMLElement).hidden)).to.be.true;
    toggles(element)[2].click();
    await settled(element);
    expect(memberNames(element)).to.deep.equal(['Businesses', 'Trade unions', 'Employment agencies']);
    element.collapsed = false;
    await settled(element);
    expect(toggles(element).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'true', 'true']);
  });

  it('toggleGroup() folds a group by id, and fires nothing when nothing changes', async () => {
    const element = await list();
    const events: HfToggleDetail[] = [];
    element.addEventListener('hf-toggle', (event) => events.push(event.detail));
    element.toggleGroup('at-risk', true);
    element.toggleGroup('at-risk', false);
    await settled(element);
    expect(element.isExpanded('at-risk')).to.be.false;
    expect(events).to.deep.equal([{group: 'at-risk', expanded: false}]);
  });
});

describe('<hf-beneficiary-list> filter', () => {
  it('appears by itself above 12 members, and with the filter attribute', async () => {
    expect(filterInput(await list())).to.exist; // 15 members
    expect(filterInput(await list(html`<hf-beneficiary-list group="public-institutions"></hf-beneficiary-list>`))).to.equal(undefined); // 9
    expect(filterInput(await list(html`<hf-beneficiary-list group="public-institutions" filter></hf-beneficiary-list>`))).to.exist;
    expect(filterInput(await list(html`<hf-beneficiary-list .data=${documentWith(12)}></hf-beneficiary-list>`))).to.equal(undefined);
    expect(filterInput(await list(html`<hf-beneficiary-list .data=${documentWith(13)}></hf-beneficiary-list>`))).to.exist;
  });

  it('is a labelled search input with a hint', async () => {
    const element = await list();
    const input = filterInput(element)!;
    expect(input.type).to.equal('search');
    const label = element.shadowRoot!.querySelector(`label[for="${input.id}"]`)!;
    expect(label.textContent!.trim()).to.equal('Filter beneficiaries');
    expect(element.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Type part of a name, in Latin or Cyrillic letters.',
    );
  });

  it('finds Cyrillic names from Latin input and Latin names from Cyrillic input', async () => {
    await usePageLanguage('sr-Cyrl');
    const cyrillic = await list();
    await typeFilter(cyrillic, 'ministarstvo');
    expect(memberNames(cyrillic)).to.include('Министарство правде');
    expect(
      memberNames(cyrillic).every(
        (name) =>
          name.startsWith('Министарство') ||
          ['Канцеларија за координацију активности у борби против трговине људима', 'Инспекторат за рад'].includes(name),
      ),
    ).to.be.true;
    await typeFilter(cyrillic, 'zastitnik');
    expect(memberNames(cyrillic)).to.deep.equal(['Заштитник грађана']);

    await usePageLanguage('sr-Latn');
    const latin = await list();
    await typeFilter(latin, 'министарство');
    expect(memberNames(latin)).to.include('Ministarstvo pravde');
    await typeFilter(latin, 'ЗАШТИТНИК');
    expect(memberNames(latin)).to.deep.equal(['Zaštitnik građana']);
  });

  it('ignores case and diacritics both ways, and matches every word anywhere in name or note', async () => {
    await usePageLanguage('sr-Latn');
    const element = await list();
    await typeFilter(element, 'GRADJANA');
    expect(memberNames(element)).to.deep.equal(['Zaštitnik građana']);
    await typeFilter(element, 'zaštitnik');
    expect(memberNames(element)).to.deep.equal(['Zaštitnik građana']);
    await typeFilter(element, 'pravde ministarstvo');
    expect(memberNames(element)).to.deep.equal(['Ministarstvo pravde']);
    // "Romi" is only in the note of "Osobe u najvećem riziku".
    await typeFilter(element, 'romi');
    expect(memberNames(element)).to.deep.equal(['Osobe u najvećem riziku']);
  });

  it('hides groups without a match and opens matching groups while a search is active', async () => {
    const element = await list(html`<hf-beneficiary-list collapsed></hf-beneficiary-list>`);
    await typeFilter(element, 'union');
    expect(groupLabels(element)).to.deep.equal(['Business and labour']);
    expect(toggles(element)[0].getAttribute('aria-expanded')).to.equal('true');
    expect(memberNames(element)).to.deep.equal(['Trade unions']);
    expect(partText(element, 'group-count')).to.equal('1 entry');
    await typeFilter(element, '');
    expect(groupLabels(element)).to.have.length(4);
    expect(toggles(element).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false', 'false']);
  });

  it('lets the reader fold a matching group during a search, and opens it again for the next search', async () => {
    const element = await list();
    await typeFilter(element, 'ministry');
    toggles(element)[0].click();
    await settled(element);
    expect(toggles(element)[0].getAttribute('aria-expanded')).to.equal('false');
    await typeFilter(element, '');
    await typeFilter(element, 'ministry of');
    expect(toggles(element)[0].getAttribute('aria-expanded')).to.equal('true');
  });

  it('shows a live result count in English', async () => {
    const element = await list();
    const count = parts(element, 'count')[0];
    expect(count.getAttribute('role')).to.equal('status');
    // Entries, not beneficiaries: "Civil society organisations" is one entry for many.
    expect(count.textContent).to.equal('15 entries');
    await typeFilter(element, 'ministry');
    expect(count.textContent).to.equal('Showing 4 of 15 entries');
    await typeFilter(element, 'ombudsperson');
    expect(count.textContent).to.equal('Showing 1 of 15 entries');
    await typeFilter(element, 'xyzzy');
    expect(count.textContent).to.equal('No entry matches');
  });

  // The noun agrees with the total ("од 21 ставке", "од 30 ставки"), whatever matches.
  const serbianCounts: {total: number; cyrillic: string; latin: string; english: string}[] = [
    {total: 1, cyrillic: 'Приказано 1 од 1 ставке', latin: 'Prikazano 1 od 1 stavke', english: 'Showing 1 of 1 entry'},
    {total: 2, cyrillic: 'Приказано 1 од 2 ставке', latin: 'Prikazano 1 od 2 stavke', english: 'Showing 1 of 2 entries'},
    {total: 5, cyrillic: 'Приказано 1 од 5 ставки', latin: 'Prikazano 1 od 5 stavki', english: 'Showing 1 of 5 entries'},
    {total: 21, cyrillic: 'Приказано 1 од 21 ставке', latin: 'Prikazano 1 od 21 stavke', english: 'Showing 1 of 21 entries'},
    {total: 22, cyrillic: 'Приказано 1 од 22 ставке', latin: 'Prikazano 1 od 22 stavke', english: 'Showing 1 of 22 entries'},
    {total: 30, cyrillic: 'Приказано 1 од 30 ставки', latin: 'Prikazano 1 od 30 stavki', english: 'Showing 1 of 30 entries'},
  ];
  for (const {total, cyrillic, latin, english} of serbianCounts) {
    it(`words the count of ${total} entries in each language’s plural form`, async () => {
      const element = await list(html`<hf-beneficiary-list filter .data=${countingDocument(1, total)}></hf-beneficiary-list>`);
      await typeFilter(element, 'primer');
      expect(partText(element, 'count')).to.equal(english);
      await usePageLanguage('sr-Cyrl');
      await settled(element);
      expect(partText(element, 'count')).to.equal(cyrillic);
      await usePageLanguage('sr-Latn');
      await settled(element);
      expect(partText(element, 'count')).to.equal(latin);
    });
  }

  it('groups thousands in the count with the locale’s separator', async function () {
    // 5,000 members, checked a slice per task and rendered a few hundred per task.
    this.timeout(30000);
    await usePageLanguage('sr-Cyrl');
    const element = await exampleFixture<HfBeneficiaryList>(
      TAG,
      beneficiaryListExamples.find((example) => example.name === LARGE_EXAMPLE)!,
    );
    expect(partText(element, 'count')).to.equal('5.000 ставки');
    await typeFilter(element, 'organisation 4999');
    expect(partText(element, 'count')).to.equal('Приказано 1 од 5.000 ставки');
  });

  it('says when nothing matches, and clears the filter from the message', async () => {
    const element = await list();
    await typeFilter(element, '  xyzzy ');
    expect(parts(element, 'group')).to.have.length(0);
    expect(partText(element, 'no-results')).to.contain('Nothing matches “xyzzy”.');
    (parts(element, 'clear')[0] as HTMLButtonElement).click();
    await settled(element);
    await settled(element);
    expect(filterInput(element)!.value).to.equal('');
    expect(parts(element, 'no-results')).to.have.length(0);
    expect(parts(element, 'group')).to.have.length(4);
    expect(element.shadowRoot!.activeElement).to.equal(filterInput(element));
  });

  it('says when nothing matches in Serbian', async () => {
    await usePageLanguage('sr-Cyrl');
    const element = await list();
    await typeFilter(element, 'xyzzy');
    expect(partText(element, 'count')).to.equal('Ниједна ставка не одговара претрази');
    expect(partText(element, 'no-results')).to.contain('Нема резултата за „xyzzy“.');
  });

  it('fires hf-filter with the query and the number of matches, once per different search', async () => {
    const element = await list();
    const events: HfFilterDetail[] = [];
    element.addEventListener('hf-filter', (event) => {
      expect(event.bubbles && event.composed).to.be.true;
      events.push(event.detail);
    });
    await typeFilter(element, 'ministry');
    await typeFilter(element, 'ministry ');
    await typeFilter(element, 'MINISTRY');
    await typeFilter(element, 'ministry of j');
    await typeFilter(element, '');
    expect(events).to.deep.equal([
      {query: 'ministry', matches: 4},
      {query: 'ministry of j', matches: 1},
      {query: '', matches: 15},
    ]);
  });

  it('filters as the reader types on the keyboard, and Escape clears the query', async () => {
    const element = await list();
    const input = filterInput(element)!;
    input.focus();
    await sendKeys({type: 'judicial'});
    await settled(element);
    expect(memberNames(element)).to.deep.equal(['Judicial Academy']);
    const cleared = oneEvent(element, 'hf-filter');
    await sendKeys({press: 'Escape'});
    expect(((await cleared) as CustomEvent<HfFilterDetail>).detail).to.deep.equal({query: '', matches: 15});
    await settled(element);
    expect(input.value).to.equal('');
    expect(memberNames(element)).to.have.length(15);
    expect(element.shadowRoot!.activeElement).to.equal(input);
  });

  it('lets Escape through to the page when the filter is already empty', async () => {
    const element = await list();
    filterInput(element)!.focus();
    let reachedPage = false;
    const listener = () => (reachedPage = true);
    document.addEventListener('keydown', listener);
    try {
      await sendKeys({press: 'Escape'});
    } finally {
      document.removeEventListener('keydown', listener);
    }
    expect(reachedPage).to.be.true;
  });

  it('drops the search when the filter box goes away', async () => {
    const element = await list(html`<hf-beneficiary-list group="public-institutions" filter></hf-beneficiary-list>`);
    await typeFilter(element, 'justice');
    expect(memberNames(element)).to.deep.equal(['Ministry of Justice']);
    element.filter = false;
    await settled(element);
    expect(filterInput(element)).to.equal(undefined);
    expect(memberNames(element)).to.have.length(9);
  });

  it('filters 5,000 members and renders every match', async function () {
    this.timeout(30000);
    const element = await exampleFixture<HfBeneficiaryList>(
      TAG,
      beneficiaryListExamples.find((example) => example.name === LARGE_EXAMPLE)!,
    );
    expect(parts(element, 'member')).to.have.length(5000);
    await typeFilter(element, 'primer 7');
    // Every word anywhere: the fictional "Primer"/"Пример" names whose number has a 7 in it.
    const names = memberNames(element);
    const expected = (beneficiaryListExamples.find((example) => example.name === LARGE_EXAMPLE)!.data as ActionDocument)
      .beneficiaries!.flatMap((group) => group.members.map((member) => member.name as string))
      .filter((name) => /Пример|Primer/.test(name) && name.includes('7'));
    expect(expected).to.include('Удружење „Пример 7“').and.include('Udruženje građana „Primer 187“');
    expect(names).to.deep.equal(expected);
    expect(partText(element, 'count')).to.equal(`Showing ${names.length} of 5,000 entries`);
  });
});

describe('<hf-beneficiary-list> the largest allowed document', () => {
  /** Attaches a list of `document` and resolves once the list says every member is on the page. */
  async function attach(document: ActionDocument): Promise<HfBeneficiaryList> {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = window.document.createElement('hf-beneficiary-list');
    element.data = document;
    // A document this large is checked a slice per task: it is ready some tasks after it is set.
    const loaded = oneEvent(element, 'hf-load');
    container.append(element);
    await loaded;
    await settled(element);
    return element;
  }

  for (const groupCount of [20, 1]) {
    it(`answers keys while ${groupCount} group(s) of 5,000 members with 500-character text render, a few hundred per task`, async function () {
      this.timeout(60000);
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = window.document.createElement('hf-beneficiary-list');
      element.data = largestBeneficiaries(groupCount);
      // A key is sent from a timer, as a page's own task would send it; once handled, the next
      // is due. Each one waits for whatever runs before it: with one long render, the first
      // would wait for all of it.
      const handled: {delay: number; members: number}[] = [];
      let complete = false;
      let due = 0;
      const sendKey = () => {
        due = performance.now();
        setTimeout(() => window.document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift', bubbles: true})));
      };
      const onKey = () => {
        handled.push({delay: performance.now() - due, members: parts(element, 'member').length});
        if (!complete) sendKey();
      };
      window.document.addEventListener('keydown', onKey);
      const start = performance.now();
      const loaded = oneEvent(element, 'hf-load');
      try {
        container.append(element);
        sendKey();
        await loaded;
        await element.updateComplete;
        complete = true;
      } finally {
        window.document.removeEventListener('keydown', onKey);
      }
      const renderMs = performance.now() - start;
      expect(parts(element, 'member')).to.have.length(5000);
      const figures = `render ${Math.round(renderMs)} ms; keys (delay ms @ members on the page): ${handled.map(({delay, members}) => `${Math.round(delay)}@${members}`).join(' ')}`;
      // Keys were answered while the list was still growing: the work came in several tasks.
      expect(handled.filter(({members}) => members > 0 && members < 5000).length, figures).to.be.at.least(3);
      // No key waited 250 ms; on a machine so busy that the whole render took over half a
      // second, none waited half of it (other processes lengthen every task there; the
      // benchmark traces the page's own time against the 200 ms limit). One long render
      // fails both.
      expect(Math.max(...handled.map(({delay}) => delay)), figures).to.be.below(Math.max(250, renderMs / 2));
    });
  }

  it('applies a search typed before the index is complete once it is, and announces it once', async function () {
    this.timeout(60000);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = window.document.createElement('hf-beneficiary-list');
    element.data = largestBeneficiaries(1);
    const events: HfFilterDetail[] = [];
    element.addEventListener('hf-filter', (event) => events.push(event.detail));
    const loaded = oneEvent(element, 'hf-load');
    container.append(element);
    // Once the document is checked, the first render shows the filter box and the first members, not all.
    await loaded;
    expect(parts(element, 'member').length).to.be.above(0).and.below(5000);
    await typeFilter(element, 'fictional 4999');
    expect(memberNames(element)).to.have.length(1);
    expect(memberNames(element)[0]).to.match(/^Fictional .* 4999$/);
    expect(events).to.deep.equal([{query: 'fictional 4999', matches: 1}]);
  });

  it('switches the language of every member without dropping any from the page', async function () {
    this.timeout(60000);
    const element = await attach(largestBeneficiaries(20));
    expect(memberNames(element)[4999]).to.match(/^Fictional .* 5000$/);
    await usePageLanguage('sr-Cyrl');
    await settled(element);
    const names = memberNames(element);
    expect(names).to.have.length(5000);
    expect(names[0]).to.match(/^Измишљено удружење .* 1$/);
    expect(names[4999]).to.match(/^Измишљено удружење .* 5000$/);
  });
});

describe('<hf-beneficiary-list> bad input', () => {
  it('moves focus to the error, not to <body>, when the data turns invalid while the reader is in the filter', async () => {
    const element = await list();
    filterInput(element)!.focus();
    element.data = {id: 'x', title: 'X', beneficiaries: 'none'} as unknown as ActionDocument;
    await settled(element);
    expect(stateOf(element)).to.equal('error');
    expect(document.activeElement).to.equal(element);
    expect(element.shadowRoot!.activeElement).to.equal(parts(element, 'error')[0]);
  });

  const failure = renderUntilError<HfBeneficiaryList>;

  const member = {name: 'Example'};
  const badInputs: {name: string; beneficiaries: unknown; code: string; path: string}[] = [
    {
      name: 'a javascript: member URL',
      beneficiaries: [{id: 'a', label: 'A', members: [{name: 'X', url: 'javascript:alert(1)'}]}],
      code: 'unsafe-url',
      path: 'beneficiaries[0].members[0].url',
    },
    {
      name: 'a data: member URL in the second group',
      beneficiaries: [
        {id: 'a', label: 'A', members: [member]},
        {id: 'b', label: 'B', members: [member, {name: 'X', url: 'data:text/html,hi'}]},
      ],
      code: 'unsafe-url',
      path: 'beneficiaries[1].members[1].url',
    },
    {name: 'beneficiaries that are not a list', beneficiaries: {id: 'a'}, code: 'wrong-type', path: 'beneficiaries'},
    {
      name: 'members that are not a list',
      beneficiaries: [{id: 'a', label: 'A', members: 'everyone'}],
      code: 'wrong-type',
      path: 'beneficiaries[0].members',
    },
    {name: 'a group without a label', beneficiaries: [{id: 'a', members: [member]}], code: 'missing-field', path: 'beneficiaries[0].label'},
    {
      name: 'a member without a name',
      beneficiaries: [{id: 'a', label: 'A', members: [{note: 'x'}]}],
      code: 'missing-field',
      path: 'beneficiaries[0].members[0].name',
    },
    {
      name: 'a name of the wrong type',
      beneficiaries: [{id: 'a', label: 'A', members: [{name: 42}]}],
      code: 'wrong-type',
      path: 'beneficiaries[0].members[0].name',
    },
    {
      name: 'a group id with spaces',
      beneficiaries: [{id: 'civil society', label: 'A', members: [member]}],
      code: 'invalid-format',
      path: 'beneficiaries[0].id',
    },
    {
      name: 'more than 5,000 members in all',
      beneficiaries: [{id: 'a', label: 'A', members: Array.from({length: 5001}, () => member)}],
      code: 'too-many',
      path: 'beneficiaries',
    },
  ];

  for (const bad of badInputs) {
    it(`${bad.name}: error naming ${bad.path}, an hf-error event, the fallback kept`, async () => {
      const {element, detail} = await failure(
        html`<hf-beneficiary-list .data=${{id: 'x', title: 'X', beneficiaries: bad.beneficiaries}}><p>Fallback</p></hf-beneficiary-list>`,
      );
      expect(detail.code).to.equal(bad.code);
      expect(detail.path).to.equal(bad.path);
      expect(stateOf(element)).to.equal('error');
      expect(partText(element, 'error')).to.contain('This content could not be shown.').and.contain(bad.path);
      expect(element.shadowRoot!.querySelector('slot')).to.exist;
      await expect(element).to.be.accessible();
    });
  }

  it('keeps the light-DOM fallback visible on error and hides it once ready', async () => {
    const broken = await exampleFixture<HfBeneficiaryList>(
      TAG,
      beneficiaryListExamples.find((example) => example.expect === 'error')!,
    );
    expect(broken.querySelector('li')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const fine = await exampleFixture<HfBeneficiaryList>(TAG, {
      name: 'fine',
      description: '',
      fallbackHtml: beneficiaryFallbackHtml,
      expect: 'ready',
    });
    expect(fine.querySelector('li')!.getBoundingClientRect().height).to.equal(0);
  });

  it('ignores mistakes in parts of the document it does not show', async () => {
    const element = await list(html`<hf-beneficiary-list .data=${{...defaultAction, hotlines: 'not a list'}}></hf-beneficiary-list>`);
    expect(stateOf(element)).to.equal('ready');
  });

  it('reserves space while loading', async () => {
    const element = await exampleFixture<HfBeneficiaryList>(
      TAG,
      beneficiaryListExamples.find((example) => example.expect === 'loading')!,
    );
    expect(element.getBoundingClientRect().height).to.be.greaterThan(150);
  });

  it('recovers when good data replaces bad data, keeping no stale search', async () => {
    const {element} = await failure(html`<hf-beneficiary-list .data=${{id: 'x'}}></hf-beneficiary-list>`);
    element.data = undefined;
    await settled(element);
    expect(stateOf(element)).to.equal('ready');
    expect(memberNames(element)).to.have.length(15);
  });
});
