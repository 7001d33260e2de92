// The embed builder: a form that writes three snippets (script tag, iframe, WordPress block)
// for one widget, each with fallback content generated from the chosen data, next to a live
// preview. It loads the library and the embed files from the folder named by
// <meta name="hf-files"> (dist/ in the demo, the zip's own folder in a release), so what it
// previews is exactly what the snippets load.
import {strings} from './strings.js';
import {optionsOf, attributesFor, defaultHotlineIds} from './options.js';
import {elementMarkup, embedAddress, iframeSnippet, scriptSnippet, wordpressSnippet} from './snippets.js';

const filesFolder = new URL(document.querySelector('meta[name="hf-files"]').content, location.href);
// The bundle no longer carries the validator (its elements load it only with data): pasted or
// fetched documents are checked with hf-widgets-data.js, the validator's own drop-in file.
const [library, {validateAction}, {embeddableElements}, {fallbackFor, fallbackHtml}] = await Promise.all([
  import(new URL('hf-widgets.js', filesFolder).href),
  import(new URL('hf-widgets-data.js', filesFolder).href),
  import(new URL('embed/elements.js', filesFolder).href),
  import(new URL('embed/fallback.js', filesFolder).href),
]);
const {cyrillicToLatin, defaultAction, localizedText} = library;

/** The library's default exit address: that of a banner without exit-url. */
const defaultExitUrl = document.createElement('hf-hotline-banner').effectiveExitUrl;

const $ = (selector) => document.querySelector(selector);
const form = $('#builder');

/** Everything the form says, in one place. Options are kept per element while the editor switches. */
const state = {
  ui: navigator.languages.some((tag) => tag.toLowerCase().startsWith('sr')) ? 'sr-Cyrl' : 'en',
  tag: 'hf-hotline-banner',
  /** The widget's language; it starts as the builder's own. */
  lang: 'en',
  options: Object.fromEntries(Object.keys(optionsOf).map((tag) => [tag, {}])),
  dataMode: 'default',
  /** The action document in use, or undefined while the chosen data is missing or invalid. */
  action: defaultAction,
  url: '',
  files: filesFolder.href,
  width: 640,
  measured: undefined,
};
state.lang = state.ui;

// --- Words -----------------------------------------------------------------------------------

/** The builder's text for `key` in `locale` (Serbian Latin transliterated from Cyrillic). */
function wordIn(locale, key, values = {}) {
  const table = locale === 'en' ? strings.en : strings['sr-Cyrl'];
  let text = key.split('.').reduce((node, part) => node?.[part], table) ?? key;
  for (const [name, value] of Object.entries(values)) text = text.replace(`{${name}}`, String(value));
  return locale === 'sr-Latn' ? cyrillicToLatin(text) : text;
}

/** The builder's text in its own language. */
const t = (key, values) => wordIn(state.ui, key, values);

function applyWords() {
  document.documentElement.lang = state.ui;
  document.title = `${t('pageTitle')} · hf-widgets`;
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = t(node.dataset.text);
}

// --- Form controls -----------------------------------------------------------------------------

/** The words for one choice of a select: a key of strings.js, a data label, or `<label>-<value>`. */
function choiceText(option, choice) {
  if (choice.key) return t(choice.key);
  if (choice.label !== undefined) return localizedText(choice.label, state.ui);
  return t(`${option.label ?? option.name}-${choice.value}`);
}

