// Checks the static Storybook (storybook-static/, from `npm run build-storybook`) the way a
// designer uses it: served from a sub-path, every story of its index opened in Chromium in each
// locale, failing on a story whose element is missing, a console error or an axe violation.
// Every story's controls, as the preview prepared them, are checked once: no raw object editor
// ("Set object") except `data` holding the story's document, no row named twice (`heading-level`
// and `headingLevel` count as one name), no read-only member, colour pickers for `--hf-color-*`,
// parts and events as documentation only, no "Setup controls" link. Each story's "Show code" is
// checked against what it renders: the element with the same attributes (and `lang`), the same
// fallback, and nothing of Storybook's. Each element has a phone-width story of every state.
// The Controls panel of each element's first story is opened in the Storybook UI too, checked
// for a "Set object" button and saved as controls-<story>.png.
// Saves a PNG of every story in each locale into screenshots/storybook/ (ignored by git).
// HF_STORY_LOCALES=en and HF_STORIES=<id parts> limit the run (a check while working on a few stories).
// Prints "N passed, N failed"; exits non-zero on any failure.
import {mkdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {createRequire} from 'node:module';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from './browsers.mjs';
import {projectRoot} from './lib/import-ts.mjs';
import {createChecks} from './lib/checks.mjs';
import {createStaticServer, listen} from './lib/static-server.mjs';

const SUB_PATH = '/preview/hf-widgets/';
const root = join(projectRoot, 'storybook-static');
const locales = (process.env.HF_STORY_LOCALES ?? 'en,sr-Cyrl,sr-Latn').split(',');
const manifest = JSON.parse(await readFile(join(projectRoot, 'custom-elements.json'), 'utf8'));
const readOnlyMembers = new Set(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.members ?? []).filter((member) => member.readonly).map((member) => member.name)),
);
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Only the sub-path is served, so an absolute asset URL in the build would fail here.
const server = createStaticServer({root, base: SUB_PATH});
const base = `http://127.0.0.1:${await listen(server)}${SUB_PATH}`;

const index = await (await fetch(`${base}index.json`)).json();
// HF_STORIES=hotline-banner,action-card--default checks only the stories whose id contains one of those.
const storyFilter = process.env.HF_STORIES?.split(',');
const allStories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const stories = allStories.filter((story) => !storyFilter || storyFilter.some((part) => story.id.includes(part)));
const {check, finish} = createChecks();
check(`the Storybook index lists stories (${stories.length})`, stories.length > 0);
// Every element's states at a phone's width (stories/example-story.ts, phoneState).
for (const title of new Set(allStories.filter((story) => story.title.startsWith('Elements/')).map((story) => story.title))) {
  // By story id (`elements-hotline-banner--phone-error`), which Storybook derives from the export name.
  const ids = new Set(allStories.filter((story) => story.title === title).map((story) => story.id.split('--')[1]));
  const missing = ['phone-360', 'phone-error', 'phone-empty', 'phone-loading'].filter((id) => !ids.has(id));
  check(`${title} has a phone-width story of every state`, missing.length === 0, `no story ${missing.join(', ')}`);
}
await mkdir(join(projectRoot, 'screenshots/storybook'), {recursive: true});

/** What is wrong with one story's controls (rows as {name, category, control}), if anything. */
function controlProblems(rows) {
  const problems = [];
  const seen = new Map();
  for (const {name, category, control, offersSetup, hasValue} of rows) {
    // Storybook shows "Setup controls" for a row whose control is missing rather than disabled.
    if (offersSetup) problems.push(`"${name}" offers "Setup controls"`);
    if (name === 'data' && control !== (hasValue ? 'object' : null))
      problems.push(`data has a ${control} control, holding ${hasValue ? 'a' : 'no'} document`);
    const sameName = name.replace(/[-_]/g, '').toLowerCase();
    if (seen.has(sameName)) problems.push(`"${name}" shown twice (also "${seen.get(sameName)}")`);
    seen.set(sameName, name);
    if (control === 'object' && !(name === 'data' && hasValue)) problems.push(`"${name}" has a raw object editor`);
    if (control && readOnlyMembers.has(name)) problems.push(`read-only "${name}" has a control`);
    if ((category === 'css shadow parts' || category === 'events') && control) problems.push(`${category} "${name}" has a control`);
    if (category === 'css custom properties' && control !== (name.startsWith('--hf-color-') ? 'color' : 'text'))
      problems.push(`"${name}" has a ${control} control`);
  }
  return problems;
}

/** The rows of a story's Controls panel, from the preview's prepared story. */
const readControls = (page, storyId) =>
  page.evaluate(async (id) => {
    const prepared = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({storyId: id});
    return Object.entries(prepared.argTypes)
      .filter(([, argType]) => !argType.table?.disable)
      .map(([key, argType]) => ({
        name: argType.name ?? key,
        category: argType.table?.category ?? '',
        control: argType.control && !argType.control.disable ? (argType.control.type ?? 'unknown') : null,
        offersSetup:
          (!argType.control || argType.control.disable) && argType.control?.disable !== true && argType.type?.name !== 'function',
        hasValue: prepared.initialArgs[key] !== undefined,
      }));
  }, storyId);

/**
 * What is wrong with a story's "Show code" (its docs.source.transform, given the story's args and
 * locale), compared with the element the story rendered on the page.
 */
