/** Serbia's country calling code: a number written the national way (`011 …`) is a Serbian one. */
const SERBIA = '381';

/**
 * A reader sees `display` and their phone dials `number`: the two must be one number. Allowed
 * differences are only how people write it: spaces and punctuation, the international prefix
 * (`+` or `00`) before the country code, and Serbia's trunk 0 in place of +381 (`011 785 0000`
 * is `+381 11 785 0000`, also written `+381 (0)11 785 0000`). A number of another country is
 * shown with its country code.
 */
export function displayMatchesNumber(display: string, number: string): boolean {
  const international = number.startsWith('+');
  const dialled = number.replace(/^\+/, '');
  let shown = display.replace(/\(0\)/g, '').replace(/\D/g, '');
  // "00" is the international prefix only before a country code; "00 192" is not 192.
  if (international && shown.startsWith('00')) shown = shown.slice(2);
  if (shown === dialled) return true;
  return international && /^0[1-9]/.test(shown) && dialled === SERBIA + shown.slice(1);
}
