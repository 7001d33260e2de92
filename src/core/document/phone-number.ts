/** Serbia's country calling code: a number written the national way (`011 …`) is a Serbian one. */
const SERBIA = '381';

/**
 * `+381 (0)11 …`: the trunk 0 in parentheses, allowed only right after the international prefix
 * and country code. Anywhere else `(0)` is a digit a reader dials: `1(0)92` is 1092, not 192.
 */
const TRUNK_AFTER_COUNTRY_CODE = /^\s*(?:\+|00)\s*(\d{1,3})\s*\(0\)/;

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
  const trunk = TRUNK_AFTER_COUNTRY_CODE.exec(display);
  const written = trunk && international && dialled.startsWith(trunk[1]) ? display.replace('(0)', '') : display;
  let shown = written.replace(/\D/g, '');
  // "00" is the international prefix only before a country code; "00 192" is not 192.
  if (international && shown.startsWith('00')) shown = shown.slice(2);
  if (shown === dialled) return true;
  return international && /^0[1-9]/.test(shown) && dialled === SERBIA + shown.slice(1);
}

/**
 * The number a `tel:` URL dials (`+381117850000`), or undefined when it dials anything but a
 * plain number: service codes (`*21*…#`, also percent-encoded), pauses and post-dial digits
 * (`,` `;postd=`), parameters, letters. Visual separators (`-` `.` `(` `)` and spaces) are allowed
 * and dropped, as a phone drops them.
 */
export function telNumber(url: string): string | undefined {
  let target: string;
  try {
    // The URL parser strips what a browser strips (tabs, newlines, outer spaces) before dialling.
    const parsed = new URL(url);
    if (parsed.protocol !== 'tel:') return undefined;
    target = decodeURIComponent(parsed.href.slice('tel:'.length));
  } catch {
    return undefined;
  }
  if (!/^\+?[0-9][0-9 .\-()]*$/.test(target)) return undefined;
  const number = target.replace(/[ .\-()]/g, '');
  return /^\+?[0-9]{3,15}$/.test(number) ? number : undefined;
}

/** True for a `tel:` URL (any spelling the URL parser accepts). */
export function isTelUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'tel:';
  } catch {
    return false;
  }
}

/**
 * Figures in text that a reader does not take for a phone number, set aside before looking for
 * one: times (`09.00`, `8:30`), dates (`2024-01-31`, `1. 1. 2024.`) and year ranges
 * (`2023-2025`, `2024/25`). Hyphens and dots join the digits of a phone number too.
 */
const NOT_PHONE_NUMBERS = [
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b\.?/g,
  /\b(?:1[89]|2[01])\d{2}\s?[-–/]\s?(?:(?:1[89]|2[01])\d{2}|\d{2})\b/g,
  /\b(?:[01]?\d|2[0-4])[:.][0-5]\d\b/g,
];

/** A run of digits joined the ways a phone number is written: spaces, dashes, `_`, `/`, `.`, `( )`, a leading `+`. */
const DIGIT_RUN = /\+?\d(?:[\d \u00A0\u202F\-\u2010-\u2015\u2212_/.()]*\d)?/g;

/** Digits other than 0–9 (Arabic-Indic, fullwidth…): a number written in them is not checked, so it counts as another. */
const OTHER_DIGITS = /(?:(?![0-9])\p{Nd})+/u;

/**
 * A phone number in running text has at least this many digits. Shorter runs are everyday
 * figures (`24/7`, `2024`, `08–20 h`): a three-digit short code (192) is not taken for a phone
 * number in running text, though a link's own number is found in its label however short.
 */
const MIN_PHONE_DIGITS = 5;

const digitCount = (text: string): number => text.replace(/\D/g, '').length;

/**
 * What a reader sees in `text` against `number`: whether it shows `number`, and the phone numbers
 * it shows besides. One run of digits may hold both (`011 785 0000 (24/7)`, `192 / 011 785 0000`):
 * where part of a run is the number, the digits before and after it are judged on their own.
 */
export function numbersShown(shownText: string, number: string): {showsNumber: boolean; others: string[]} {
  const text = asReadersReadIt(shownText);
  const runsIn = (part: string): string[] => part.match(DIGIT_RUN) ?? [];
  const pending = runsIn(NOT_PHONE_NUMBERS.reduce((rest, figure) => rest.replace(figure, ' _ '), text));
  let showsNumber = false;
  const others: string[] = [];
  const foreign = OTHER_DIGITS.exec(text);
  if (foreign) others.push(foreign[0]);
  for (let run = pending.pop(); run !== undefined; run = pending.pop()) {
    const groups = [...run.matchAll(/\d+/g)].map((group) => ({start: group.index, end: group.index + group[0].length}));
    const found = sliceShowing(run, groups, number);
    if (found) {
      showsNumber = true;
      pending.push(...runsIn(run.slice(0, groups[found.first].start)), ...runsIn(run.slice(groups[found.last].end)));
    } else if (digitCount(run) >= MIN_PHONE_DIGITS) {
      others.push(run);
    }
  }
  return {showsNumber, others};
}

/** Letters that a reader takes for digits when they stand among digits ("O6O lll 2222"). */
const LOOKALIKE_DIGITS: Record<string, string> = {O: '0', o: '0', l: '1', I: '1', '|': '1'};
const DIGITS_OR_LOOKALIKES = /^[0-9OolI|+\-\u2010-\u2015\u2212.()/_]+$/;

/**
 * `text` as a reader reads its figures, so that a second number cannot slip past in a form the
 * checks above do not know: compatibility forms become plain (fullwidth and superscript digits,
 * thin, figure and ideographic spaces), invisible characters go (soft hyphens, zero-width
 * joiners: they split nothing on screen), a comma or dot-like mark between digits is a gap, and a
 * word of digits and look-alike letters is read as digits.
 */
function asReadersReadIt(text: string): string {
  const plain = text
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .replace(/\p{Zs}/gu, ' ')
    .replace(/(\d)[,·•‧∙](?=\d)/g, '$1 ');
  const words = plain.split(/(\s+)/);
  const numeric = (word: string | undefined) => word !== undefined && DIGITS_OR_LOOKALIKES.test(word);
  const withDigit = (word: string | undefined) => numeric(word) && /\d/.test(word!);
  return words
    .map((word, index) =>
      numeric(word) && (withDigit(word) || withDigit(words[index - 2]) || withDigit(words[index + 2]))
        ? word.replace(/[OolI|]/g, (letter) => LOOKALIKE_DIGITS[letter])
        : word,
    )
    .join('');
}

/** A number shown with its international prefix and trunk 0 has at most this many digits (E.164: 15). */
const MAX_SHOWN_DIGITS = 18;

/** The groups `first`…`last` of a run that, read alone, are `number`; the longest such slice. */
function sliceShowing(run: string, groups: {start: number; end: number}[], number: string): {first: number; last: number} | undefined {
  let best: {first: number; last: number} | undefined;
  for (let first = 0; first < groups.length; first++) {
    let digits = 0;
    for (let last = first; last < groups.length; last++) {
      digits += groups[last].end - groups[last].start;
      if (digits > MAX_SHOWN_DIGITS) break;
      // From the run's start when the slice starts there, so that a leading + is kept.
      const shown = run.slice(first === 0 ? 0 : groups[first].start, groups[last].end);
      if (displayMatchesNumber(shown, number) && (!best || last - first > best.last - best.first)) best = {first, last};
    }
  }
  return best;
}
