/**
 * Registers `<hf-action-card>`. Import this module (or the bundle) to use the element. Built
 * alone it is `dist/hf-action-card.js`, the drop-in file for a page that needs only this element.
 */
import {HfActionCard} from './components/action-card/action-card.js';
import {safeDefine} from './core/element/define.js';
import {addTranslations} from './i18n/locale.js';
import {templates as sharedStrings} from './generated/element-strings/sr-Cyrl/shared.js';
import {templates as elementStrings} from './generated/element-strings/sr-Cyrl/hf-action-card.js';

// Only this element's Serbian strings: a page that loads just this element carries no others.
addTranslations('sr-Cyrl', sharedStrings);
addTranslations('sr-Cyrl', elementStrings);
safeDefine('hf-action-card', HfActionCard);

export {HfActionCard};
export {actionStatusOn} from './components/action-card/action-card.js';
export type {ActionStatus} from './components/action-card/action-card.js';
