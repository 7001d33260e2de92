/**
 * The whole library: importing it defines every element. `dist/hf-widgets.js` is this module
 * bundled with Lit, every locale and the default action.
 */
export * from './hf-hotline-banner.js';
export * from './hf-action-card.js';
export * from './hf-budget-breakdown.js';
export * from './hf-beneficiary-list.js';
export * from './locale.js';
export {defaultAction} from './core/document/default-action.js';
export {validateAction} from './core/document/action-schema.js';
export {localizedText} from './i18n/localized-text.js';
export {cyrillicToLatin} from './i18n/transliterate.js';
export {VERSION} from './core/element/define.js';
export type * from './core/document/action-types.js';
export type {HfErrorDetail, DataErrorCode, DataIssue} from './core/loading/data-error.js';
export type * from './core/element/events.js';
