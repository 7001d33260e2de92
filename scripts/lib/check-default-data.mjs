// The built-in default data is shown without being validated at run time (a page that gives no
// data never loads the validator: src/core/loading/document-controller.ts), so the build checks
// it instead: every rule of the whole action document, which each element's default is a part of.
// rollup.config.mjs runs this before building and fails on any issue.
import {importTs} from './import-ts.mjs';

/**
 * The issues the validator finds in the default action of `entry` (a module exporting
 * `validateAction` and `defaultAction`, as src/data.ts does): `path: message (code)` lines, none
 * when it is valid.
 */
export async function defaultDataIssues(entry = 'src/data.ts') {
  const {validateAction, defaultAction, DataError} = await importTs(entry);
  try {
    validateAction(defaultAction);
    return [];
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.issues.map((issue) => `${issue.path || '(document)'}: ${issue.message} (${issue.code})`);
  }
}

/** A Rollup plugin that fails the build when the default data breaks a rule of the validator. */
export function checkDefaultData(entry) {
  return {
    name: 'check-default-data',
    async buildStart() {
      const issues = await defaultDataIssues(entry);
      if (issues.length) this.error(`The built-in default data is not valid:\n  ${issues.join('\n  ')}`);
    },
  };
}
