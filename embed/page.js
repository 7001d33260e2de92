// The script of embed.html: renders ONE widget chosen by the query string, for pages that can
// hold an iframe but not a script.
//
//   embed.html?element=hf-hotline-banner&lang=sr-Cyrl&quick-exit&hotlines=astra,nadel
//
// Only attributes that the element declares (elements.js, written from custom-elements.json)
// are applied, each checked against its declared type; `src` and `exit-url` must be on this site
// or on an origin that the site owner lists in embed/config.json (see docs/embedding.md), so that
// a crafted link to this page can neither show other numbers nor send a fleeing reader elsewhere.
// The frame reports its height to the host page (see hf-embed-resize.js for the contract).
import {cyrillicToLatin, defaultAction, localizedText, supportedLocales} from '../hf-widgets.js';
import {embeddableElements} from './elements.js';
import {fallbackFor, fallbackFragment} from './fallback.js';

/** Query parameters that are not attributes of the element. */
const ELEMENT_PARAM = 'element';
const LANG_PARAM = 'lang';

/**
 * The attributes to set, from the query string: known ones only, values of the declared type.
 * @param {{data: Set<string>, exit: Set<string>, defaultExitUrl: string | undefined}} addresses where `src` and `exit-url` may point
 * @returns {{attributes: Map<string, string>, ignored: string[]}}
 */
function readAttributes(declared, params, addresses) {
  const attributes = new Map();
  const ignored = [];
  for (const [name, value] of params) {
    if (name === ELEMENT_PARAM || name === LANG_PARAM) continue;
    const type = Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (type && acceptable(name, type, value, addresses)) attributes.set(name, value);
    else ignored.push(name);
  }
  return {attributes, ignored};
}

function acceptable(name, type, value, addresses) {
  if (name === 'src') return addresses.data.has(originOf(value));
  if (name === 'exit-url') return isDefaultExitUrl(value, addresses.defaultExitUrl) || addresses.exit.has(originOf(value));
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

/** The origin of `value` read relative to this page, or '' when it is not an http(s) address. */
function originOf(value) {
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : '';
  } catch {
    return '';
  }
}

/**
 * The site owner's configuration beside this script (embed/config.json), read from this site at
 * most once, and only when an address in the query string needs it. It lists the other origins
 * a frame may use, each under its own key:
 * `{"allowedDataOrigins": ["https://data.example.org"], "allowedExitOrigins": ["https://news.example.org"]}`.
 * Without the file, or with a mistake in it, only this site is allowed, so that nobody can show
 * their own numbers under this site's address with `?src=`, nor send a fleeing reader to their
 * own page with `?exit-url=`.
 * @type {Promise<{settings: unknown} | null> | undefined}
 */
let siteConfig;

/** @returns {Promise<{settings: unknown} | null>} the parsed file, or null without it or when it is unreadable */
function readSiteConfig() {
  siteConfig ??= (async () => {
    try {
      const response = await fetch(new URL('config.json', import.meta.url), {credentials: 'same-origin', cache: 'no-cache'});
      if (response.status === 404) return null;
      if (!response.ok || response.redirected)
        throw new Error(`it answered ${response.status}${response.redirected ? ' after a redirect' : ''}`);
      return {settings: await response.json()};
    } catch (error) {
      console.warn(`hf-widgets embed: embed/config.json could not be read (${error.message}); only this site is allowed.`);
      return null;
    }
  })();
  return siteConfig;
}

/**
 * The origins listed under `key` in embed/config.json: exact https origins such as
 * "https://data.example.org", no path, no wildcard. Other entries are ignored with a warning.
 * @returns {Promise<string[]>}
 */
async function configuredOrigins(key) {
  const file = await readSiteConfig();
  if (file === null) return [];
  const listed = Array.isArray(file.settings?.[key]) ? file.settings[key] : [];
  const origins = listed.filter((entry) => typeof entry === 'string' && /^https:\/\/[^/?#*]+$/.test(entry) && originOf(entry) === entry);
  if (origins.length !== listed.length || !Array.isArray(file.settings?.[key]))
    console.warn(
      `hf-widgets embed: embed/config.json: ${key} must be a list of https origins such as "https://data.example.org"; other entries are ignored.`,
    );
  return origins;
}

/**
 * The origins that the query string's `addresses` (all its `src`, or all its `exit-url`) may be
 * on: this site's, and those listed under `configKey`, read only when an address is elsewhere.
 * @returns {Promise<Set<string>>}
 */
async function allowedOrigins(addresses, configKey) {
  const origins = new Set([location.origin]);
  if (addresses.some((address) => !origins.has(originOf(address))))
    for (const origin of await configuredOrigins(configKey)) origins.add(origin);
  return origins;
}

/** Whether `value` is the library's own default exit address, which any frame may use. */
function isDefaultExitUrl(value, defaultExitUrl) {
  try {
    return defaultExitUrl !== undefined && new URL(value).href === defaultExitUrl;
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

async function render() {
  const params = new URLSearchParams(location.search);
  const tag = params.get(ELEMENT_PARAM) ?? '';
  const lang = params.get(LANG_PARAM);
  if (lang && supportedLocales.includes(lang)) document.documentElement.lang = lang;
  const locale = document.documentElement.lang;

  if (!Object.hasOwn(embeddableElements, tag)) {
    showProblem(`the address names no widget (element=${tag || '…'}); use one of ${Object.keys(embeddableElements).join(', ')}.`);
    return;
  }
  const element = document.createElement(tag);
  // The banner's own default, read before it gets any exit-url.
  const defaultExitUrl = element.effectiveExitUrl;
  // The exit address is checked here, before the element gets it: the page holding the frame
  // (hf-embed-resize.js) leaves for whatever address the frame sends.
  const exitUrls = params.getAll('exit-url').filter((value) => !isDefaultExitUrl(value, defaultExitUrl));
  const addresses = {
    data: await allowedOrigins(params.getAll('src'), 'allowedDataOrigins'),
    exit: await allowedOrigins(exitUrls, 'allowedExitOrigins'),
    defaultExitUrl,
  };
  const {attributes, ignored} = readAttributes(embeddableElements[tag], params, addresses);
  if (ignored.length > 0)
    console.warn(
      `hf-widgets embed: ignored ${ignored.map((name) => `"${name}"`).join(', ')}: not an attribute of ${tag}, or not a value it takes` +
        (ignored.includes('src')
          ? '; src: data from this site only, or from an origin listed in embed/config.json (allowedDataOrigins)'
          : '') +
        (ignored.includes('exit-url')
          ? `; exit-url: an address on this site, or on an origin listed in embed/config.json (allowedExitOrigins), else the default ${defaultExitUrl}`
          : '') +
        '.',
    );

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

await render();
