/**
 * The banner's promises under faults, hostile data and odd pages: the numbers and the exit are
 * never hidden by loading, Back does not bring a fled page back, page CSS cannot undo the
 * hiding, what is shown is what is dialled, quick exit fires when it should and only then,
 * and focus and language survive changes. Each test here fails if its promise is broken.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {HfHotlineBanner} from '../../src/hf-hotline-banner.js';
import type {ActionDocument} from '../../src/core/document/action-types.js';
import {clearActionRequests, requestLimits} from '../../src/core/loading/load-action.js';
import {DEFAULT_EXIT_URL, EXIT_MARKER_KEY, EXIT_MARKER_MS} from '../../src/core/quick-exit/quick-exit.js';
import {activeExitMarker} from '../../src/core/quick-exit/return-marker.js';
import {banner, pressShift, useRecordedExit} from '../harness/hotline-banner.js';
import '../../src/hf-action-card.js';
import {captureConsole, partText, parts, renderUntilError, settled, stateOf, until, usePageLanguage, LOCALES} from '../helpers.js';

const FALLBACK = html`<p>ASTRA: <a id="fallback-number" href="tel:+381117850000">011 785 0000</a> · <a href="https://www.google.com/webhp">Exit</a></p>`;

const openHangs = async (): Promise<number> => ((await (await fetch('/__faults/open-hangs')).json()) as {open: number}).open;

const fire = (target: EventTarget, type: string, init: KeyboardEventInit = {}): boolean =>
  target.dispatchEvent(
    type.startsWith('key') ? new KeyboardEvent(type, {bubbles: true, ...init}) : new PointerEvent(type, {bubbles: true}),
  );

afterEach(async () => {
  clearActionRequests();
  await usePageLanguage('en');
});

describe('banner safety: loading never hides the numbers or the exit', () => {
  const {timeoutMs, maxBytes} = requestLimits;
  afterEach(() => Object.assign(requestLimits, {timeoutMs, maxBytes}));

  it('shows the page’s fallback numbers and exit link while a src hangs', async () => {
    const element = await banner(html`<hf-hotline-banner src="/__faults/hang?case=fallback">${FALLBACK}</hf-hotline-banner>`);
    expect(stateOf(element)).to.equal('loading');
    const number = element.querySelector('#fallback-number')!;
    expect(number.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(number.parentElement!.assignedSlot).to.exist;
  });

  it('gives up after the timeout: an hf-error "timeout", and the fallback stays', async () => {
    requestLimits.timeoutMs = 300;
    const {element, detail} = await renderUntilError<HfHotlineBanner>(
      html`<hf-hotline-banner src="/__faults/hang?case=timeout">${FALLBACK}</hf-hotline-banner>`,
    );
    expect(detail).to.include({code: 'timeout', path: 'src'});
    // Readers see the fallback only; the technical detail is in the event (issue 21).
    expect(partText(element, 'error')).not.to.contain('did not answer in time');
    expect(element.querySelector('#fallback-number')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await until(async () => (await openHangs()) === 0);
  });

  for (const length of ['yes', 'no']) {
    it(`refuses a response over the size cap (Content-Length: ${length})`, async () => {
      requestLimits.maxBytes = 100_000;
      const {detail} = await renderUntilError(
        html`<hf-hotline-banner src=${`/__faults/large?bytes=400000&length=${length}`}>${FALLBACK}</hf-hotline-banner>`,
      );
      expect(detail).to.include({code: 'too-large', path: 'src'});
    });
  }

  it('accepts a response under the cap', async () => {
    requestLimits.maxBytes = 100_000;
    const element = await banner(html`<hf-hotline-banner src="/__faults/large?bytes=50000"></hf-hotline-banner>`);
    await until(() => stateOf(element) === 'ready');
  });

  it('cancels superseded requests: after 100 src changes at most one is open, and the last one loads at once', async () => {
    const element = await banner(html`<hf-hotline-banner src="/__faults/hang?n=0">${FALLBACK}</hf-hotline-banner>`);
    for (let i = 1; i < 100; i++) {
      element.src = `/__faults/hang?n=${i}`;
      await element.updateComplete;
    }
    await until(async () => (await openHangs()) <= 1);
    const started = performance.now();
    element.src = '/__faults/document';
    await until(() => stateOf(element) === 'ready');
    expect(performance.now() - started).to.be.below(2000);
    expect(parts(element, 'number').map((link) => link.textContent!.trim())).to.deep.equal(['+381 000 000 000']);
    await until(async () => (await openHangs()) === 0);
  });

  it('stops waiting when the element is removed, and loads again when put back', async () => {
    const element = await banner(html`<hf-hotline-banner src="/__faults/hang?case=removed"></hf-hotline-banner>`);
    await until(async () => (await openHangs()) === 1);
    const parent = element.parentElement!;
    element.remove();
    await until(async () => (await openHangs()) === 0);
    element.src = '/__faults/document';
    parent.append(element);
    await until(() => stateOf(element) === 'ready');
  });

  it('refuses a src redirected to another origin, and follows a redirect within the origin', async () => {
    const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const elsewhere = `${location.protocol}//${otherHost}:${location.port}/__faults/document`;
    const {detail} = await renderUntilError(
      html`<hf-hotline-banner src=${`/__faults/redirect?to=${encodeURIComponent(elsewhere)}`}></hf-hotline-banner>`,
    );
    expect(detail).to.include({code: 'redirected', path: 'src'});
    const element = await banner(html`<hf-hotline-banner src="/__faults/redirect?to=%2F__faults%2Fdocument"></hf-hotline-banner>`);
    await until(() => stateOf(element) === 'ready');
  });
});

describe('banner safety: a fled page stays gone', () => {
  const navigation = useRecordedExit();
  afterEach(() => document.getElementById('hostile-styles')?.remove());

  it('leaves a marker in this tab that holds only the time of the exit (no address)', async () => {
    const element = await banner(html`<hf-hotline-banner quick-exit exit-url="https://example.org/weather"></hf-hotline-banner>`);
    const before = Date.now();
    element.exit();
    const raw = sessionStorage.getItem(EXIT_MARKER_KEY)!;
    const marker = JSON.parse(raw) as Record<string, unknown>;
    expect(Object.keys(marker).sort()).to.deep.equal(['at', 'bounces']);
    expect(raw).not.to.contain('example.org');
    expect(Number(marker.at)).to.be.within(before, Date.now());
    expect(marker.bounces).to.equal(0);
    expect(localStorage.length === 0 || Object.keys(localStorage).every((key) => !key.startsWith('hf-widgets:'))).to.be.true;
  });

  it('stays hidden and leaves again when the browser shows the page from its back/forward cache', async () => {
    document.title = 'Page';
    const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    element.exit();
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    expect(getComputedStyle(document.documentElement).visibility).to.equal('hidden');
    expect(document.title).to.equal('');
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL, DEFAULT_EXIT_URL]);
  });

  it('leaves again on a return to an earlier in-page history entry (an anchor, pushState)', async () => {
    const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    element.exit();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL, DEFAULT_EXIT_URL]);
  });

  const storedMarker = (at: number, extra: Record<string, unknown> = {}) =>
    sessionStorage.setItem(EXIT_MARKER_KEY, JSON.stringify({at: String(at).padStart(13, '0'), bounces: 0, ...extra}));

  it('lets the page be once the marker has expired, and keeps only its placeholder', async () => {
    storedMarker(Date.now() - EXIT_MARKER_MS - 1);
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    expect(navigation.urls).to.deep.equal([]);
    expect(JSON.parse(sessionStorage.getItem(EXIT_MARKER_KEY)!)).to.deep.equal({at: '0000000000000', bounces: 0});
  });

  it('leaves only for the banner’s own exit address, never for one a forged marker names', async () => {
    await banner(html`<hf-hotline-banner quick-exit exit-url="https://example.org/weather"></hf-hotline-banner>`);
    // The earlier shape, with an address of its own: not a marker at all.
    sessionStorage.setItem(EXIT_MARKER_KEY, JSON.stringify({until: Date.now() + 60_000, url: 'https://attacker.example/'}));
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    expect(navigation.urls).to.deep.equal([]);
    for (const url of ['javascript:alert(1)', 'https://attacker.example/']) {
      storedMarker(Date.now(), {url});
      window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    }
    expect(navigation.urls).to.deep.equal(['https://example.org/weather', 'https://example.org/weather']);
  });

  it('takes a marker whose time is ahead of the clock for forged: no marker at all (red team: it made every fresh load a bounce)', async () => {
    storedMarker(Date.now() + 365 * 24 * 3600 * 1000);
    expect(activeExitMarker(), 'a year ahead').to.equal(undefined);
    storedMarker(9_999_999_999_999);
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    expect(navigation.urls).to.deep.equal([]);
    // A clock set back a few seconds since a real exit still finds the marker.
    const readAt = Date.now();
    storedMarker(readAt + 5_000);
    expect(activeExitMarker(readAt), 'a few seconds ahead').to.exist;
    expect(activeExitMarker(readAt + EXIT_MARKER_MS + 5_001), 'gone after 30 minutes').to.equal(undefined);
  });

  it('keeps Back safe when the site has filled sessionStorage: the marker still takes its place', async () => {
    const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    // What the site did: filled its sessionStorage to the last character the quota allows.
    const filler: string[] = [];
    for (let size = 1 << 20; size >= 1;) {
      try {
        sessionStorage.setItem(`page-filler-${filler.length}`, 'x'.repeat(size));
        filler.push(`page-filler-${filler.length}`);
      } catch {
        size = Math.floor(size / 2);
      }
    }
    try {
      expect(() => sessionStorage.setItem('page-one-more', 'x'.repeat(100))).to.throw();
      element.exit();
      const marker = JSON.parse(sessionStorage.getItem(EXIT_MARKER_KEY)!) as {at: string};
      expect(Date.now() - Number(marker.at)).to.be.within(0, 5000);
    } finally {
      for (const key of filler) sessionStorage.removeItem(key);
    }
  });

  const HOSTILE_COVER_RULES = [
    '',
    'scale: 0 !important;',
    'translate: 300vw !important;',
    'rotate: x 90deg !important;',
    'zoom: 0.01 !important;',
    'mask-image: linear-gradient(transparent, transparent) !important;',
    'clip: rect(0 0 0 0) !important;',
    'offset-path: path("M 5000 5000 L 5001 5001") !important;',
    'mix-blend-mode: difference !important;',
    'transform: scale(0) !important; filter: opacity(0) !important;',
    'transition: opacity 600s !important;',
  ];
  for (const rule of HOSTILE_COVER_RULES) {
    it(`covers the page with an opaque top-layer cover that page CSS cannot undo${rule ? ` (${rule.split(':')[0]})` : ''}`, async () => {
      const style = document.createElement('style');
      style.id = 'hostile-styles';
      style.textContent = `* { visibility: visible !important; }
        .hostile { position: relative; z-index: 2147483647 !important; }
        [popover], body > div:last-child { display: none !important; opacity: 0 !important; ${rule} }
        @starting-style { [popover] { opacity: 0 !important; } }
        @layer page { div { visibility: visible !important; } }`;
      document.head.append(style);
      const container = await fixture<HTMLDivElement>(
        html`<div><p class="hostile" style="block-size: 5rem">Secret text</p><hf-hotline-banner quick-exit></hf-hotline-banner></div>`,
      );
      const element = container.querySelector<HfHotlineBanner>('hf-hotline-banner')!;
      await settled(element);
      const secret = container.querySelector('.hostile')!.getBoundingClientRect();
      element.exit();
      const onTop = document.elementFromPoint(secret.left + 5, secret.top + 5) as HTMLElement;
      expect(onTop, 'the element on top of the secret text').to.exist;
      expect(onTop.matches(':popover-open')).to.be.true;
      const cover = getComputedStyle(onTop);
      expect({
        display: cover.display,
        visibility: cover.visibility,
        opacity: cover.opacity,
        mixBlendMode: cover.mixBlendMode,
        scale: cover.scale,
        translate: cover.translate,
        rotate: cover.rotate,
      }).to.deep.equal({
        display: 'block',
        visibility: 'visible',
        opacity: '1',
        mixBlendMode: 'normal',
        scale: 'none',
        translate: 'none',
        rotate: 'none',
      });
      expect(['none', '']).to.include(cover.maskImage);
      const box = onTop.getBoundingClientRect();
      expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, innerWidth, innerHeight]);
    });
  }
});

describe('banner safety: quick exit fires when it should, and only then', () => {
  const navigation = useRecordedExit();

  it('does not exit on Shift, Shift+A, Shift, Shift+B, Shift typed into a field', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><input aria-label="Message" /><hf-hotline-banner quick-exit></hf-hotline-banner></div>`,
    );
    await settled(container.querySelector('hf-hotline-banner')!);
    const input = container.querySelector('input')!;
    input.focus();
    for (const letter of ['A', 'B', '']) {
      await sendKeys({press: 'Shift'});
      if (letter) {
        await sendKeys({down: 'Shift'});
        await sendKeys({press: `Key${letter}`});
        await sendKeys({up: 'Shift'});
      }
    }
    expect(input.value).to.equal('AB');
    expect(navigation.urls).to.deep.equal([]);
  });

  it('does not exit on three Shift+clicks (which extend a selection)', async () => {
    await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    for (let i = 0; i < 3; i++) {
      fire(window, 'keydown', {key: 'Shift', shiftKey: true});
      fire(document.body, 'pointerdown');
      fire(window, 'keyup', {key: 'Shift'});
    }
    expect(navigation.urls).to.deep.equal([]);
  });

  for (const [where, target] of [
    ['on document', document],
    ['on window, added after the library loaded and before the banner appeared', window],
  ] as const) {
    it(`still exits when a page handler stops the key events ${where}`, async () => {
      const stop = (event: Event) => event.stopImmediatePropagation();
      target.addEventListener('keydown', stop, true);
      target.addEventListener('keyup', stop, true);
      try {
        await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
        for (let i = 0; i < 3; i++) await sendKeys({press: 'Shift'});
        expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
      } finally {
        target.removeEventListener('keydown', stop, true);
        target.removeEventListener('keyup', stop, true);
      }
    });
  }

  it('exits on Shift ×3 before its first render, and does not wait its turn behind another element (first-render-turn.ts)', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    // A card renders first in this task; a banner after it, with nothing following, still renders in it.
    const card = document.createElement('hf-action-card');
    const element = document.createElement('hf-hotline-banner');
    element.setAttribute('quick-exit', '');
    document.body.append(card, element);
    try {
      expect(element.hasUpdated, 'the banner has not rendered yet').to.be.false;
      for (let i = 0; i < 3; i++) pressShift();
      expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
      for (let hop = 0; hop < 20; hop++) await Promise.resolve();
      expect(element.hasUpdated, 'rendered in the same task as the card').to.be.true;
      expect(element.shadowRoot!.querySelector('[part="exit"]'), 'the exit control').to.exist;
    } finally {
      card.remove();
      element.remove();
    }
  });

  it('exits on Shift ×3 while focus is inside a same-origin frame', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><hf-hotline-banner quick-exit></hf-hotline-banner><iframe title="Form" srcdoc=${'<input aria-label="Name">'}></iframe></div>`,
    );
    const frame = container.querySelector('iframe')!;
    await until(() => frame.contentDocument?.querySelector('input') != null);
    frame.focus();
    frame.contentDocument!.querySelector('input')!.focus();
    await until(() => document.activeElement === frame);
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (let i = 0; i < 3; i++) await sendKeys({press: 'Shift'});
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('does not exit on three turns of the wheel with Shift held (sideways scrolling)', async () => {
    await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    for (let i = 0; i < 3; i++) {
      fire(window, 'keydown', {key: 'Shift', shiftKey: true});
      document.body.dispatchEvent(new WheelEvent('wheel', {bubbles: true, deltaX: 40, shiftKey: true}));
      fire(window, 'keyup', {key: 'Shift'});
    }
    expect(navigation.urls).to.deep.equal([]);
  });

  /** A frame whose document holds one text field; resolves once that field exists. */
  async function frameWithField(frame: HTMLIFrameElement): Promise<HTMLInputElement> {
    await until(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('input') != null);
    return frame.contentDocument!.querySelector('input')!;
  }

  async function typeShiftThriceIn(frame: HTMLIFrameElement): Promise<void> {
    const field = await frameWithField(frame);
    frame.focus();
    field.focus();
    await until(() => frame.contentDocument!.activeElement === field);
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (let i = 0; i < 3; i++) await sendKeys({press: 'Shift'});
  }

  const FIELD = '<input aria-label="Name">';

  it('exits on Shift ×3 after focus moves from one frame straight into another', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><hf-hotline-banner quick-exit></hf-hotline-banner><iframe title="First" srcdoc=${FIELD}></iframe><iframe title="Second" srcdoc=${FIELD}></iframe></div>`,
    );
    const [first, second] = container.querySelectorAll('iframe');
    (await frameWithField(first)).focus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await typeShiftThriceIn(second);
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('exits on Shift ×3 in a frame that has navigated (a form sent inside it)', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><hf-hotline-banner quick-exit></hf-hotline-banner><iframe title="Form" srcdoc=${FIELD}></iframe></div>`,
    );
    const frame = container.querySelector('iframe')!;
    (await frameWithField(frame)).focus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.srcdoc = `${FIELD}<p>Sent</p>`;
    await loaded;
    await typeShiftThriceIn(frame);
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('exits on Shift ×3 in a frame inside a frame', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><hf-hotline-banner quick-exit></hf-hotline-banner><iframe title="Outer" srcdoc=${`<iframe title="Inner" srcdoc='${FIELD}'></iframe>`}></iframe></div>`,
    );
    const outer = container.querySelector('iframe')!;
    await until(() => outer.contentDocument?.querySelector('iframe')?.contentDocument?.querySelector('input') != null);
    await typeShiftThriceIn(outer.contentDocument!.querySelector('iframe')!);
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('exits on Shift ×3 in a frame inside an open shadow root', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><hf-hotline-banner quick-exit></hf-hotline-banner><div id="host"></div></div>`,
    );
    const shadow = container.querySelector('#host')!.attachShadow({mode: 'open'});
    const hidden = document.createElement('iframe');
    hidden.title = 'In a shadow root';
    hidden.srcdoc = FIELD;
    shadow.append(hidden);
    await typeShiftThriceIn(hidden);
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('exits on Shift ×3 in a frame the reader was already typing in when the banner appeared', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><iframe title="Form" srcdoc=${FIELD}></iframe></div>`);
    const frame = container.querySelector('iframe')!;
    const field = await frameWithField(frame);
    frame.focus();
    field.focus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const element = document.createElement('hf-hotline-banner');
    element.setAttribute('quick-exit', '');
    container.prepend(element);
    await settled(element);
    for (let i = 0; i < 3; i++) await sendKeys({press: 'Shift'});
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  // ' ' is the Space key's name in both browsers' drivers.
  for (const key of ['Enter', ' ']) {
    it(`leaves when ${key === ' ' ? 'Space' : key} is pressed on the focused exit control`, async () => {
      const element = await banner(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
      (parts(element, 'exit')[0] as HTMLElement).focus();
      await sendKeys({press: key});
      await until(() => navigation.urls.length > 0, 3000);
      expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
    });
  }

  for (const wanted of ['#', '?q=1', '', '/relative/page', 'page.html']) {
    it(`uses the default, with a warning, for exit-url "${wanted}" (not an absolute address of another page)`, async () => {
      const url = wanted === '' ? location.href : wanted;
      let element!: HfHotlineBanner;
      const {warnings} = await captureConsole(async () => {
        element = await banner(html`<hf-hotline-banner quick-exit exit-url=${url}></hf-hotline-banner>`);
      });
      expect((parts(element, 'exit')[0] as HTMLAnchorElement).href).to.equal(DEFAULT_EXIT_URL);
      element.exit();
      expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
      expect(warnings.some((line) => line.includes('exit-url'))).to.be.true;
    });
  }
});

describe('banner safety: focus and language survive changes', () => {
  it('moves focus to what follows the banner when it is dismissed from the keyboard', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><hf-hotline-banner dismissible></hf-hotline-banner><button id="after">After</button></div>`,
    );
    const element = container.querySelector<HfHotlineBanner>('hf-hotline-banner')!;
    await settled(element);
    (parts(element, 'dismiss')[0] as HTMLElement).focus();
    await sendKeys({press: 'Enter'});
    await settled(element);
    expect(element.dismissed).to.be.true;
    expect(document.activeElement).to.equal(container.querySelector('#after'));
  });

  it('moves focus to the error when the data turns invalid while focus is inside', async () => {
    const element = await banner(html`<hf-hotline-banner dismissible></hf-hotline-banner>`);
    (parts(element, 'dismiss')[0] as HTMLElement).focus();
    element.data = {id: 'x'} as unknown as ActionDocument;
    await settled(element);
    expect(stateOf(element)).to.equal('error');
    expect(document.activeElement).to.equal(element);
    expect(element.shadowRoot!.activeElement).to.equal(parts(element, 'error')[0]);
  });

  it('shows the current language when re-attached after <html lang> changed while it was detached', async () => {
    const element = await banner(html`<hf-hotline-banner></hf-hotline-banner>`);
    const parent = element.parentElement!;
    element.remove();
    await usePageLanguage('sr-Cyrl');
    parent.append(element);
    await settled(element);
    expect(partText(element, 'heading')).to.match(/[А-Яа-яЂђЈјЉљЊњЋћЏџ]/);
  });
});

