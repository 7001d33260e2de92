/**
 * The active locale. It follows `<html data-hf-locale>` if present, else `<html lang>`, watched
 * live; `setLocale` overrides it until the page's attributes change again.
 *
 * `msg()` is @lit/localize's, with a lookup of our own installed behind it in place of its runtime
 * (`configureLocalization`): every message has an id, so no hashing, and every locale's strings
 * are on the page already, so switching is immediate. Elements re-render on the same
 * `lit-localize-status` event that `@localized()` listens for.
 *
 * English and Serbian are in every file. The languages of Serbia's minorities (locale-files.ts)
 * are a file each, fetched the first time the page asks for one: until it arrives, elements keep
 * showing the locale they were in (a banner's numbers and exit never wait for it), and if it
 * cannot be fetched they show English, with one console warning.
 *
 * A page may hold several copies of this module: the bundle, single-element files, an app's npm
 * modules. Two things are page-wide:
 * - the translation tables of this version, by locale: each registering module adds its
 *   element's strings (`addTranslations`), and a locale's file adds its own the same way. A
 *   later version's locale unknown here is learnt from the tables too;
 * - `setLocale`: a call on any copy switches the elements of every copy, and a copy loaded later
 *   starts in the locale asked for.
 */
import {LOCALE_STATUS_EVENT, type LocaleModule, type LocaleStatusEventDetail} from '@lit/localize';
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {defaultMsg} from '@lit/localize/internal/default-msg.js';
import {joinStringsAndValues} from '@lit/localize/internal/str-tag.js';
import {VERSION} from '../core/element/define.js';
import {addDataTranslations} from './data-translations.js';
import {fileLocales, importLocaleFile, isFileLocale, type FileLocale} from './locale-files.js';
import {pageWide} from './page-wide.js';
import {cyrillicToLatin} from './transliterate.js';

/** The locales every file carries. */
const bundledLocales = ['en', 'sr-Cyrl', 'sr-Latn'] as const;
/** Every locale the widgets show: those every file carries, then those with a file of their own. */
export const supportedLocales = [...bundledLocales, ...fileLocales] as const;
/**
 * A locale the widgets can show: one of `supportedLocales`, or a locale of another version of
 * hf-widgets on the page whose file added its strings with `addTranslations`, by language code.
 */
export type SupportedLocale = (typeof supportedLocales)[number] | (string & Record<never, never>);

function isShown(locale: string): boolean {
  return (supportedLocales as readonly string[]).includes(locale) || translations[locale] !== undefined;
}

type Templates = LocaleModule['templates'];
type Template = Templates[string];

/**
 * Locale → message id → translation, from every copy of this version on the page. Another
 * version's copies keep their own: the same id may read differently there.
 */
// No prototype: a tag such as "constructor" must not find a table.
const translations = pageWide<Record<string, Templates>>(
  `hf-widgets ${VERSION} translations`,
  () => Object.create(null) as Record<string, Templates>,
);
/** The locale the last `setLocale` of any copy asked for, until the page's attributes change. */
const requested = pageWide<{locale?: SupportedLocale}>('hf-widgets requested locale', () => ({}));
/** Tells every copy on the page to switch; its detail is the resolved locale. */
const LOCALE_REQUEST_EVENT = 'hf-widgets-locale-request';

/**
 * Adds UI strings for `locale` to the page-wide tables; ids already there are kept. A later
 * locale's own file calls it with its language code, and the page's elements switch to it when
 * the page asks for that language, however late the file came.
 */
export function addTranslations(locale: string, templates: Templates): void {
  const isNew = translations[locale] === undefined;
  const table = (translations[locale] ??= {});
  for (const id in templates) table[id] ??= templates[id];
  if (isNew && !(supportedLocales as readonly string[]).includes(locale) && typeof window !== 'undefined') {
    // Another version's locale file: ask every copy to switch if the page wants that language.
    window.dispatchEvent(new CustomEvent(LOCALE_REQUEST_EVENT, {detail: requested.locale ?? pageLocale()}));
  }
}

