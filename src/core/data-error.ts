/**
 * Every problem with an element's data is one of these codes, with the path of the offending
 * field (`hotlines[2].number`) where there is one. The codes are public: `hf-error` carries them.
 */
export type DataErrorCode =
  | 'invalid-json'
  | 'fetch-failed'
  | 'http-error'
  | 'not-json'
  | 'wrong-type'
  | 'missing-field'
  | 'unsafe-url'
  | 'invalid-number'
  | 'negative-amount'
  | 'shares-sum'
  | 'invalid-format'
  | 'too-many';

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