describe('banner truth: "checked" only when a person checked', () => {
  const line = (id: string, checked?: string) => ({
    id,
    name: `Line ${id}`,
    number: '+381000000000',
    display: '+381 000 000 000',
    source: 'test',
    ...(checked ? {checked} : {}),
  });
  const CHECKED_WORDS = /checked|провер|prover/i;

  for (const locale of LOCALES) {
    it(`never says "checked" in ${locale} when a shown line has no checked date`, async () => {
      await usePageLanguage(locale);
      for (const template of [
        html`<hf-hotline-banner></hf-hotline-banner>`,
        html`<hf-hotline-banner .data=${{id: 'd', title: 'D', hotlines: [line('a', '2026-01-10'), line('b')]}}></hf-hotline-banner>`,
      ]) {
        const element = await banner(template);
        expect(element.shadowRoot!.textContent).not.to.match(CHECKED_WORDS);
        expect(parts(element, 'checked')).to.have.length(0);
      }
    });
  }

  it('says when the numbers were checked, with the oldest date, when every shown line has one', async () => {
    const element = await banner(
      html`<hf-hotline-banner .data=${{id: 'd', title: 'D', hotlines: [line('a', '2026-03-10'), line('b', '2026-01-10')]}}></hf-hotline-banner>`,
    );
    expect(partText(element, 'checked')).to.equal('Numbers checked: 10 January 2026');
    element.hotlines = 'a';
    await settled(element);
    expect(partText(element, 'checked')).to.equal('Numbers checked: 10 March 2026');
  });

  it('keeps a line marked showByDefault: false out, unless the page names it', async () => {
    const data = {id: 'd', title: 'D', hotlines: [line('a'), {...line('b'), showByDefault: false}]};
    const element = await banner(html`<hf-hotline-banner .data=${data}></hf-hotline-banner>`);
    expect(parts(element, 'name').map((name) => name.textContent!.trim())).to.deep.equal(['Line a']);
    element.hotlines = 'b,a';
    await settled(element);
    expect(parts(element, 'name').map((name) => name.textContent!.trim())).to.deep.equal(['Line b', 'Line a']);
  });
});

