/**
 * A reader sees `display` and their phone dials `number`: the two must be one number. Allowed
 * differences are only how people write it: spaces and punctuation, the international prefix
 * (`+` or `00`), and the trunk 0 that replaces the country code inside the country
 * (`011 785 0000` is `+381 11 785 0000`, also written `+381 (0)11 785 0000`).
 */
export function displayMatchesNumber(display: string, number: string): boolean {
  const dialled = number.replace(/^\+/, '');
  const shown = display.replace(/\(0\)/g, '').replace(/\D/g, '').replace(/^00/, '');
  if (shown === dialled) return true;
  if (!number.startsWith('+') || !shown.startsWith('0')) return false;
  // Without its trunk 0, the national form is the dialled number less a 1–3 digit country code.
  const national = shown.slice(1);
  const countryCodeLength = dialled.length - national.length;
  return countryCodeLength >= 1 && countryCodeLength <= 3 && dialled.endsWith(national);
}
