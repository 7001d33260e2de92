// Partner-site pages (demo/examples/*.html) in real Chromium and Firefox, as a site owner would
// load them: no console error, no CSP violation, every widget rendered, no request but the page's
// own files, the bundle and a given src, no cookie, no storage unless remember-dismissal is used.
// Needs `npm run build` first. Prints "N passed, N failed" and exits non-zero on any failure.
import {puppeteerBrowsers} from './browsers.mjs';
import {createChecks} from './lib/checks.mjs';
import {startServer} from './serve.mjs';

const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const {check, finish} = createChecks();

/** Records what a page does that a site owner would want to know about. */
async function openPage(browser, path) {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  const seen = {errors: [], warnings: [], requests: []};
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
    if (message.type() === 'warn' || message.type() === 'warning') seen.warnings.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(String(error?.message ?? error)));
  page.on('request', (request) => seen.requests.push(request.url()));
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`${origin}${path}`, {waitUntil: 'load'});
  // Every widget upgraded and past its loading state.
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('hf-hotline-banner, hf-action-card, hf-budget-breakdown, hf-beneficiary-list')];
      return (
        widgets.length > 0 &&
        widgets.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part="loading"]'))
      );
    },
    {timeout: 10000},
  );
  return {page, seen};
}

/** Checks every page shares: no errors, no violations, widgets ready, nothing sent elsewhere. */
async function checkCommon(name, page, seen, allowedPaths) {
  check(`${name}: no console error or uncaught exception`, seen.errors.length === 0, seen.errors.join(' | '));
  const violations = await page.evaluate(() => window.__cspViolations);
  check(`${name}: no CSP violation`, violations.length === 0, violations.join(' | '));
  const states = await page.evaluate(() =>
    // A widget given bad data on purpose carries data-expect-error: it must show its error state.
    [...document.querySelectorAll('hf-hotline-banner, hf-action-card, hf-budget-breakdown, hf-beneficiary-list')].map((el) => {
      const expected = el.hasAttribute('data-expect-error');
      if (Boolean(el.shadowRoot.querySelector('[part="error"]')) === expected) return 'ok';
      return `${el.localName}: ${expected ? 'no error' : 'error'}`;
    }),
  );
  check(
    `${name}: every widget rendered as expected (${states.length})`,
    states.every((state) => state === 'ok'),
    states.join(', '),
  );
  const foreign = seen.requests.filter((url) => {
    const parsed = new URL(url);
    return (
      parsed.origin !== origin ||
      !allowedPaths.some(
        (allowed) =>
          parsed.pathname === allowed ||
          parsed.pathname + parsed.search === allowed ||
          (allowed.endsWith('/') && parsed.pathname.startsWith(allowed)),
      )
    );
  });
  check(`${name}: no request but the page's files, the bundle and the given src`, foreign.length === 0, foreign.join(', '));
  const cookies = await page.evaluate(() => document.cookie);
  check(`${name}: no cookie`, cookies === '', cookies);
  // A page with a quick exit keeps room for the return marker: one key holding no data.
  const stored = await page.evaluate(
    () =>
      localStorage.length +
      Object.entries(sessionStorage).filter(([key, value]) => key !== 'hf-widgets:exited' || value !== '{"at":"0000000000000","bounces":0}')
        .length,
  );
  check(`${name}: nothing in localStorage or sessionStorage (but the quick exit's empty placeholder)`, stored === 0, String(stored));
}

/** Where the page is, and whether a reader could see it: hidden, covered or gone. */
async function pageSeen(page) {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return page.evaluate(() => ({
    path: location.pathname,
    site: location.origin,
    visible: getComputedStyle(document.documentElement).visibility !== 'hidden' && !document.querySelector(':popover-open'),
    title: document.title,
  }));
}

/**
 * Quick exit as a frightened reader uses it: typing with Shift in a form does not exit; an
 * in-page link and a pushState add history entries; the exit leaves; Back, twice, never shows the
 * page again.
 */
