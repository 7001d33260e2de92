import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {HfHotlineBanner} from '../../src/hf-hotline-banner.js';
import {bannerFallbackHtml, hotlineBannerExamples} from '../../examples/hotline-banner.examples.js';
import {defaultAction} from '../../src/core/document/default-action.js';
import {DEFAULT_EXIT_URL} from '../../src/core/quick-exit/quick-exit.js';
import {BANNER_TAG, banner, pressShift, recordNavigation, useRecordedExit} from '../harness/hotline-banner.js';
import {SHIFT_PRESS_WINDOW_MS} from '../../src/core/quick-exit/shift-triple.js';
import {clearActionRequests} from '../../src/core/loading/load-action.js';
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

const TAG = BANNER_TAG;

afterEach(async () => {
  await usePageLanguage('en');
  localStorage.clear();
  clearActionRequests();
});

testExamples(TAG, hotlineBannerExamples);

describe('<hf-hotline-banner> content', () => {
  it('shows every default hotline except those marked showByDefault: false, as tel: links with the E.164 number and the local display form', async () => {
    const element = await banner();
    const shown = defaultAction.hotlines!.filter((line) => line.showByDefault !== false);
    expect(shown.map((line) => line.id)).to.deep.equal(['astra', 'missing-children', 'nadel', 'police']);
    const links = parts(element, 'number') as HTMLAnchorElement[];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(shown.map((line) => `tel:${line.number}`));
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal(shown.map((line) => line.display));
    expect(links[0].getAttribute('href')).to.equal('tel:+381117850000');
    expect(links[0].textContent!.trim()).to.equal('011 785 0000');
  });

  it('shows the medium-confidence 0800 100 388 only when the page names it', async () => {
    const element = await banner(html`<hf-hotline-banner hotlines="natco"></hf-hotline-banner>`);
    expect(parts(element, 'number').map((link) => link.textContent!.trim())).to.deep.equal(['0800 100 388']);
  });

  it('never shows 112, which Serbia does not have', async () => {
    const element = await banner();
    expect(element.shadowRoot!.textContent).not.to.match(/\b112\b/);
  });

  it('says "free" and "24/7" only as the source does, with its qualifier', async () => {
    const nadel = await banner(html`<hf-hotline-banner hotlines="nadel"></hf-hotline-banner>`);
    expect(partText(nadel, 'marks')).to.contain('Free');
    expect(partText(nadel, 'marks')).to.contain('24/7');
    const missing = await banner(html`<hf-hotline-banner hotlines="missing-children"></hf-hotline-banner>`);
    expect(partText(missing, 'marks')).to.contain('Free from fixed and major mobile networks');
    // ASTRA says its line is free; no source gives it an audience, so none is shown.
    const astra = await banner(html`<hf-hotline-banner hotlines="astra,police"></hf-hotline-banner>`);
    expect(parts(astra, 'marks').map((marks) => marks.textContent!.trim())).to.deep.equal(['Free']);
    expect(parts(astra, 'audience').map((audience) => audience.textContent!.trim())).to.deep.equal(['Emergencies']);
  });

  it('does not say the default numbers were checked: none was confirmed live', async () => {
    const element = await banner();
    expect(parts(element, 'checked')).to.have.length(0);
  });

  it('picks and orders hotlines with the hotlines attribute, warning about unknown ids', async () => {
    let element!: HfHotlineBanner;
    const {warnings} = await captureConsole(async () => {
      element = await banner(html`<hf-hotline-banner hotlines="police, astra,nope"></hf-hotline-banner>`);
    });
    expect(parts(element, 'number').map((link) => link.textContent!.trim())).to.deep.equal(['192', '011 785 0000']);
    expect(warnings.join()).to.contain('"nope"');
  });

  it('shows a localized empty state when no chosen hotline exists', async () => {
    const element = await banner(html`<hf-hotline-banner hotlines="nope"></hf-hotline-banner>`);
    expect(stateOf(element)).to.equal('empty');
    expect(partText(element, 'empty')).to.equal('No hotline numbers are available.');
  });

  it('renders the compact variant as one list of names and numbers, without intro', async () => {
    const element = await banner(html`<hf-hotline-banner variant="compact"></hf-hotline-banner>`);
    expect(parts(element, 'hotline')).to.have.length(4);
    expect(parts(element, 'intro')).to.have.length(0);
    expect(element.shadowRoot!.querySelector('.compact')).to.exist;
  });

  it('uses heading-level for the heading, falling back to 2 outside 2–6', async () => {
    const element = await banner(html`<hf-hotline-banner heading-level="5"></hf-hotline-banner>`);
    const heading = parts(element, 'heading')[0];
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('5');
    element.headingLevel = 9;
    await settled(element);
    expect(heading.getAttribute('aria-level')).to.equal('2');
  });

  it('holds a sticky banner’s bar at the top or bottom edge of the window, and is inline by default', async () => {
    const element = await banner();
    expect(element.shadowRoot!.querySelector('.frame')).to.equal(null);
    for (const position of ['top', 'bottom'] as const) {
      element.position = position;
      await settled(element);
      const bar = parts(element, 'base')[0].getBoundingClientRect();
      if (position === 'top') expect(bar.top).to.be.closeTo(0, 1);
      else expect(bar.bottom).to.be.closeTo(window.innerHeight, 1);
    }
  });

  it('keeps a sticky banner to a third of the window, folding its numbers behind a button after the exit', async () => {
    for (const position of ['top', 'bottom'] as const) {
      const element = await banner(html`<hf-hotline-banner position=${position} quick-exit dismissible></hf-hotline-banner>`);
      expect(parts(element, 'base')[0].getBoundingClientRect().height, position).to.be.at.most(window.innerHeight / 3 + 1);
      const toggle = parts(element, 'numbers-toggle')[0] as HTMLButtonElement;
      expect(toggle.getClientRects().length, position).to.be.greaterThan(0);
      expect(toggle.getAttribute('aria-controls')).to.equal('numbers');
      await expect(element).to.be.accessible();
    }
  });

  it('gives the number links and buttons a touch target of at least 44 × 44 px', async () => {
    const element = await banner(html`<hf-hotline-banner quick-exit dismissible></hf-hotline-banner>`);
    for (const control of [...parts(element, 'exit'), ...parts(element, 'dismiss')]) {
      const box = control.getBoundingClientRect();
      expect(box.width, control.getAttribute('part')!).to.be.at.least(44);
      expect(box.height, control.getAttribute('part')!).to.be.at.least(44);
    }
    expect(parts(element, 'number')[0].getBoundingClientRect().height).to.be.at.least(44);
  });
});