/** Builds a labelled control for one option and returns its wrapper. */
function optionControl(tag, option) {
  const id = `option-${option.name}`;
  const values = state.options[tag];
  const wrapper = document.createElement('div');
  wrapper.className = `field field-${option.control}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = t(option.label ?? option.name);
  if (option.control === 'checkbox') {
    const input = Object.assign(document.createElement('input'), {
      type: 'checkbox',
      id,
      name: option.name,
      checked: values[option.name] ?? option.initial ?? false,
    });
    input.addEventListener('change', () => setOption(tag, option.name, input.checked, true));
    wrapper.append(input, label);
  } else if (option.control === 'select') {
    const select = Object.assign(document.createElement('select'), {id, name: option.name});
    for (const value of option.values(embeddableElements[tag], state.action)) {
      const choice = Object.assign(document.createElement('option'), {value: value.value, textContent: choiceText(option, value)});
      select.append(choice);
    }
    select.value = values[option.name] ?? select.options[0]?.value ?? '';
    select.addEventListener('change', () => setOption(tag, option.name, select.value, true));
    wrapper.append(label, select);
  } else if (option.control === 'url') {
    const input = Object.assign(document.createElement('input'), {
      type: 'url',
      id,
      name: option.name,
      value: values[option.name] ?? '',
      placeholder: 'https://',
      spellcheck: false,
    });
    const hint = Object.assign(document.createElement('p'), {className: 'hint', id: `${id}-hint`, textContent: t(`${option.name}-hint`)});
    input.setAttribute('aria-describedby', hint.id);
    // What is wrong with the address, said beside the field (it is left out of the snippets).
    const problem = Object.assign(document.createElement('p'), {className: 'hint field-problem', id: `${id}-problem`});
    problem.setAttribute('aria-live', 'polite');
    const showProblem = () => {
      const key = option.name === 'exit-url' ? exitUrlProblem(input.value.trim()) : undefined;
      problem.textContent = key ? t(key) : '';
      input.setAttribute('aria-invalid', String(Boolean(key)));
      input.setAttribute('aria-describedby', key ? `${hint.id} ${problem.id}` : hint.id);
    };
    showProblem();
    input.addEventListener('input', () => {
      showProblem();
      setOption(tag, option.name, input.value.trim(), false);
    });
    wrapper.append(label, input, hint, problem);
  } else if (option.control === 'hotlines') {
    // A group of checkboxes: a fieldset with a legend, not a label.
    const fieldset = document.createElement('fieldset');
    const legend = Object.assign(document.createElement('legend'), {textContent: t(option.name)});
    fieldset.append(legend);
    const chosen = values.hotlines ?? defaultHotlineIds(state.action);
    for (const line of state.action?.hotlines ?? []) {
      const box = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        id: `${id}-${line.id}`,
        value: line.id,
        checked: chosen.includes(line.id),
      });
      const boxLabel = Object.assign(document.createElement('label'), {
        htmlFor: box.id,
        textContent: `${localizedText(line.name, state.ui)}: ${line.display}`,
      });
      box.addEventListener('change', () => {
        const ids = [...fieldset.querySelectorAll('input:checked')].map((input) => input.value);
        setOption(tag, 'hotlines', ids, true);
      });
      const row = document.createElement('div');
      row.className = 'field field-checkbox';
      row.append(box, boxLabel);
      if (line.showByDefault === false) {
        // Why a line is off by default (its one source is old), next to its box.
        const why = Object.assign(document.createElement('p'), {
          className: 'hint',
          id: `${box.id}-hint`,
          textContent: t('hotline-off-by-default'),
        });
        box.setAttribute('aria-describedby', why.id);
        row.append(why);
      }
      fieldset.append(row);
    }
    wrapper.append(fieldset);
  }
  if (option.hint && option.control !== 'url') {
    const hint = Object.assign(document.createElement('p'), {className: 'hint', id: `${id}-hint`, textContent: t(option.hint)});
    wrapper.querySelector(`#${id}`)?.setAttribute('aria-describedby', hint.id);
    wrapper.append(hint);
  }
  if (option.showIf && !(values[option.showIf] ?? optionsOf[tag].find((other) => other.name === option.showIf)?.initial))
    wrapper.hidden = true;
  return wrapper;
}

/** The options fieldset for the chosen element, rebuilt when the element, the data or the words change. */
function renderOptions() {
  const container = $('#options');
  const focused = document.activeElement?.id;
  // Only the options that the element really declares (custom-elements.json), so the form cannot drift.
  const declared = embeddableElements[state.tag];
  container.replaceChildren(
    ...optionsOf[state.tag].filter((option) => Object.hasOwn(declared, option.name)).map((option) => optionControl(state.tag, option)),
  );
  if (focused) document.getElementById(focused)?.focus();
}

function setOption(tag, name, value, rebuild) {
  state.options[tag][name] = value;
  // A checkbox can reveal a dependent field (exit address, remember dismissal).
  if (rebuild && optionsOf[tag].some((option) => option.showIf === name)) renderOptions();
  update();
}

// --- Data ----------------------------------------------------------------------------------------