async function checkQuickExit(name, page) {
  // The reader came from an earlier page of the same site, which the browser may keep in its
  // back/forward cache.
  await page.goto(`${origin}/demo/examples/earlier-page.html`, {waitUntil: 'load'});
  await page.waitForFunction(() => document.querySelector('hf-hotline-banner')?.shadowRoot?.querySelector('[part="base"]'));
  await Promise.all([page.waitForNavigation({waitUntil: 'load'}), page.click('#next')]);
  await page.waitForFunction(() => document.querySelector('hf-hotline-banner')?.shadowRoot?.querySelector('[part="exit"]'));
  await page.click('input[name="message"]');
  // Shift, Shift+A, Shift, Shift+B, Shift: three lone presses, but with typing between them.
  for (const letter of ['A', 'B', '']) {
    await page.keyboard.press('Shift');
    if (!letter) break;
    await page.keyboard.down('Shift');
    await page.keyboard.press(`Key${letter}`);
    await page.keyboard.up('Shift');
  }
  const typed = await pageSeen(page);
  const value = await page.evaluate(() => document.querySelector('input[name="message"]').value);
  check(
    `${name}: Shift, Shift+A, Shift, Shift+B, Shift typed in a form does not exit`,
    typed.path.endsWith('/quick-exit.html') && typed.visible && value === 'AB',
    JSON.stringify({...typed, value}),
  );
  await page.evaluate(() => document.querySelector('a[href="#more"]').click());
  await page.evaluate(() => history.pushState({step: 2}, '', '#step-2'));
  await page.evaluate(() => document.activeElement?.blur());
  const navigated = page.waitForNavigation({waitUntil: 'load'});
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await navigated;
  const exited = await pageSeen(page);
  check(`${name}: Shift ×3 leaves for the exit page`, exited.path.endsWith('/exit-target.html'), JSON.stringify(exited));
  for (const attempt of [1, 2, 3]) {
    await page.goBack({waitUntil: 'load'}).catch(() => undefined);
    const back = await pageSeen(page).catch(() => ({path: '', site: '', visible: false, title: ''}));
    // The earlier page's banner has no exit address of its own: it leaves for the default one on
    // another site (which this offline machine cannot load).
    const safe = back.path.endsWith('/exit-target.html') || !back.visible || back.site !== origin;
    check(
      `${name}: Back (${attempt}) after the exit shows neither the page nor the earlier one`,
      safe && !/reader may need|same site/.test(back.title),
      JSON.stringify(back),
    );
  }
}

/**
 * The bundle's way out first: with its elements' file held back (a slow network), the page's
 * banner is not yet defined, and Shift ×3 already leaves for the banner's exit address.
 */
async function checkExitBeforeElements(name, browser) {
  const page = await browser.newPage();
  const held = [];
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().includes('/dist/hf-widgets-elements.js')) held.push(request);
      else void request.continue();
    });
    await page.goto(`${origin}/demo/examples/quick-exit.html`, {waitUntil: 'domcontentloaded'});
    await page.waitForFunction(() => window[Symbol.for('hf-widgets.fallback-exit')] === true, {timeout: 10000});
    const defined = await page.evaluate(() => customElements.get('hf-hotline-banner') !== undefined);
    const navigated = page.waitForNavigation({waitUntil: 'load', timeout: 10000});
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await navigated;
    const at = new URL(page.url()).pathname;
    check(
      `${name}: Shift ×3 leaves while the bundle's elements' file is still on its way`,
      held.length === 1 && !defined && at === '/demo/examples/exit-target.html',
      JSON.stringify({held: held.length, defined, at}),
    );
  } catch (error) {
    check(`${name}: Shift ×3 leaves while the bundle's elements' file is still on its way`, false, error.message);
  } finally {
    for (const request of held) await request.abort().catch(() => undefined);
    await page.close();
  }
}

