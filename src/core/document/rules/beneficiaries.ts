/**
 * The beneficiaries part. The limits are what a real action needs with room to spare; they also
 * bound the work a list does, so that a document cannot keep the page busy (and quick exit
 * waiting) for long.
 */
import {array, object, stepsOf, stepwise, text, url, type Shape} from '../schema.js';
import {id, telLinkShowsItsNumber} from './common.js';

export const MAX_GROUPS = 20;
export const MAX_MEMBERS = 5000;

const member = object(
  {name: text({maxLength: 500}), note: text({maxLength: 500}), url: url()},
  ['name'],
  telLinkShowsItsNumber('name', 'note'),
);
const group = object({id, label: text({maxLength: 200}), members: array(member, {maxItems: MAX_MEMBERS})}, ['id', 'label', 'members']);
const groups = array(group, {maxItems: MAX_GROUPS});

/** The members of every group, counted before any is checked (0 when the groups are malformed). */
function memberCount(value: unknown): number {
  if (!Array.isArray(value) || value.length > MAX_GROUPS) return 0;
  return value.reduce((sum: number, item: unknown) => {
    const members = (item as {members?: unknown} | null)?.members;
    return sum + (Array.isArray(members) ? members.length : 0);
  }, 0);
}

/** The groups, and at most MAX_MEMBERS members across all of them (refused before checking 100,000). */
const beneficiaries = stepwise(groups.spec, function* (value, path, issues) {
  const total = memberCount(value);
  if (total > MAX_MEMBERS) {
    issues.add('too-many', path, `${path} has ${total} members in all; at most ${MAX_MEMBERS} are allowed`);
    return;
  }
  yield* stepsOf(groups, value, path, issues);
});

export const beneficiariesShape: Shape = {beneficiaries};