function showDataStatus(kind, message, issues = []) {
  const status = $('#data-status');
  status.className = `data-status data-status-${kind}`;
  const lines = issues.map((issue) => {
    const item = document.createElement('li');
    const path = Object.assign(document.createElement('code'), {textContent: issue.path || t('wholeDocument')});
    item.append(path, ` ${t(`issue-${issue.code}`)}`);
    return item;
  });
  status.replaceChildren(message);
  if (lines.length > 0) {
    const list = document.createElement('ul');
    list.append(...lines);
    status.append(list);
  }
  const field = state.dataMode === 'paste' ? $('#data-json') : $('#data-url-input');
  field.setAttribute('aria-invalid', String(kind === 'error'));
}

/** Checks a parsed document with the library's own validator; returns it, or undefined after showing why not. */
function acceptDocument(value) {
  try {
    validateAction(value);
  } catch (error) {
    if (!error.issues) throw error;
    showDataStatus('error', t('dataProblems'), error.issues);
    return undefined;
  }
  showDataStatus('ok', t('dataOk'));
  return value;
}

function readPastedJson() {
  const text = $('#data-json').value;
  if (text.trim() === '') {
    showDataStatus('none', '');
    return undefined;
  }
  try {
    return acceptDocument(JSON.parse(text));
  } catch (error) {
    showDataStatus('error', `${t('notJson')} ${error.message}`);
    return undefined;
  }
}

let urlRequest = 0;
async function readUrlDocument() {
  const typed = $('#data-url-input').value.trim();
  if (!typed) {
    showDataStatus('none', '');
    return undefined;
  }
  const request = ++urlRequest;
  showDataStatus('none', t('dataLoading'));
  try {
    const url = new URL(typed, location.href);
    const response = await fetch(url, {signal: AbortSignal.timeout(10000)});
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const json = await response.json();
    if (request !== urlRequest) return undefined;
    state.url = url.href;
    return acceptDocument(json);
  } catch (error) {
    if (request === urlRequest) showDataStatus('error', `${t('fetchFailed')} ${error.message}`);
    return undefined;
  }
}

async function changeData() {
  const mode = form.elements['data-mode'].value;
  state.dataMode = mode;
  $('#data-url').hidden = mode !== 'url';
  $('#data-paste').hidden = mode !== 'paste';
  if (mode === 'default') {
    state.action = defaultAction;
    showDataStatus('none', '');
  } else {
    // Nothing to preview or copy while the new data is read.
    state.action = undefined;
    update();
    const action = mode === 'paste' ? readPastedJson() : await readUrlDocument();
    if (state.dataMode !== mode) return; // the editor chose other data meanwhile
    state.action = action;
  }
  renderOptions();
  update();
}

// --- Output: preview and snippets ----------------------------------------------------------------

const fileUrl = (name) => new URL(name, state.files).href;

/** The fallback nodes for the current choices, in the widget's language, for the editor's page. */
function fallbackNodes(exitUrl) {
  if (!state.action) return [];
  const options = Object.fromEntries(
    attributesFor(state.tag, embeddableElements[state.tag], state.options[state.tag], state.action).map(([name, value]) => [
      name,
      value === '' ? true : value,
    ]),
  );
  return fallbackFor(state.tag, state.action, options, {
    locale: state.lang,
    text: (value) => localizedText(value, state.lang),
    toLatin: cyrillicToLatin,
    exitUrl,
  });
}

/**
 * Why `value` cannot be the exit address, as a key of strings.js, or undefined. The builder does
 * not know which page the snippet will go on, so it refuses every address on the site where the
 * widget files live (the builder's own and embed.html included): any of them may be the page the
 * reader is leaving. On the page itself, the banner checks again, spelling by spelling.
 */
function exitUrlProblem(value) {
  if (value === '') return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    return 'exit-url-not-web';
  }
  if (!/^https?:$/.test(url.protocol)) return 'exit-url-not-web';
  const site = (address) => new URL(address).hostname.replace(/\.$/, '');
  if (site(url.href) === site(state.files) || site(url.href) === site(location.href)) return 'exit-url-same-site';
  return undefined;
}