const bundle = '/dist/hf-widgets.js';
/** The bundle: its first file, the elements' file it loads after arming the way out, and their chunks. */
const bundleFiles = [bundle, '/dist/hf-widgets-elements.js', '/dist/chunks/'];
const pages = [
  {
    path: '/demo/examples/plain.html',
    allowed: [...bundleFiles, '/favicon.ico'],
  },
  {
    path: '/demo/examples/hostile-css.html',
    allowed: [...bundleFiles, '/demo/examples/hostile.css', '/favicon.ico'],
    async extra(name, page) {
      const looks = await page.evaluate(() => {
        const banner = document.querySelector('hf-hotline-banner').shadowRoot;
        const dismiss = banner.querySelector('[part="dismiss"]');
        const exit = banner.querySelector('[part="exit"]');
        const list = banner.querySelector('[part="list"]');
        const chart = document.querySelector('hf-budget-breakdown')?.shadowRoot.querySelector('svg[role="img"]');
        return {
          dismissWidth: dismiss.getBoundingClientRect().width,
          dismissBackground: getComputedStyle(dismiss).backgroundColor,
          exitColor: getComputedStyle(exit).color,
          listDisplay: getComputedStyle(list).display,
          chartShown: chart ? chart.getBoundingClientRect().height > 0 : true,
        };
      });
      check(
        `${name}: the page's button rules do not reach the widgets`,
        looks.dismissWidth === 44 && looks.dismissBackground !== 'rgb(0, 255, 0)',
        JSON.stringify(looks),
      );
      check(
        `${name}: the page's link and list rules do not reach the widgets`,
        looks.exitColor !== 'rgb(255, 105, 180)' && looks.listDisplay === 'grid',
        JSON.stringify(looks),
      );
      check(`${name}: the page's svg rule does not hide the chart`, looks.chartShown);
    },
  },
  {
    path: '/demo/examples/strict-csp.html',
    allowed: [...bundleFiles, '/demo/examples/page.css', '/examples/json/seed-action.json', '/favicon.ico'],
    async extra(name, page, seen) {
      const jsonRequests = seen.requests.filter((url) => url.endsWith('/examples/json/seed-action.json')).length;
      check(`${name}: four elements naming one src made one request`, jsonRequests === 1, String(jsonRequests));
      const stored = await page.evaluate(async () => {
        const banner = document.querySelector('hf-hotline-banner');
        banner.shadowRoot.querySelector('[part="dismiss"]').click();
        await banner.updateComplete;
        return Object.keys(localStorage);
      });
      check(
        `${name}: remember-dismissal stores one hf-widgets key after dismissal`,
        stored.length === 1 && stored[0].startsWith('hf-widgets:'),
        stored.join(),
      );
      // The list sizes its off-screen chunks from their member count, set through the CSSOM.
      const chunks = await page.evaluate(() =>
        [...document.querySelector('hf-beneficiary-list').shadowRoot.querySelectorAll('.chunk')].map((chunk) => [
          chunk.style.getPropertyValue('--_chunk-members'),
          String(chunk.querySelectorAll('[part="member"]').length),
        ]),
      );
      check(
        `${name}: every chunk of the list carries its member count`,
        chunks.length > 0 && chunks.every(([set, counted]) => set === counted),
        JSON.stringify(chunks),
      );
      const violations = await page.evaluate(() => window.__cspViolations);
      check(`${name}: still no CSP violation after interaction`, violations.length === 0, violations.join(' | '));
      await page.evaluate(() => localStorage.clear());
    },
  },
  {
    path: '/demo/examples/dark.html',
    allowed: [...bundleFiles, '/demo/examples/page.css', '/favicon.ico'],
    async extra(name, page) {
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector('hf-hotline-banner').shadowRoot.querySelector('[part="base"]')).backgroundColor,
      );
      check(`${name}: the dark theme gives the banner a dark surface`, background === 'rgb(22, 27, 34)', background);
    },
  },
  {
    path: '/demo/examples/twice.html',
    allowed: [...bundleFiles, `${bundle}?second-copy`, '/demo/examples/page.css', '/favicon.ico'],
    async extra(name, page, seen) {
      check(
        `${name}: a second copy of the same version is silent`,
        !seen.warnings.some((text) => text.includes('already defined')),
        seen.warnings.join(' | '),
      );
    },
  },
  {
    path: '/demo/examples/bundle-and-modules.html',
    allowed: [...bundleFiles, '/dist/modules/', '/node_modules/', '/demo/examples/page.css', '/favicon.ico'],
    async extra(name, page, seen) {
      check(
        `${name}: the second definition of the same version is silent`,
        !seen.warnings.some((text) => text.includes('already defined')),
        seen.warnings.join(' | '),
      );
      const after = await page.evaluate(async () => {
        document.documentElement.lang = 'sr-Latn';
        await new Promise((resolve) => setTimeout(resolve, 100));
        return document.querySelector('hf-hotline-banner').shadowRoot.querySelector('[part="heading"]').textContent.trim();
      });
      check(`${name}: the widgets still follow the page language`, after === 'Pomoć u slučaju trgovine ljudima', after);
    },
  },
  {
    path: '/demo/examples/single-files.html',
    allowed: ['/dist/hf-hotline-banner.js', ...bundleFiles, '/dist/hf-action-card.js', '/demo/examples/page.css', '/favicon.ico'],
    async extra(name, page, seen) {
      check(
        `${name}: elements defined by another file of the same version stay silent`,
        !seen.warnings.some((text) => text.includes('already defined')),
        seen.warnings.join(' | '),
      );
      const definedBy = await page.evaluate(async () => {
        const bannerFile = await import('/dist/hf-hotline-banner.js');
        const bundleFile = await import('/dist/hf-widgets.js');
        const cardFile = await import('/dist/hf-action-card.js');
        return {
          // The banner's file and the bundle arm the exit and load their elements after it, so
          // the banner may come from either, and the card from its own file (the last tag, which
          // defines it as it runs) or from the bundle; either way each is defined once.
          banner: bannerFile !== undefined && customElements.get('hf-hotline-banner') !== undefined,
          card:
            [bundleFile.HfActionCard, cardFile.HfActionCard].includes(customElements.get('hf-action-card')) &&
            cardFile.HfActionCard !== bundleFile.HfActionCard,
          budget: customElements.get('hf-budget-breakdown') === bundleFile.HfBudgetBreakdown,
          list: customElements.get('hf-beneficiary-list') === bundleFile.HfBeneficiaryList,
        };
      });
      check(
        `${name}: each tag has one definition, from the first file that has it`,
        Object.values(definedBy).every(Boolean),
        JSON.stringify(definedBy),
      );
      /** A UI string of each element, each from a different table of its file. */
      const read = () =>
        page.evaluate(() => {
          const root = (tag) => document.querySelector(tag).shadowRoot;
          return [
            root('hf-hotline-banner').querySelector('[part="heading"]').textContent.trim(),
            root('hf-action-card').querySelector('[part~="toggle"]').textContent.trim(),
            root('hf-budget-breakdown').querySelector('[part="heading"]').textContent.trim(),
            root('hf-beneficiary-list').querySelector('[part="heading"]').textContent.trim(),
          ].join(' | ');
        });
      const settle = () => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      await page.evaluate(() => (document.documentElement.lang = 'sr-Latn'));
      await settle();
      const latin = await read();
      check(
        `${name}: every element follows <html lang>, whichever file defined it`,
        latin === 'Pomoć u slučaju trgovine ljudima | Prikažite više | Budžet | Korisnici projekta',
        latin,
      );
      // The bundle's setLocale must reach the banner, which the banner's own file defined.
      await page.evaluate(async () => (await import('/dist/hf-widgets.js')).setLocale('sr-Cyrl'));
      await settle();
      const cyrillic = await read();
      check(
        `${name}: the bundle's setLocale switches every element, whichever file defined it`,
        cyrillic === 'Помоћ у случају трговине људима | Прикажите више | Буџет | Корисници пројекта',
        cyrillic,
      );
      await page.evaluate(() => (document.documentElement.lang = 'en'));
      await settle();
      const english = await read();
      check(`${name}: and back to English`, english === 'Help against human trafficking | Show more | Budget | Who benefits', english);
    },
  },
  {
    path: '/demo/examples/app-localize.html',
    allowed: [...bundleFiles, '/demo/examples/app-localize.js', '/node_modules/', '/demo/examples/page.css', '/favicon.ico'],
    async extra(name, page) {
      const read = () =>
        page.evaluate(() => ({
          app: document.querySelector('app-greeting').shadowRoot.textContent.trim(),
          widget: document.querySelector('hf-hotline-banner').shadowRoot.querySelector('[part="heading"]').textContent.trim(),
        }));
      await page.waitForFunction(() => document.querySelector('app-greeting')?.shadowRoot?.textContent.includes('Willkommen'));
      const first = await read();
      check(
        `${name}: the app's own locale (German) and the widgets' (English) live side by side`,
        first.app === 'Willkommen auf unserer Seite' && first.widget === 'Help against human trafficking',
        JSON.stringify(first),
      );
      await page.evaluate(async () => {
        document.documentElement.lang = 'sr-Cyrl';
        await new Promise((resolve) => setTimeout(resolve, 100));
      });
      const second = await read();
      check(
        `${name}: the widgets switch to Serbian without touching the app`,
        second.app === 'Willkommen auf unserer Seite' && second.widget === 'Помоћ у случају трговине људима',
        JSON.stringify(second),
      );
    },
  },
  {
    path: '/demo/examples/quick-exit.html',
    allowed: [
      ...bundleFiles,
      '/demo/examples/quick-exit.js',
      '/demo/examples/page.css',
      '/demo/examples/earlier-page.html',
      '/demo/examples/exit-target.html',
      '/favicon.ico',
    ],
    async extra(name, page) {
      await checkQuickExit(name, page);
      await checkExitBeforeElements(name, page.browser());
    },
  },
  {
    path: '/demo/examples/react.html',
    allowed: ['/demo/examples/react-app.js', '/demo/examples/page.css', '/favicon.ico'],
    async extra(name, page) {
      // The second budget has a negative amount: its error reached React's onhf-error prop.
      await page
        .waitForFunction(() => document.querySelector('#react-error')?.textContent.startsWith('hf-error'), {timeout: 5000})
        .catch(() => {});
      const seenByReact = await page.evaluate(() => document.querySelector('#react-error').textContent);
      check(`${name}: onhf-error reaches the React handler`, seenByReact === 'hf-error at budget.amount: negative-amount', seenByReact);
      const looks = await page.evaluate(() => {
        const [budget] = document.querySelectorAll('hf-budget-breakdown');
        const banner = document.querySelector('hf-hotline-banner');
        return {
          chart: budget.chart,
          donut: Boolean(budget.shadowRoot.querySelector('.donut-chart')),
          figure: budget.shadowRoot.querySelector('[data-figure="action"] .figure-number')?.textContent.trim(),
          quickExit: banner.quickExit,
          exitControl: Boolean(banner.shadowRoot.querySelector('[part="exit"]')),
          numbers: [...banner.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href')),
        };
      });
      check(
        `${name}: data={…} arrives as the data property and chart="donut" draws a donut`,
        looks.chart === 'donut' && looks.donut && looks.figure === '€500,000',
        JSON.stringify(looks),
      );
      check(
        `${name}: quick-exit="" and hotlines="astra,nadel" reach the banner`,
        looks.quickExit && looks.exitControl && looks.numbers.join() === 'tel:+381117850000,tel:116111',
        JSON.stringify(looks),
      );
    },
  },
  {
    path: '/demo/examples/vue.html',
    allowed: ['/demo/examples/vue-app.js', '/demo/examples/page.css', '/favicon.ico'],
    async extra(name, page) {
      const looks = await page.evaluate(() => {
        const list = document.querySelector('hf-beneficiary-list');
        return {
          filter: list.filter,
          groups: [...list.shadowRoot.querySelectorAll('[part~="group-label"]')].map((label) => label.textContent.trim()),
        };
      });
      check(
        `${name}: :data.prop and the bare filter attribute reach the list`,
        looks.filter === true && looks.groups.join() === 'Shelters,Courts',
        JSON.stringify(looks),
      );
      await page.evaluate(() => {
        const input = document.querySelector('hf-beneficiary-list').shadowRoot.querySelector('input[type="search"]');
        input.value = 'nis';
        input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      });
      await page
        .waitForFunction(() => document.querySelector('#vue-filter').textContent !== 'no filter yet', {timeout: 5000})
        .catch(() => {});
      const seenByVue = await page.evaluate(() => document.querySelector('#vue-filter').textContent);
      check(`${name}: @hf-filter reaches the Vue handler`, seenByVue === 'nis: 1', seenByVue);
    },
  },
];