const showCodeProblems = (page, storyId, locale) =>
  page.evaluate(
    async ({id, locale}) => {
      const prepared = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({storyId: id});
      const transform = prepared.parameters.docs?.source?.transform;
      if (typeof transform !== 'function') return ['no source transform'];
      const code = transform('', {
        args: prepared.initialArgs,
        argTypes: prepared.argTypes,
        globals: {locale},
        parameters: prepared.parameters,
      });
      const problems = [];
      if (/hf-story|class=/.test(code)) problems.push(`Storybook markup in: ${code.slice(0, 120)}`);
      const pasted = new DOMParser().parseFromString(code, 'text/html').body;
      const shown = [...document.querySelectorAll('#storybook-root *')].find((element) => element.localName.startsWith('hf-'));
      const element = pasted.firstElementChild;
      if (pasted.childElementCount !== 1 || element?.localName !== shown?.localName)
        return [`not one <${shown?.localName}>: ${code.slice(0, 120)}`];
      if (element.getAttribute('lang') !== locale) problems.push(`lang="${element.getAttribute('lang')}", not ${locale}`);
      // An attribute the element reflects with its default value (variant="full") says nothing a
      // partner must paste.
      const fresh = document.createElement(shown.localName);
      const reflectedDefault = (name, value) =>
        [...(fresh.constructor.elementProperties ?? new Map())].some(
          ([property, options]) =>
            options.reflect &&
            (typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase()) === name &&
            String(fresh[property]) === value,
        );
      const storyOnly = (name, value) =>
        (name === 'theme' && !element.hasAttribute('theme')) ||
        (name === 'src' && value.endsWith('hf-example-pending.json')) ||
        (!element.hasAttribute(name) && reflectedDefault(name, value));
      for (const {name, value} of shown.attributes) {
        if (!storyOnly(name, value) && element.getAttribute(name) !== value) problems.push(`${name}="${value}" missing`);
      }
      for (const {name} of element.attributes) if (name !== 'lang' && !shown.hasAttribute(name)) problems.push(`extra ${name}`);
      const fallback = (host) =>
        [...host.childNodes]
          .filter((node) => node.localName !== 'script')
          .map((node) => node.textContent)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
      if (fallback(element) !== fallback(shown)) problems.push(`fallback "${fallback(element)}" is not "${fallback(shown)}"`);
      return problems;
    },
    {id: storyId, locale},
  );

const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
try {
  for (const locale of locales) {
    const context = await browser.newContext({viewport: {width: 1024, height: 768}});
    for (const story of stories) {
      const page = await context.newPage();
      const errors = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()} ${response.url()}`));
      const label = `${story.id} [${locale}]`;
      try {
        await page.goto(`${base}iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`);
        await page.waitForFunction(
          () => {
            const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('hf-'));
            return widgets.length > 0 && widgets.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
          },
          undefined,
          {timeout: 20000},
        );
        await page.waitForTimeout(150);
        await page.addScriptTag({content: axeSource});
        // The a11y addon runs axe in the same page too; wait for its run to finish, then run ours.
        const violations = await page.evaluate(async () => {
          for (let attempt = 0; ; attempt++) {
            try {
              const result = await window.axe.run(document.querySelector('#storybook-root'), {resultTypes: ['violations']});
              return result.violations.map(
                (violation) => `${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target?.join(' ')}`,
              );
            } catch (error) {
              if (attempt > 40 || !String(error).includes('already running')) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
        });
        // At most the top 4,000 px: enough to see a story, and the 5,000-member list (100,000 px
        // tall) would take longer to capture than the timeout on a busy machine.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: join(projectRoot, 'screenshots/storybook', `${story.id}-${locale}.png`),
          fullPage: true,
          clip: {x: 0, y: 0, width: 1024, height: Math.min(height, 4000)},
        });
        const controls = locale === locales[0] ? controlProblems(await readControls(page, story.id)) : [];
        const showCode = await showCodeProblems(page, story.id, locale);
        const problems = [
          ...showCode.map((problem) => `Show code: ${problem}`),
          ...errors.map((error) => `console: ${error}`),
          ...violations.map((violation) => `axe: ${violation}`),
          ...controls.map((problem) => `controls: ${problem}`),
        ];
        if (problems.length) throw new Error(problems.join('; '));
        check(label, true);
      } catch (error) {
        check(label, false, error.message.split('\n')[0]);
      }
      await page.close();
    }
    await context.close();
  }
  // The designer's view: each element's first story in the Storybook UI, Controls panel open.
  const context = await browser.newContext({viewport: {width: 1400, height: 3400}});
  const firstStories = stories.filter(
    (story, index) => story.title.startsWith('Elements/') && stories.findIndex((other) => other.title === story.title) === index,
  );
  for (const story of firstStories) {
    const page = await context.newPage();
    try {
      await page.goto(`${base}?path=/story/${story.id}&panel=right`);
      await page.getByRole('tab', {name: /^Controls/}).click();
      const panel = page.locator('#storybook-panel-root');
      await panel.locator('table tbody tr').first().waitFor({timeout: 20000});
      // Widen the panel so the picture shows the controls column, as a designer would drag it.
      const handle = await page.getByRole('separator', {name: 'Addon panel resize handle'}).boundingBox();
      if (handle) {
        await page.mouse.move(handle.x + handle.width / 2, 300);
        await page.mouse.down();
        await page.mouse.move(560, 300, {steps: 8});
        await page.mouse.up();
      }
      await panel.screenshot({path: join(projectRoot, 'screenshots/storybook', `controls-${story.id}.png`)});
      const objectEditors = await panel.getByRole('button', {name: 'Set object'}).count();
      if (objectEditors) throw new Error(`${objectEditors} "Set object" buttons in the Controls panel`);
      check(`${story.id} [Controls panel]`, true);
    } catch (error) {
      check(`${story.id} [Controls panel]`, false, error.message.split('\n')[0]);
    }
    await page.close();
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}
console.log(`storybook: ${stories.length} stories × ${locales.length} locales, from ${SUB_PATH}`);
finish('storybook');
