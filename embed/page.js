// The script of embed.html: renders ONE widget chosen by the query string, for pages that can
// hold an iframe but not a script.
//
//   embed.html?element=hf-hotline-banner&lang=sr-Cyrl&quick-exit&hotlines=astra,nadel
//
// Only attributes that the element declares (elements.js, written from custom-elements.json)
// are applied, each checked against its declared type; `src` must be this site or https.
// The frame reports its height to the host page (see hf-embed-resize.js for the contract).
import {cyrillicToLatin, defaultAction, localizedText, supportedLocales} from '../hf-widgets.js';
import {embeddableElements} from './elements.js';
import {fallbackFor, fallbackFragment} from './fallback.js';

/** Query parameters that are not attributes of the element. */
const ELEMENT_PARAM = 'element';
const LANG_PARAM = 'lang';

/**
 * The attributes to set, from the query string: known ones only, values of the declared type.
 * @returns {{attributes: Map<string, string>, ignored: string[]}}
 */
function readAttributes(declared, params, base) {
  const attributes = new Map();
  const ignored = [];
  for (const [name, value] of params) {
    if (name === ELEMENT_PARAM || name === LANG_PARAM) continue;
    const type = Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (type && acceptable(name, type, value, base)) attributes.set(name, value);
    else ignored.push(name);
  }
  return {attributes, ignored};
}

function acceptable(name, type, value, base) {
  if (name === 'src') return isAllowedSource(value, base);
  switch (type.kind) {
    case 'boolean':
      return value === '' || value === name;
    case 'number':
      return /^\d{1,2}$/.test(value);
    case 'enum':
      return type.values.includes(value);
    default:
      return value.length <= 2000;
  }
}

/** A `src` from this site (any path) or from any https address. */
function isAllowedSource(value, base) {
  try {
    const url = new URL(value, base);
    return url.origin === new URL(base).origin || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function showProblem(text) {
  const problem = document.createElement('p');
  problem.className = 'hf-embed-problem';
  problem.setAttribute('role', 'alert');
  problem.textContent = text;
  document.body.append(problem);
  console.error(`hf-widgets embed: ${text}`);
}

/** Posts the page's height to the host whenever it changes. */
function reportHeight() {
  if (window.parent === window) return;
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Only a number leaves the frame, so any host may hear it.
    window.parent.postMessage({type: 'hf-embed-height', height}, '*');
  });
  observer.observe(document.body);
}

function render() {
  const params = new URLSearchParams(location.search);
  const tag = params.get(ELEMENT_PARAM) ?? '';
  const lang = params.get(LANG_PARAM);
  if (lang && supportedLocales.includes(lang)) document.documentElement.lang = lang;
  const locale = document.documentElement.lang;

  if (!Object.hasOwn(embeddableElements, tag)) {
    showProblem(`the address names no widget (element=${tag || '…'}); use one of ${Object.keys(embeddableElements).join(', ')}.`);
    return;
  }
  const {attributes, ignored} = readAttributes(embeddableElements[tag], params, location.href);
  if (ignored.length > 0)
    console.warn(
      `hf-widgets embed: ignored ${ignored.map((name) => `"${name}"`).join(', ')}: not an attribute of ${tag}, or not a value it takes.`,
    );

  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // Fallback from the default data only when that is the data shown: a partner's own document
  // that fails to load must not be replaced by the default numbers.
  if (!attributes.has('src')) {
    const options = Object.fromEntries([...attributes].map(([name, value]) => [name, value === '' ? true : value]));
    const nodes = fallbackFor(tag, defaultAction, options, {
      locale,
      text: (value) => localizedText(value, locale),
      toLatin: cyrillicToLatin,
      exitUrl: element.effectiveExitUrl ?? '',
      exitTarget: '_top',
    });
    const wrapper = document.createElement('div');
    wrapper.className = 'hf-embed-fallback';
    wrapper.append(fallbackFragment(nodes, document));
    element.append(wrapper);
  }
  document.body.append(element);
  reportHeight();
}

render();