describe('<hf-hotline-banner> languages', () => {
  it('renders English, Serbian Cyrillic and Serbian Latin from <html lang>', async () => {
    const element = await banner(html`<hf-hotline-banner hotlines="astra" quick-exit></hf-hotline-banner>`);
    expect(partText(element, 'heading')).to.equal('Help against human trafficking');
    expect(partText(element, 'exit')).to.equal('Exit this page');

    await usePageLanguage('sr');
    await settled(element);
    expect(partText(element, 'heading')).to.equal('Помоћ у случају трговине људима');
    expect(partText(element, 'name')).to.equal('АСТРА СОС телефон');
    expect(partText(element, 'exit')).to.equal('Брзи излаз');

    await usePageLanguage('sr-Latn-RS');
    await settled(element);
    expect(partText(element, 'heading')).to.equal('Pomoć u slučaju trgovine ljudima');
    expect(partText(element, 'name')).to.equal('ASTRA SOS telefon');
    expect(partText(element, 'exit')).to.equal('Brzi izlaz');
    expect(parts(element, 'number')[0].getAttribute('aria-label')).to.equal('ASTRA SOS telefon: pozovite 011 785 0000');
  });

  it('follows data-hf-locale over lang', async () => {
    const element = await banner(html`<hf-hotline-banner hotlines="police"></hf-hotline-banner>`);
    document.documentElement.lang = 'en';
    document.documentElement.setAttribute('data-hf-locale', 'sr-Latn');
    await Promise.resolve();
    await settled(element);
    expect(partText(element, 'name')).to.equal('Policija');
    document.documentElement.removeAttribute('data-hf-locale');
    await Promise.resolve();
    await settled(element);
    expect(partText(element, 'name')).to.equal('Police');
  });
});

