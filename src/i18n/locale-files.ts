/**
 * The locales whose UI strings are a file of their own, beside the bundle and the single-element
 * files (`dist/locales/hu.js`), fetched the first time an element on the page needs one. A page
 * that never shows them never downloads them, and adding one changes no other file.
 *
 * A locale's file (src/i18n/locales/<code>.ts) holds its UI strings (lit-localize's generated
 * table) and its translations of the default data's texts.
 *
 * The path below is relative to this module, so the browser resolves it against the URL of the
 * file that carries this code, as it does `import.meta.url`. Here, in the source, it names the
 * locale modules as they are, `.ts` (the test server and Storybook compile them as they serve
 * them); in a built file,
 * rollup.config.mjs (`localeFilePaths`) rewrites it to the `locales/` folder of `dist/`, so
 * `dist/hf-widgets.js`, `dist/hf-hotline-banner.js` and the npm modules in `dist/modules/` all
 * fetch the same files. A bundler that builds an app from the npm modules sees a template
 * with a fixed folder and includes those files as chunks of their own.
 */
import type {LocaleModule} from '@lit/localize';

/** Hungarian, Slovak, Romanian, Croatian, Albanian: languages in official use in Serbia. */
export const fileLocales = ['hu', 'sk', 'ro', 'hr', 'sq'] as const;
export type FileLocale = (typeof fileLocales)[number];

export function isFileLocale(locale: string): locale is FileLocale {
  return (fileLocales as readonly string[]).includes(locale);
}

/** What a locale's file holds. */
export interface LocaleFile {
  /** UI strings by message id. */
  templates: LocaleModule['templates'];
  /** The default data's texts, by their English text (the default hotlines' names and notes). */
  dataTexts: Record<string, string>;
}

/** The file of `locale`; rejects when it cannot be fetched or is not a locale file. */
export async function importLocaleFile(locale: FileLocale): Promise<LocaleFile> {
  const file = (await import(`./locales/${locale}.ts`)) as Partial<LocaleFile>;
  if (typeof file.templates !== 'object' || file.templates === null) throw new Error(`no string table in the file of "${locale}"`);
  return {templates: file.templates, dataTexts: file.dataTexts ?? {}};
}
