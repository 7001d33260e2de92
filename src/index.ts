/**
 * The whole library, as the npm package's main entry: importing it defines every element. The
 * drop-in `dist/hf-widgets.js` is built from src/hf-widgets.ts instead, which exports the same
 * but `validateAction` (take it from `hf-widgets/data` or `dist/hf-widgets-data.js`).
 */
export * from './all-elements.js';
export {validateAction} from './core/document/action-schema.js';
export type * from './core/document/action-types.js';
export type {HfErrorDetail, DataErrorCode, DataIssue} from './core/loading/data-error.js';
export type * from './core/element/events.js';
