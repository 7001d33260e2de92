/**
 * Registers `<hf-beneficiary-list>`. Import this module (or the bundle) to use the element. Built
 * alone it is `dist/hf-beneficiary-list.js`, the drop-in file for a page that needs only this element.
 */
import {HfBeneficiaryList} from './components/beneficiary-list/beneficiary-list.js';
import {safeDefine} from './core/element/define.js';
import {addTranslations} from './i18n/locale.js';
import {templates as sharedStrings} from './generated/element-strings/sr-Cyrl/shared.js';
import {templates as elementStrings} from './generated/element-strings/sr-Cyrl/hf-beneficiary-list.js';

// Only this element's Serbian strings: a page that loads just this element carries no others.
addTranslations('sr-Cyrl', sharedStrings);
addTranslations('sr-Cyrl', elementStrings);
safeDefine('hf-beneficiary-list', HfBeneficiaryList);

export {HfBeneficiaryList};
