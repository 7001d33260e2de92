/**
 * Every problem with an element's data is one of these codes, with the path of the offending
 * field (`hotlines[2].number`) where there is one. The codes are public: `hf-error` carries them.
 * `internal` is the one code that is not about the data: a bug of ours, also logged with
 * `console.error`.
 */
export type DataErrorCode =
  // Getting the document
  | 'invalid-json'
  | 'fetch-failed'
  | 'http-error'
  | 'not-json'
  | 'timeout'
  | 'too-large'
  | 'redirected'
  // Its content
  | 'wrong-type'
  | 'missing-field'
  | 'unsafe-url'
  | 'invalid-number'
  | 'negative-amount'
  | 'shares-sum'
  | 'invalid-format'
  | 'invalid-date'
  | 'hidden-characters'
  | 'number-mismatch'
  | 'too-many'
  // Not the data's fault
  | 'internal';

/** One problem found by the validator. */
export interface DataIssue {
  code: DataErrorCode;
  /** Path of the field in the action document, `''` for the document itself. */
  path: string;
  /** English, for developers; the element shows a localized message instead. */
  message: string;
}

/** The detail of an `hf-error` event. */
export interface HfErrorDetail extends DataIssue {
  /** Every problem found, the first one being the one above (at most 20). */
  issues: DataIssue[];
}

export class DataError extends Error {
  readonly code: DataErrorCode;
  readonly path: string;
  readonly issues: DataIssue[];

  constructor(issues: DataIssue[]) {
    super(issues[0].message);
    this.name = 'DataError';
    this.code = issues[0].code;
    this.path = issues[0].path;
    this.issues = issues;
  }

  static single(code: DataErrorCode, path: string, message: string): DataError {
    return new DataError([{code, path, message}]);
  }

  toDetail(): HfErrorDetail {
    return {code: this.code, path: this.path, message: this.message, issues: this.issues};
  }
}