/**
 * The demo page loads the widgets render-blocking (Chromium), so nothing on it moves as they
 * start: its layout shift must be 0. Chromium only: Firefox reports no layout shifts (and ignores
 * `blocking`, showing the fallback first).
 */
async function checkDemoLayoutShift(name, browser) {
  const page = await browser.newPage();
  try {
    await page.setViewport({width: 1280, height: 900});
    await page.evaluateOnNewDocument(() => {
      window.__layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
      }).observe({type: 'layout-shift', buffered: true});
    });
    await page.goto(`${origin}/demo/index.html`, {waitUntil: 'load'});
    await page.waitForFunction(
      () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('hf-')).every((el) => el.shadowRoot),
      {
        timeout: 10000,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const shift = await page.evaluate(() => window.__layoutShift);
    check(`${name} demo/index.html: nothing moves as the widgets start (layout shift 0)`, shift === 0, `layout shift ${shift}`);
  } finally {
    await page.close();
  }
}

const browsers = await puppeteerBrowsers();

try {
  for (const {name: browserName, launch} of browsers) {
    console.log(`${browserName}:`);
    const browser = await launch();
    try {
      // PAGES=quick-exit,plain runs only the pages whose path contains one of those words (index:
      // the demo page's layout shift).
      const only = process.env.PAGES?.split(',');
      for (const spec of pages.filter((page) => !only || only.some((word) => page.path.includes(word)))) {
        const name = `${browserName} ${spec.path.split('/').pop()}`;
        try {
          const {page, seen} = await openPage(browser, spec.path);
          await checkCommon(name, page, seen, [spec.path, ...spec.allowed]);
          if (spec.extra) await spec.extra(name, page, seen);
          await page.close();
        } catch (error) {
          check(`${name}: page loads and its widgets render`, false, error.message);
        }
      }
      if (browserName === 'chromium' && (!only || only.includes('index'))) await checkDemoLayoutShift(browserName, browser);
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}
finish('pages');