/** The element's attributes including where its data comes from (an unusable exit address left out). */
function elementAttributes() {
  const attributes = attributesFor(state.tag, embeddableElements[state.tag], state.options[state.tag], state.action).filter(
    ([name, value]) => name !== 'exit-url' || !exitUrlProblem(value),
  );
  if (state.dataMode === 'url' && state.url) attributes.push(['src', state.url]);
  return attributes;
}

function elementSnippet(exitUrl) {
  return elementMarkup({
    tag: state.tag,
    // `lang` first: the widget shows in the chosen language whatever the page's language is.
    attributes: [['lang', state.lang], ...elementAttributes()],
    inlineData: state.dataMode === 'paste' ? state.action : undefined,
    fallback: fallbackHtml(fallbackNodes(exitUrl)),
  });
}

/** Why the iframe cannot be used with the current data, if it cannot. */
function iframeProblem() {
  if (state.dataMode === 'paste') return t('iframeNeedsUrl');
  if (state.dataMode === 'url' && state.url) {
    const src = new URL(state.url);
    if (src.protocol !== 'https:' && src.origin !== new URL(state.files).origin) return t('iframeNeedsHttps');
  }
  return undefined;
}

/** A note when the data is on another site than embed.html: it shows only if that site's embed/config.json allows it. */
function iframeDataNote() {
  if (state.dataMode !== 'url' || !state.url) return '';
  const src = new URL(state.url);
  return src.origin === new URL(state.files).origin ? '' : t('iframeOtherSite', {origin: src.origin});
}

/**
 * What the frame does with an exit address on another site than embed.html: it uses it only if
 * that site's embed/config.json lists its origin under "allowedExitOrigins" (https only), so the
 * editor is told plainly and shown the line to put in that file. `{text, line}`, or undefined
 * when the exit address needs nothing (none chosen, on embed.html's own site, or the default).
 */
function iframeExitNote(exitUrl) {
  const chosen = elementAttributes().find(([name]) => name === 'exit-url')?.[1];
  if (!chosen || !exitUrl || exitUrl === defaultExitUrl) return undefined;
  const exit = new URL(exitUrl);
  if (exit.origin === new URL(state.files).origin) return undefined;
  if (exit.protocol !== 'https:') return {text: t('iframeExitNeedsHttps'), line: ''};
  return {text: t('iframeExitOtherSite', {origin: exit.origin}), line: `"allowedExitOrigins": ["${exit.origin}"]`};
}

function frameSnippet(exitUrl) {
  // What lands on the editor's page is in the widget's language, not the builder's.
  return iframeSnippet({
    address: embedAddress(fileUrl('embed.html'), state.tag, state.lang, elementAttributes()),
    title: wordIn(state.lang, `frameTitle.${state.tag}`),
    lang: state.lang,
    height: state.measured ?? 400,
    fallback: fallbackHtml([['p', {}, wordIn(state.lang, 'iframeEmpty')], ...fallbackNodes(exitUrl)]),
    resizeUrl: fileUrl('hf-embed-resize.js'),
  });
}

function renderPreview() {
  const element = document.createElement(state.tag);
  element.lang = state.lang;
  for (const [name, value] of elementAttributes()) element.setAttribute(name, value);
  if (state.dataMode === 'paste' && state.action) element.data = state.action;
  const exitUrl = element.effectiveExitUrl ?? '';
  $('#preview').replaceChildren(element);
  return exitUrl;
}

let measuredFor = '';
function measureIframe() {
  const frame = $('#measure');
  const address = iframeProblem() ? '' : embedAddress(fileUrl('embed.html'), state.tag, state.lang, elementAttributes());
  frame.style.width = `${state.width}px`;
  if (`${address} ${state.width}` === measuredFor) return;
  measuredFor = `${address} ${state.width}`;
  state.measured = undefined;
  if (address) frame.src = address;
}

window.addEventListener('message', (event) => {
  if (event.source !== $('#measure').contentWindow || event.data?.type !== 'hf-embed-height') return;
  state.measured = event.data.height;
  renderSnippets(currentExitUrl);
});

