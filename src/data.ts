/**
 * The action document alone (`hf-widgets/data`): the validator every element uses and the
 * default action, with their types. It registers no element and imports neither Lit nor a
 * locale, so a server, a build script or a form can check a document for a few kilobytes.
 * `validateAction` returns the document it was given once every rule holds, and otherwise throws
 * a `DataError` whose `issues` list each problem with its path and stable code.
 */
export {validateAction} from './core/document/action-schema.js';
export {defaultAction} from './core/document/default-action.js';
export {DataError} from './core/loading/data-error.js';
export type {DataErrorCode, DataIssue} from './core/loading/data-error.js';
export type * from './core/document/action-types.js';