describe('banner safety: a number and a way out in every state', () => {
  const navigation = useRecordedExit();

  it('offers the exit control while the data loads and when it fails, even without fallback content', async () => {
    const loading = await banner(html`<hf-hotline-banner quick-exit src="/__faults/hang?case=exit"></hf-hotline-banner>`);
    expect(stateOf(loading)).to.equal('loading');
    const exit = parts(loading, 'exit')[0] as HTMLAnchorElement;
    expect(exit.getBoundingClientRect().height).to.be.at.least(44);
    exit.click();
    expect(navigation.urls).to.deep.equal([DEFAULT_EXIT_URL]);
    const {element: failed} = await renderUntilError<HfHotlineBanner>(
      html`<hf-hotline-banner quick-exit src="/test/fixtures/not-json.html"></hf-hotline-banner>`,
    );
    expect(parts(failed, 'exit')).to.have.length(1);
    await expect(failed).to.be.accessible();
  });

  for (const [what, template] of [
    ['a document without lines', html`<hf-hotline-banner .data=${{id: 'x', title: 'X', hotlines: []}}>${FALLBACK}</hf-hotline-banner>`],
    ['a hotlines attribute naming no line', html`<hf-hotline-banner hotlines="astra-sos">${FALLBACK}</hf-hotline-banner>`],
  ] as const) {
    it(`shows the page’s fallback numbers for ${what}`, async () => {
      const element = await banner(template);
      expect(stateOf(element)).to.equal('empty');
      expect(element.querySelector('#fallback-number')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  }
});

describe('banner safety: hostile input and odd pages', () => {
  it('refuses the right-to-left display trick with a clear error, keeping the fallback', async () => {
    const data = {
      id: 'x',
      title: 'X',
      hotlines: [{id: 'a', name: 'ASTRA', number: '+381600000000', display: '\u202E0000 587 110', source: 's'}],
    };
    const {element, detail} = await renderUntilError<HfHotlineBanner>(
      html`<hf-hotline-banner .data=${data}>${FALLBACK}</hf-hotline-banner>`,
    );
    expect(detail).to.include({code: 'hidden-characters', path: 'hotlines[0].display'});
    expect(parts(element, 'number')).to.have.length(0);
    expect(element.querySelector('#fallback-number')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('survives a cyclic data object and 100,000-deep inline JSON without an exception reaching the page', async () => {
    const cyclic: Record<string, unknown> = {id: 'c', title: 'C'};
    cyclic.self = cyclic;
    cyclic.hotlines = [cyclic];
    const first = await renderUntilError(html`<hf-hotline-banner .data=${cyclic}></hf-hotline-banner>`);
    expect(first.detail.code).to.be.oneOf(['wrong-type', 'missing-field']);
    const deep = `{"id":"d","title":"D","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('hf-hotline-banner');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = deep;
    element.append(script);
    const settledEvent = Promise.race([oneEvent(element, 'hf-load'), oneEvent(element, 'hf-error')]);
    container.append(element);
    await settledEvent;
    expect(['ready', 'empty', 'error']).to.include(stateOf(element));
  });

  it('works with storage disabled, even with remember-dismissal', async () => {
    const realGet = Storage.prototype.getItem;
    const realSet = Storage.prototype.setItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = Storage.prototype.getItem;
    try {
      const element = await banner(html`<hf-hotline-banner dismissible remember-dismissal></hf-hotline-banner>`);
      expect(stateOf(element)).to.equal('ready');
      const dismissed = oneEvent(element, 'hf-dismiss');
      element.dismiss();
      expect((await dismissed).detail).to.deep.equal({remembered: false});
    } finally {
      Storage.prototype.getItem = realGet;
      Storage.prototype.setItem = realSet;
    }
  });

  it('leaves no listener behind over 2,000 attach and detach cycles', async () => {
    const counts = new Map<string, number>();
    const realAdd = window.addEventListener;
    const realRemove = window.removeEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      counts.set(type, (counts.get(type) ?? 0) + 1);
      return (realAdd as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      counts.set(type, (counts.get(type) ?? 0) - 1);
      return (realRemove as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement('hf-hotline-banner');
      element.setAttribute('quick-exit', '');
      for (let i = 0; i < 2000; i++) {
        container.append(element);
        element.remove();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      const leaked = [...counts].filter(([, count]) => count > 1);
      expect(leaked).to.deep.equal([]);
    } finally {
      window.addEventListener = realAdd;
      window.removeEventListener = realRemove;
    }
  });
});