/**
 * Serbian Latin UI strings are the Cyrillic translation transliterated, here at run time with
 * the same function that writes locales/sr-Latn.xlf for review: the bundle carries one Serbian
 * translation instead of two. Derived per message, each time the page switches to Latin, for
 * the strings added since.
 */
function latinTable(): Templates {
  const latin = (translations['sr-Latn'] ??= {});
  const cyrillic = translations['sr-Cyrl'] ?? {};
  for (const id in cyrillic) latin[id] ??= toLatin(cyrillic[id]);
  return latin;
}

function toLatin(template: Template): Template {
  if (typeof template === 'string') return cyrillicToLatin(template);
  // Lit accepts a template's strings only as a template strings array (with `raw`).
  const strings = template.strings.map(cyrillicToLatin);
  return {...template, strings: Object.assign(strings, {raw: strings}) as unknown as TemplateStringsArray};
}

let activeLocale: SupportedLocale = 'en';
/** The locale asked for last; differs from `activeLocale` while its file is on its way. */
let wantedLocale: SupportedLocale = 'en';
/** Settles when the file of the locale asked for last has arrived or failed. */
let pendingSwitch: Promise<void> = Promise.resolve();
/** The active locale's translations; none for English, the language of the source. */
let activeTable: Templates | undefined;
/** While an element renders in a locale of its own (`inLocale`): that locale's translations. */
let scopedTable: Templates | undefined | null = null;

function tableFor(locale: SupportedLocale): Templates | undefined {
  return locale === 'en' ? undefined : locale === 'sr-Latn' ? latinTable() : (translations[locale] ?? {});
}

/**
 * Runs `work` with `msg()` answering in `locale`, whatever the page's locale: an element with a
 * `lang` of its own renders in it (element-locale.ts) beside elements in the page's language.
 */
export function inLocale<T>(locale: SupportedLocale, work: () => T): T {
  const outer = scopedTable;
  scopedTable = tableFor(locale);
  try {
    return work();
  } finally {
    scopedTable = outer;
  }
}

type MsgImplementation = Parameters<typeof _installMsgImplementation>[0];
type Message = Parameters<MsgImplementation>[0];
/**
 * @lit/localize's own `msg()` (the source text), typed as a plain function: `lit-localize
 * extract` takes every call of a function typed as `msg` for a message to extract, and would fail
 * on this one, whose argument is not a literal.
 */
const sourceText: (template: Message) => ReturnType<MsgImplementation> = defaultMsg;

/** `msg(template, {id})`: the translation with that id in the active locale, else the source. */
function translate(template: Message, options?: {id?: string}): ReturnType<MsgImplementation> {
  const table = scopedTable === null ? activeTable : scopedTable;
  const translated = options?.id === undefined ? undefined : table?.[options.id];
  if (translated === undefined) return sourceText(template);
  if (typeof translated === 'string') return translated;
  const values = (template as {values: unknown[]}).values;
  // A translation holds the indexes of the source's values, in the order it needs them.
  const order = translated.values as unknown as number[];
  if ('strTag' in translated) return joinStringsAndValues(translated.strings, values, order);
  return {...translated, values: order.map((index) => values[index])};
}
_installMsgImplementation(translate as MsgImplementation);

const warnedTags = new Set<string>();

/**
 * Maps a BCP 47 tag to a supported locale: `sr`, `sr-RS`, `sr-Cyrl*` → `sr-Cyrl` (Cyrillic is
 * Serbia's official script, and CLDR agrees); `sr-Latn*` → `sr-Latn`; `en*` → `en`; `hu`,
 * `hu-HU`, `hu-RS` → `hu`, and so for `sk`, `ro`, `hr`, `sq`; a language whose strings another
 * version's file added → that language; anything else → `en`, with one console warning per tag.
 */
