/**
 * The hotlines part: what a banner shows and what a phone dials. Every text here is `strict`
 * (no invisible or direction-changing character), and what is shown must be what is dialled.
 */
import {array, boolean, either, object, string, text, type IssueList, type Shape} from '../schema.js';
import {displayMatchesNumber, numbersShown} from '../phone-number.js';
import {id, isoDate, textsOf} from './common.js';

/** The line's texts in its own words, which show no phone number but its own. */
const FREE_TEXTS = ['name', 'hours', 'audience', 'free'];

/** E.164 (`+381117850000`) or a national short code (`192`, `116000`): digits only, so `tel:` links stay plain. */
const phoneNumber = string({
  pattern: /^\+?[0-9]{3,15}$/,
  format: 'a phone number in E.164 form (+381117850000) or a short code (192)',
  maxLength: 16,
});

/** How people write a number: digits, spaces, +, -, /, . and parentheses, nothing else. */
const displayedNumber = string({
  pattern: /^[0-9+()\-/. \u00A0\u202F]+$/,
  format: 'a phone number written with digits, spaces, +, -, /, . or ( )',
  maxLength: 40,
  strict: true,
});

const hotline = object(
  {
    id,
    name: text({maxLength: 200, strict: true}),
    number: phoneNumber,
    display: displayedNumber,
    hours: text({maxLength: 200, strict: true}),
    // true, or the source's own words when it qualifies "free".
    free: either(boolean(), text({maxLength: 200, strict: true})),
    anonymous: boolean(),
    audience: text({maxLength: 300, strict: true}),
    source: string({maxLength: 2048, strict: true}),
    // Set only when a person confirmed the number live (json-schema.ts says so to data authors).
    checked: isoDate,
    showByDefault: boolean(),
  },
  ['id', 'name', 'number', 'display', 'source'],
  (value: Record<string, unknown>, path: string, issues: IssueList) => {
    const number = value.number as string;
    // A second number in the line's own words ("Busy? Call +381 60 111 2222") would be dialled
    // by hand, unchecked: the free texts may show the line's own number only.
    for (const field of FREE_TEXTS) {
      for (const {path: textPath, text: shown} of textsOf(value[field], `${path}.${field}`)) {
        const [other] = numbersShown(shown, number).others;
        if (other)
          issues.add('number-mismatch', textPath, `${textPath} shows the phone number ${other}, which is not this line's ${number}`);
      }
    }
    // "192 / 112" has the digits of 192112 but reads as two numbers; "011/785-0000" is one.
    if (/\s\/|\/\s/.test(value.display as string)) {
      issues.add('number-mismatch', `${path}.display`, `${path}.display "${String(value.display)}" reads as two numbers; show one`);
    } else if (!displayMatchesNumber(value.display as string, value.number as string)) {
      issues.add(
        'number-mismatch',
        `${path}.display`,
        `${path}.display "${String(value.display)}" is not the number ${String(value.number)} that is dialled`,
      );
    }
  },
);

export const hotlinesShape: Shape = {hotlines: array(hotline, {maxItems: 20})};
