/**
 * Locale switching alone (`hf-widgets/locale`): registers no element, so an app that imports
 * its elements one by one pays for none it does not use. `setLocale` reaches every hf-widgets
 * element on the page, whichever file or module defined it.
 */
export {setLocale, getLocale, supportedLocales, resolveLocale, type SupportedLocale} from './i18n/locale.js';