let currentExitUrl = '';
function renderSnippets(exitUrl) {
  const script = scriptSnippet(fileUrl('hf-widgets.js'), elementSnippet(exitUrl));
  $('#snippet-script').value = script;
  $('#snippet-wordpress').value = wordpressSnippet(script);
  const problem = iframeProblem();
  $('#snippet-iframe').value = problem ? '' : frameSnippet(exitUrl);
  $('#snippet-iframe').disabled = Boolean(problem);
  $('#copy-iframe').disabled = Boolean(problem);
  $('#iframe-status').textContent =
    problem ??
    [
      state.measured === undefined ? t('iframeMeasuring') : t('iframeHeight', {width: state.width, height: state.measured}),
      iframeDataNote(),
    ]
      .filter(Boolean)
      .join(' ');
  const exitNote = problem ? undefined : iframeExitNote(exitUrl);
  $('#iframe-exit-note').hidden = !exitNote;
  $('#iframe-exit-text').textContent = exitNote?.text ?? '';
  $('#iframe-exit-line').textContent = exitNote?.line ?? '';
  $('#iframe-exit-line').hidden = !exitNote?.line;
  for (const area of document.querySelectorAll('.snippet textarea')) area.rows = Math.min(Math.max(area.value.split('\n').length, 3), 18);
}

function update() {
  document.documentElement.dataset.hfLocale = state.lang;
  // No usable data yet: no preview and nothing to copy, rather than a snippet that would fail.
  for (const button of document.querySelectorAll('[data-copy]')) button.disabled = !state.action;
  if (!state.action) {
    $('#preview').replaceChildren();
    for (const area of document.querySelectorAll('.snippet textarea')) area.value = '';
    $('#iframe-status').textContent = '';
    $('#iframe-exit-note').hidden = true;
    return;
  }
  currentExitUrl = renderPreview();
  measureIframe();
  renderSnippets(currentExitUrl);
}

// --- Wiring --------------------------------------------------------------------------------------

async function copySnippet(button) {
  const area = document.getElementById(button.getAttribute('aria-controls'));
  const status = document.getElementById(button.dataset.status);
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = t('copied');
  } catch {
    // No clipboard access (an http: page, or a browser that asks): select it for Ctrl+C instead.
    area.focus();
    area.select();
    status.textContent = t('copyFailed');
  }
}

function renderElementChoices() {
  const list = $('#element-choices');
  list.replaceChildren(
    ...Object.keys(optionsOf).map((tag) => {
      const row = document.createElement('div');
      row.className = 'choice';
      const input = Object.assign(document.createElement('input'), {
        type: 'radio',
        name: 'element',
        id: `element-${tag}`,
        value: tag,
        checked: tag === state.tag,
      });
      const label = Object.assign(document.createElement('label'), {htmlFor: input.id});
      label.append(
        Object.assign(document.createElement('strong'), {textContent: t(tag)}),
        Object.assign(document.createElement('span'), {textContent: t(`${tag}-about`)}),
      );
      row.append(input, label);
      return row;
    }),
  );
}

/** The folder address typed by the editor, relative to this page or absolute; undefined if unreadable. */
function folderUrl(typed) {
  try {
    return new URL(typed.trim().replace(/\/?$/, '/'), location.href);
  } catch {
    return undefined;
  }
}

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', (event) => {
  const {name, value} = event.target;
  if (name === 'element') {
    state.tag = value;
    renderOptions();
    update();
  } else if (name === 'widget-language') {
    state.lang = value;
    update();
  } else if (name === 'data-mode' || name === 'data-url-input') {
    changeData();
  } else if (name === 'files') {
    // A folder address, relative to this page or absolute; one that cannot be read keeps the last.
    const folder = folderUrl(value);
    event.target.setAttribute('aria-invalid', String(!folder));
    if (folder) state.files = folder.href;
    update();
  } else if (name === 'width') {
    state.width = Math.min(Math.max(Number(value) || 640, 240), 1600);
    update();
  }
});
let pasteTimer;
$('#data-json').addEventListener('input', () => {
  clearTimeout(pasteTimer);
  pasteTimer = setTimeout(changeData, 250);
});
$('#ui-language').addEventListener('change', (event) => {
  state.ui = event.target.value;
  applyWords();
  renderElementChoices();
  renderOptions();
  if (state.dataMode !== 'default') changeData();
  else update();
});
for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copySnippet(button));

$('#ui-language').value = state.ui;
form.elements['widget-language'].value = state.lang;
$('#files').value = state.files;
$('#width').value = String(state.width);
applyWords();
renderElementChoices();
renderOptions();
update();
document.body.classList.add('ready');
