/** One localized line for each data error code, shown in an element's error state. */
import {msg} from '@lit/localize';
import type {DataErrorCode} from './data-error.js';

export function dataErrorMessage(code: DataErrorCode): string {
  switch (code) {
    case 'invalid-json':
      return msg('The data is not valid JSON.', {id: 'error-invalid-json'});
    case 'fetch-failed':
      return msg('The data could not be downloaded.', {id: 'error-fetch-failed'});
    case 'http-error':
      return msg('The data server answered with an error.', {id: 'error-http'});
    case 'not-json':
      return msg('The data server did not return JSON.', {id: 'error-not-json'});
    case 'timeout':
      return msg('The data server did not answer in time.', {id: 'error-timeout'});
    case 'too-large':
      return msg('The data is too large.', {id: 'error-too-large'});
    case 'redirected':
      return msg('The data server sent the request to another site.', {id: 'error-redirected'});
    case 'wrong-type':
      return msg('A field has the wrong type.', {id: 'error-wrong-type'});
    case 'missing-field':
      return msg('A required field is missing.', {id: 'error-missing-field'});
    case 'unsafe-url':
      return msg('A link uses an address that is not allowed.', {id: 'error-unsafe-url'});
    case 'invalid-number':
      return msg('A number is not valid.', {id: 'error-invalid-number'});
    case 'negative-amount':
      return msg('An amount is negative.', {id: 'error-negative-amount'});
    case 'shares-sum':
      return msg('The funders’ shares do not add up to 100%.', {id: 'error-shares-sum'});
    case 'invalid-format':
      return msg('A field is not in the expected form.', {id: 'error-invalid-format'});
    case 'invalid-date':
      return msg('A date does not exist.', {id: 'error-invalid-date'});
    case 'hidden-characters':
      return msg('A text contains invisible characters.', {id: 'error-hidden-characters'});
    case 'number-mismatch':
      return msg('A phone number is shown differently from the number dialled.', {id: 'error-number-mismatch'});
    case 'too-many':
      return msg('A list or text is too long.', {id: 'error-too-many'});
    case 'internal':
      return msg('An error in the widget itself.', {id: 'error-internal'});
  }
}
