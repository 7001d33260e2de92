/**
 * What an element needs only when a page gives it data (`data`, inline JSON, `src`): the
 * validator and the loading of a `src`. The document controller imports this module on the first
 * such load, so a page that shows the built-in default data never fetches it (in the drop-in
 * files it is a chunk of its own: dist/chunks/data-loading-*.js). The default data is checked
 * when the library is built instead (scripts/lib/check-default-data.mjs).
 */
import {DataError} from './data-error.js';

export {PendingValidation, validateDocumentSoon} from '../document/validate-document.js';
export {requestActionJson} from './load-action.js';

/** Parses an inline `<script type="application/json">`'s text. */
export function parseInlineJson(text: string): unknown {
  try {
    // A byte-order mark, as an editor may save it, is no error: a `src` answer loses it in decoding.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw DataError.single('invalid-json', '', `The inline JSON is not valid: ${(error as Error).message}`);
  }
}