describe('<hf-hotline-banner> dismissal', () => {
  it('hides on the dismiss button, fires hf-dismiss and stores nothing by default', async () => {
    const element = await banner(html`<hf-hotline-banner dismissible></hf-hotline-banner>`);
    const event = oneEvent(element, 'hf-dismiss');
    (parts(element, 'dismiss')[0] as HTMLButtonElement).click();
    const {detail, bubbles, composed} = await event;
    expect(detail).to.deep.equal({remembered: false});
    expect(bubbles && composed).to.be.true;
    await settled(element);
    expect(element.dismissed).to.be.true;
    expect(parts(element, 'base')).to.have.length(0);
    expect(localStorage.length).to.equal(0);
  });

  it('remembers the dismissal only with remember-dismissal', async () => {
    const first = await banner(html`<hf-hotline-banner dismissible remember-dismissal></hf-hotline-banner>`);
    first.dismiss();
    expect(localStorage.getItem(`hf-widgets:hotline-banner-dismissed:${defaultAction.id}`)).to.match(/^\d{4}-\d{2}-\d{2}$/);
    const second = await banner(html`<hf-hotline-banner dismissible remember-dismissal></hf-hotline-banner>`);
    expect(second.dismissed).to.be.true;
    const third = await banner(html`<hf-hotline-banner dismissible></hf-hotline-banner>`);
    expect(third.dismissed).to.be.false;
  });

  it('is reachable and usable with the keyboard alone', async () => {
    const element = await banner(html`<hf-hotline-banner dismissible quick-exit hotlines="astra"></hf-hotline-banner>`);
    const navigation = recordNavigation();
    try {
      const exit = parts(element, 'exit')[0] as HTMLElement;
      exit.focus();
      expect(element.shadowRoot!.activeElement).to.equal(exit);
      await sendKeys({press: 'Tab'});
      expect(element.shadowRoot!.activeElement).to.equal(parts(element, 'dismiss')[0]);
      const dismissed = oneEvent(element, 'hf-dismiss');
      await sendKeys({press: 'Enter'});
      await dismissed;
      expect(navigation.urls).to.deep.equal([]);
    } finally {
      navigation.restore();
    }
  });
});

