/**
 * Registers `<hf-hotline-banner>`. Import this module (or the bundle) to use the element. Built
 * alone it is the rest of `dist/hf-hotline-banner.js`, the drop-in file for a page that needs only this
 * element: that file starts with the fallback's quick exit (src/hf-quick-exit.ts) and loads this.
 */
// First, before the element's code: the fallback's exit link and Shift ×3 work from here on.
import './core/quick-exit/fallback-exit.js';
import {HfHotlineBanner} from './components/hotline-banner/hotline-banner.js';
import {safeDefine} from './core/element/define.js';
import {addTranslations} from './i18n/locale.js';
import {templates as sharedStrings} from './generated/element-strings/sr-Cyrl/shared.js';
import {templates as elementStrings} from './generated/element-strings/sr-Cyrl/hf-hotline-banner.js';

// Only this element's Serbian strings: a page that loads just this element carries no others.
addTranslations('sr-Cyrl', sharedStrings);
addTranslations('sr-Cyrl', elementStrings);
safeDefine('hf-hotline-banner', HfHotlineBanner);

export {HfHotlineBanner};