export function resolveLocale(tag: string | null | undefined): SupportedLocale {
  const lower = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (lower === '') return 'en';
  const [language, ...subtags] = lower.split('-');
  if (language === 'sr') return subtags.includes('latn') ? 'sr-Latn' : 'sr-Cyrl';
  if (language === 'en') return 'en';
  if (isFileLocale(language) || translations[language] !== undefined) return language;
  if (!warnedTags.has(lower)) {
    warnedTags.add(lower);
    console.warn(`hf-widgets: no translation for "${tag}"; showing English. Supported: ${supportedLocales.join(', ')}.`);
  }
  return 'en';
}

export function getLocale(): SupportedLocale {
  return activeLocale;
}

/** Per locale, its file's fetch by this copy: started once, kept (a failure is not retried). */
const localeFileLoads = new Map<FileLocale, Promise<boolean>>();

/**
 * Makes sure the strings of `locale` are on the page, fetching its file if it has one and no copy
 * has added them yet. Resolves true when they are there, false (with one console warning) when
 * the file could not be fetched; never rejects.
 */
export function loadLocale(locale: SupportedLocale): Promise<boolean> {
  if (!isFileLocale(locale) || translations[locale] !== undefined) return Promise.resolve(true);
  let load = localeFileLoads.get(locale);
  if (!load) {
    load = importLocaleFile(locale).then(
      ({templates, dataTexts}) => {
        addDataTranslations(locale, dataTexts);
        addTranslations(locale, templates);
        return true;
      },
      (error: unknown) => {
        console.warn(`hf-widgets: the "${locale}" strings could not be loaded; showing English.`, error);
        return false;
      },
    );
    localeFileLoads.set(locale, load);
  }
  return load;
}

/**
 * Switches this copy's elements to `locale`, once its strings are on the page: until its file
 * arrives they keep the locale they show, and if it fails they show English.
 */
function applyLocale(locale: SupportedLocale): void {
  wantedLocale = locale;
  if (isFileLocale(locale) && translations[locale] === undefined) {
    pendingSwitch = loadLocale(locale).then((loaded) => {
      // A later request wins over a file that arrived late.
      if (wantedLocale === locale) switchTo(loaded ? locale : 'en');
    });
    return;
  }
  pendingSwitch = Promise.resolve();
  switchTo(locale);
}

/** Re-renders this copy's elements in `locale`: each listens for the status event. */
function switchTo(locale: SupportedLocale): void {
  if (locale === activeLocale) return;
  activeLocale = locale;
  activeTable = tableFor(locale);
  const detail: LocaleStatusEventDetail = {status: 'ready', readyLocale: locale};
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, {detail}));
}

/**
 * Switches every element on the page, whichever copy of hf-widgets defined it, to `tag`
 * (resolved as above). Resolves when they can re-render: at once for English and Serbian, once
 * its file has arrived (or failed, and English shows) for a locale with a file of its own.
 */
export function setLocale(tag: string): Promise<void> {
  const locale = resolveLocale(tag);
  requested.locale = locale;
  window.dispatchEvent(new CustomEvent(LOCALE_REQUEST_EVENT, {detail: locale}));
  applyLocale(locale);
  return localeSettled();
}

/** Resolves once the latest locale change has been applied (its file fetched, or failed). */
export function localeSettled(): Promise<void> {
  const pending = pendingSwitch;
  // A request made while waiting replaces the pending switch: wait for that one too.
  return pending.then(() => (pendingSwitch === pending ? undefined : localeSettled()));
}

/** The locale the page's `<html>` asks for. */
export function pageLocale(): SupportedLocale {
  const root = document.documentElement;
  return resolveLocale(root.getAttribute('data-hf-locale') ?? root.getAttribute('lang'));
}

let watching = false;

/** Starts following the page's `<html>` attributes and other copies' requests; runs once. */
export function watchPageLocale(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  applyLocale(requested.locale ?? pageLocale());
  window.addEventListener(LOCALE_REQUEST_EVENT, (event) => {
    // Another version may know locales this one does not.
    const locale = (event as CustomEvent<string>).detail;
    if (isShown(locale)) applyLocale(locale);
  });
  new MutationObserver(() => {
    requested.locale = undefined;
    applyLocale(pageLocale());
  }).observe(document.documentElement, {attributes: true, attributeFilter: ['lang', 'data-hf-locale']});
}