describe('<hf-hotline-banner> quick exit', () => {
  const navigation = useRecordedExit();

  it('shows a real link to the exit page, so it works even without the click handler', async () => {
    const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    const exit = parts(element, 'exit')[0] as HTMLAnchorElement;
    expect(exit.tagName).to.equal('A');
    expect(exit.href).to.equal(DEFAULT_EXIT_URL);
    expect(exit.rel).to.contain('noreferrer');
  });

  it('on click: hides the page, blanks the title, clears stored state, drops the referrer, replaces the page', async () => {
    localStorage.setItem('hf-widgets:hotline-banner-dismissed:x', '2026-11-28');
    localStorage.setItem('page-own-key', 'kept');
    document.title = 'Secret page';
    const element = await banner(html`<hf-hotline-banner quick-exit exit-url="https://example.org/weather"></hf-hotline-banner>`);
    const exited = oneEvent(element, 'hf-exit');
    (parts(element, 'exit')[0] as HTMLElement).click();
    const {detail} = await exited;
    expect(detail).to.deep.equal({url: 'https://example.org/weather', trigger: 'control'});
    expect(navigation.urls).to.deep.equal(['https://example.org/weather']);
    expect(getComputedStyle(document.documentElement).visibility).to.equal('hidden');
    expect(document.title).to.equal('');
    expect(localStorage.getItem('hf-widgets:hotline-banner-dismissed:x')).to.equal(null);
    expect(localStorage.getItem('page-own-key')).to.equal('kept');
    expect(document.head.querySelector<HTMLMetaElement>('meta[name="referrer"]')!.content).to.equal('no-referrer');
    localStorage.removeItem('page-own-key');
  });

  it('has hidden the page and blanked the title before any hf-exit listener runs', async () => {
    document.title = 'Secret page';
    const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    let seenByListener = {visibility: '', title: 'not called'};
    element.addEventListener('hf-exit', () => {
      seenByListener = {visibility: getComputedStyle(document.documentElement).visibility, title: document.title};
    });
    element.exit();
    expect(seenByListener).to.deep.equal({visibility: 'hidden', title: ''});
  });

  it('exits on Shift pressed three times, announcing progress in the live region', async () => {
    const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    const live = () => element.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
    pressShift();
    await settled(element);
    expect(live()).to.equal('Shift pressed once. Press it 2 more times to exit this page.');
    pressShift();
    await settled(element);
    expect(live()).to.equal('Shift pressed twice. Press it once more to exit this page.');
    const exited = oneEvent(element, 'hf-exit');
    pressShift();
    expect((await exited).detail).to.deep.equal({url: DEFAULT_EXIT_URL, trigger: 'keyboard'});
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('exits on three real Shift key presses from the keyboard', async () => {
    await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    for (let i = 0; i < 3; i++) await sendKeys({press: 'Shift'});
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('announces progress in Serbian', async () => {
    await usePageLanguage('sr-Cyrl');
    const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    pressShift();
    await settled(element);
    expect(element.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim()).to.equal(
      'Тастер Shift је притиснут једном. Притисните га још два пута да бисте напустили ову страницу.',
    );
  });

  it('does not count a Shift held to type a capital letter', async () => {
    await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    pressShift();
    pressShift({withOtherKey: true});
    pressShift();
    expect(navigation.urls).to.deep.equal([]);
  });

  it('starts counting again when more than 5 s pass between presses', async () => {
    await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    const realNow = Date.now;
    let now = realNow();
    Date.now = () => now;
    try {
      pressShift();
      pressShift();
      now += SHIFT_PRESS_WINDOW_MS + 1;
      pressShift();
      expect(navigation.urls).to.deep.equal([]);
      now += 1000;
      pressShift();
      now += 1000;
      pressShift();
      expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
    } finally {
      Date.now = realNow;
    }
  });

  it('does not listen for Shift without quick-exit, and exits once with two banners', async () => {
    await banner();
    for (let i = 0; i < 3; i++) pressShift();
    expect(navigation.urls).to.deep.equal([]);
    await fixture(html`<div><hf-hotline-banner quick-exit></hf-hotline-banner><hf-hotline-banner quick-exit></hf-hotline-banner></div>`);
    for (let i = 0; i < 3; i++) pressShift();
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('refuses an exit-url that is not http(s), with one warning, and uses the default', async () => {
    let element!: HfHotlineBanner;
    const {warnings} = await captureConsole(async () => {
      element = await banner(html`<hf-hotline-banner quick-exit exit-url="javascript:alert(1)"></hf-hotline-banner>`);
      element.exit();
    });
    expect((parts(element, 'exit')[0] as HTMLAnchorElement).href).to.equal(DEFAULT_EXIT_URL);
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
    expect(warnings.filter((line) => line.includes('exit-url'))).to.have.length(1);
  });
});

describe('<hf-hotline-banner> data and bad input', () => {
  const failure = renderUntilError<HfHotlineBanner>;

  it('prefers the data property over inline JSON and src', async () => {
    const element =
      await banner(html`<hf-hotline-banner src="/test/fixtures/hotlines-only.json" .data=${{id: 'p', title: 'P', hotlines: [defaultAction.hotlines![4]]}}>
      <script type="application/json">{"id": "inline", "title": "Inline", "hotlines": []}</script>
    </hf-hotline-banner>`);
    expect(parts(element, 'number').map((link) => link.textContent!.trim())).to.deep.equal(['192']);
  });

  it('reads inline JSON before src, and fires hf-load with the source', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = oneEvent(container, 'hf-load');
    const {render} = await import('lit');
    render(
      html`<hf-hotline-banner src="/test/fixtures/hotlines-only.json"><script type="application/json">{"id": "inline", "title": "Inline", "hotlines": []}</script></hf-hotline-banner>`,
      container,
    );
    expect((await loaded).detail).to.deep.equal({source: 'inline', id: 'inline'});
  });

  it('reads inline JSON that starts with a byte-order mark, as src does', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = oneEvent(container, 'hf-load');
    const {render} = await import('lit');
    const json = '\uFEFF{"id": "bom", "title": "BOM", "hotlines": []}';
    render(html`<hf-hotline-banner><script type="application/json">${json}</script></hf-hotline-banner>`, container);
    expect((await loaded).detail).to.deep.equal({source: 'inline', id: 'bom'});
  });

  it('loads src, and elements naming the same src share one request', async () => {
    const realFetch = window.fetch;
    let requests = 0;
    window.fetch = (input, init) => {
      requests++;
      return realFetch(input, init);
    };
    try {
      const container = await fixture<HTMLDivElement>(html`<div>
        <hf-hotline-banner src="/test/fixtures/hotlines-only.json"></hf-hotline-banner>
        <hf-hotline-banner src="/test/fixtures/hotlines-only.json" variant="compact"></hf-hotline-banner>
      </div>`);
      const banners = [...container.querySelectorAll<HfHotlineBanner>(TAG)];
      for (let i = 0; i < 50 && banners.some((element) => stateOf(element) === 'loading'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(banners.map(stateOf)).to.deep.equal(['ready', 'ready']);
      expect(requests).to.equal(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('reserves space while loading', async () => {
    const element = await exampleFixture<HfHotlineBanner>(
      TAG,
      hotlineBannerExamples.find((example) => example.expect === 'loading')!,
    );
    expect(element.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  const badInputs: {name: string; template: ReturnType<typeof html>; code: string; path: string}[] = [
    {
      name: 'broken inline JSON',
      template: html`<hf-hotline-banner><script type="application/json">{"id": "x", </script></hf-hotline-banner>`,
      code: 'invalid-json',
      path: '',
    },
    {
      name: 'a src that answers 404',
      template: html`<hf-hotline-banner src="/test/fixtures/missing.json"></hf-hotline-banner>`,
      code: 'http-error',
      path: 'src',
    },
    {
      name: 'a src that returns HTML',
      template: html`<hf-hotline-banner src="/test/fixtures/not-json.html"></hf-hotline-banner>`,
      code: 'not-json',
      path: 'src',
    },
    {
      name: 'a src with truncated JSON',
      template: html`<hf-hotline-banner src="/test/fixtures/broken.json"></hf-hotline-banner>`,
      code: 'invalid-json',
      path: 'src',
    },
    {
      name: 'a javascript: src',
      template: html`<hf-hotline-banner src="javascript:alert(1)"></hf-hotline-banner>`,
      code: 'unsafe-url',
      path: 'src',
    },
    {
      name: 'hotlines of the wrong type',
      template: html`<hf-hotline-banner .data=${{id: 'x', title: 'X', hotlines: 'astra'}}></hf-hotline-banner>`,
      code: 'wrong-type',
      path: 'hotlines',
    },
    {
      name: 'a missing title',
      template: html`<hf-hotline-banner .data=${{id: 'x'}}></hf-hotline-banner>`,
      code: 'missing-field',
      path: 'title',
    },
    {
      name: 'a document that is an array',
      template: html`<hf-hotline-banner .data=${[1, 2]}></hf-hotline-banner>`,
      code: 'wrong-type',
      path: '',
    },
    {
      name: 'javascript: in a number',
      template: html`<hf-hotline-banner .data=${{id: 'x', title: 'X', hotlines: [{...defaultAction.hotlines![0], number: 'javascript:alert(1)'}]}}></hf-hotline-banner>`,
      code: 'invalid-format',
      path: 'hotlines[0].number',
    },
    {
      name: 'a hotline without its source',
      template: html`<hf-hotline-banner .data=${{id: 'x', title: 'X', hotlines: [{...defaultAction.hotlines![0], source: undefined}]}}></hf-hotline-banner>`,
      code: 'missing-field',
      path: 'hotlines[0].source',
    },
    {
      name: '500 hotlines',
      template: html`<hf-hotline-banner .data=${{id: 'x', title: 'X', hotlines: Array.from({length: 500}, (_, i) => ({...defaultAction.hotlines![0], id: `line-${i}`}))}}></hf-hotline-banner>`,
      code: 'too-many',
      path: 'hotlines',
    },
  ];

  for (const bad of badInputs) {
    it(`${bad.name}: hf-error and the console name the field; readers see the fallback (here none: the police) and no technical text`, async () => {
      let failed!: {element: HfHotlineBanner; detail: {code: string; path: string}};
      const {warnings} = await captureConsole(async () => {
        failed = await failure(bad.template);
      });
      const {element, detail} = failed;
      expect(detail.code).to.equal(bad.code);
      expect(detail.path).to.equal(bad.path);
      expect(warnings.join('\n')).to.contain(bad.code);
      expect(stateOf(element)).to.equal('error');
      expect(partText(element, 'error')).to.equal('In an emergency, call the police: 192');
      expect(element.shadowRoot!.querySelector('[part~="emergency"] a')!.getAttribute('href')).to.equal('tel:192');
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(element.shadowRoot!.querySelector('slot')).to.exist;
      await expect(element).to.be.accessible();
    });
  }

  it('on a data failure shows the page’s fallback numbers and the exit, nothing else', async () => {
    const {element} = await failure(
      html`<hf-hotline-banner quick-exit .data=${{id: 'x'}}><p>ASTRA SOS: <a href="tel:+381117850000">011 785 0000</a></p></hf-hotline-banner>`,
    );
    expect(stateOf(element)).to.equal('error');
    expect(parts(element, 'emergency')).to.have.length(0);
    expect(partText(element, 'error')).to.equal('');
    expect(parts(element, 'exit')).to.have.length(1);
    expect(element.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    // The exit comes first.
    const exit = parts(element, 'exit')[0];
    expect(exit.compareDocumentPosition(parts(element, 'error')[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(element).to.be.accessible();
  });

  it('tells the reader to call the police when no line is left to show', async () => {
    const element = await banner(html`<hf-hotline-banner hotlines="nope" variant="compact"></hf-hotline-banner>`);
    expect(partText(element, 'emergency')).to.equal('In an emergency, call the police: 192');
    await expect(element).to.be.accessible();
  });

  it('keeps the light-DOM fallback visible on error, and hides it once ready', async () => {
    const broken = await exampleFixture<HfHotlineBanner>(
      TAG,
      hotlineBannerExamples.find((example) => example.expect === 'error')!,
    );
    const fallbackLink = broken.querySelector('a')!;
    expect(fallbackLink.getBoundingClientRect().height).to.be.greaterThan(0);
    const fine = await exampleFixture<HfHotlineBanner>(TAG, {
      name: 'fine',
      description: '',
      fallbackHtml: bannerFallbackHtml,
      expect: 'ready',
    });
    expect(fine.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('tells the reader to call the police in Serbian when the data fails without a fallback', async () => {
    await usePageLanguage('sr-Latn');
    const {element} = await failure(html`<hf-hotline-banner .data=${{id: 'x', title: 'X', hotlines: 'astra'}}></hf-hotline-banner>`);
    expect(partText(element, 'error')).to.equal('U hitnom slučaju pozovite policiju: 192');
    await usePageLanguage('sr-Cyrl');
    await settled(element);
    expect(partText(element, 'error')).to.equal('У хитном случају позовите полицију: 192');
  });

  it('renders markup in text as text, never as HTML', async () => {
    const element = await banner(
      html`<hf-hotline-banner .data=${{id: 'x', title: 'X', hotlines: [{...defaultAction.hotlines![0], name: '<img src=x onerror="window.__hfPwned=1">'}]}}></hf-hotline-banner>`,
    );
    expect(partText(element, 'name')).to.equal('<img src=x onerror="window.__hfPwned=1">');
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as {__hfPwned?: number}).__hfPwned).to.equal(undefined);
  });

  it('recovers when good data replaces bad data', async () => {
    const {element} = await failure(html`<hf-hotline-banner .data=${{id: 'x'}}></hf-hotline-banner>`);
    element.data = undefined;
    await settled(element);
    expect(stateOf(element)).to.equal('ready');
  });
});
