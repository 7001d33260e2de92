/**
 * The beneficiary list's search, as pure functions: members are indexed once per document and
 * locale (display text and a search key that ignores case, script and diacritics), and a
 * query and a group choice turn an index into the view the list shows. No DOM, no element.
 */
import type {BeneficiaryGroup, BeneficiaryMember} from '../../core/document/action-types.js';
import type {SupportedLocale} from '../../i18n/locale.js';
import {pickText} from '../../i18n/localized-text.js';
import {searchKey} from '../../i18n/transliterate.js';

/** A member's text in one locale, with its search key. */
export interface IndexedMember {
  name: string;
  note: string;
  /** The `lang` of a name or note shown in a fallback language (localized-text.ts). */
  nameLang?: string;
  noteLang?: string;
  url?: string;
  /** Search words of name and note (see `searchWords`), joined by single spaces. */
  key: string;
}

export interface IndexedGroup {
  id: string;
  label: string;
  /** The label's `lang` when it is shown in a fallback language. */
  labelLang?: string;
  /** Position in the document, for unique element ids (group ids need not be unique). */
  position: number;
  /** The members indexed so far, in document order. */
  members: IndexedMember[];
}

export interface MemberIndex {
  source: readonly BeneficiaryGroup[];
  locale: SupportedLocale;
  groups: IndexedGroup[];
  /** False while `indexMembers` is still adding members. */
  complete: boolean;
}

/** One group on show, with the members the view holds for it. */
export interface GroupView {
  group: IndexedGroup;
  members: IndexedMember[];
  /** How many members the group shows once indexing is complete: all of them, or its matches. */
  count: number;
}

/** What the list shows for one index, group choice and query. */
export interface MemberView {
  groups: GroupView[];
  /** Members in the chosen groups, before the search. */
  total: number;
  /** Members that match the search (`total` when there is none). */
  matches: number;
  /** The search words applied, joined by spaces; `''` when nothing narrows the list. */
  words: string;
  /** The `group` asked for when the document has no group with that id. */
  unknownGroup?: string;
}

/** Members indexed between two yields of `indexMembers`: short enough to check a clock often. */
const INDEX_SLICE = 16;

/** Splits text into search words: lower case, Latin script, no diacritics ("Ђорђе" → "djordje"). */
export function searchWords(text: string): string[] {
  return searchKey(text).split(/\s+/).filter(Boolean);
}

export function indexMember(member: BeneficiaryMember, locale: SupportedLocale): IndexedMember {
  const {text: name, lang: nameLang} = pickText(member.name, locale);
  const {text: note, lang: noteLang} = pickText(member.note, locale);
  return {name, note, nameLang, noteLang, url: member.url, key: searchWords(note ? `${name} ${note}` : name).join(' ')};
}

/**
 * Indexes a document's members, yielding the growing index every few members so that a caller
 * can give the event loop a turn: long names transliterated for thousands of members take far
 * longer than a frame. Returns the complete index.
 */
export function* indexMembers(source: readonly BeneficiaryGroup[], locale: SupportedLocale): Generator<MemberIndex, MemberIndex, void> {
  const groups = source.map((group, position) => {
    const {text: label, lang: labelLang} = pickText(group.label, locale);
    return {id: group.id, label, labelLang, position, members: [] as IndexedMember[]};
  });
  const index: MemberIndex = {source, locale, groups, complete: false};
  let sinceYield = 0;
  for (const group of groups) {
    for (const member of source[group.position].members) {
      group.members.push(indexMember(member, locale));
      if (++sinceYield === INDEX_SLICE) {
        sinceYield = 0;
        yield index;
      }
    }
  }
  index.complete = true;
  return index;
}

/** The whole index at once, for small documents and callers that need not yield. */
export function indexAll(source: readonly BeneficiaryGroup[], locale: SupportedLocale): MemberIndex {
  const steps = indexMembers(source, locale);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** True when every search word occurs in the member's name or note. */
function matchesAll(member: IndexedMember, words: readonly string[]): boolean {
  return words.every((word) => member.key.includes(word));
}

/**
 * The view of an index: the groups `group` chooses (all when absent), without those that have
 * no members, and, for a query, only the members that contain every one of its words and the
 * groups that keep any. A query on an incomplete index is an error of the caller's: it would
 * miss members not indexed yet.
 */
export function filterMembers(index: MemberIndex, options: {group?: string; query?: string} = {}): MemberView {
  const wanted = options.group?.trim();
  const words = searchWords(options.query ?? '');
  if (words.length > 0 && !index.complete) throw new Error('filterMembers: the index is not complete');
  const chosen = wanted ? index.groups.filter((group) => group.id === wanted) : index.groups;
  const groups: GroupView[] = [];
  let total = 0;
  let matches = 0;
  for (const group of chosen) {
    const size = index.source[group.position].members.length;
    if (size === 0) continue;
    total += size;
    if (words.length === 0) {
      groups.push({group, members: group.members, count: size});
      continue;
    }
    const members = group.members.filter((member) => matchesAll(member, words));
    matches += members.length;
    if (members.length > 0) groups.push({group, members, count: members.length});
  }
  return {
    groups,
    total,
    matches: words.length === 0 ? total : matches,
    words: words.join(' '),
    unknownGroup: wanted && chosen.length === 0 ? wanted : undefined,
  };
}
