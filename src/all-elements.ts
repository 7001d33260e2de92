/**
 * Every element defined, with the locale API and the helpers pages use: the body of the npm
 * entry (src/index.ts, which adds the validator) and what the drop-in bundle loads once the way
 * out is armed (src/hf-widgets.ts). No validator here: the elements load it with the first data
 * a page gives them, so a page of default elements never fetches it.
 */
export * from './hf-hotline-banner.js';
export * from './hf-action-card.js';
export * from './hf-budget-breakdown.js';
export * from './hf-beneficiary-list.js';
export * from './locale.js';
export {defaultAction} from './core/document/default-action.js';
export {localizedText} from './i18n/localized-text.js';
export {cyrillicToLatin} from './i18n/transliterate.js';
export {VERSION} from './core/element/define.js';
