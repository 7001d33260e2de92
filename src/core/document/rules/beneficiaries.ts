/**
 * The beneficiaries part. The limits are what a real action needs with room to spare; they also
 * bound the work a list does, so that a document cannot keep the page busy (and quick exit
 * waiting) for long.
 */
import {array, object, text, url, type Rule, type Shape} from '../schema.js';
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

/** The groups, and at most MAX_MEMBERS members across all of them. */
const beneficiaries: Rule = {
  check(value, path, issues) {
    const before = issues.issues.length;
    groups.check(value, path, issues);
    if (issues.issues.length > before) return;
    const total = (value as {members: unknown[]}[]).reduce((sum, item) => sum + item.members.length, 0);
    if (total > MAX_MEMBERS) issues.add('too-many', path, `${path} has ${total} members in all; at most ${MAX_MEMBERS} are allowed`);
  },
  spec: groups.spec,
};

export const beneficiariesShape: Shape = {beneficiaries};
