import {expect} from '@open-wc/testing';
import type {BeneficiaryGroup} from '../../../src/core/document/action-types.js';
import {
  filterMembers,
  indexAll,
  indexMember,
  indexMembers,
  searchWords,
  type MemberView,
} from '../../../src/components/beneficiary-list/filter-members.js';

const groups: BeneficiaryGroup[] = [
  {
    id: 'public',
    label: {en: 'Public institutions', 'sr-Cyrl': 'Јавне институције'},
    members: [
      {name: {en: 'Ministry of Justice', 'sr-Cyrl': 'Министарство правде'}},
      {name: {en: 'Ombudsperson’s Office', 'sr-Cyrl': 'Заштитник грађана'}, url: 'https://example.org/'},
    ],
  },
  {id: 'empty', label: 'Empty', members: []},
  {id: 'ngo', label: 'Civil society', members: [{name: 'Udruženje „Đurđevak“', note: 'Roma children'}, {name: 'Удружење „Пример“'}]},
];

const names = (view: MemberView) => view.groups.map(({group, members}) => [group.id, members.map((member) => member.name)]);

describe('filter-members: indexing', () => {
  it('gives each member its text in the locale, its link, and a search key free of case, script and diacritics', () => {
    expect(
      indexMember({name: {en: 'Ministry', 'sr-Cyrl': 'Министарство правде'}, note: 'Ђорђе Čačak', url: 'https://example.org/'}, 'sr-Cyrl'),
    ).to.deep.equal({
      name: 'Министарство правде',
      nameLang: undefined,
      note: 'Ђорђе Čačak',
      noteLang: undefined,
      url: 'https://example.org/',
      key: 'ministarstvo pravde djordje cacak',
    });
    expect(indexMember({name: 'Министарство правде'}, 'sr-Latn').name).to.equal('Ministarstvo pravde');
  });

  it('splits a query into the same search words, whatever its spacing', () => {
    expect(searchWords('  ЗАШТИТНИК\tgrađana ')).to.deep.equal(['zastitnik', 'gradjana']);
    expect(searchWords('   ')).to.deep.equal([]);
  });

  it('indexes every group in document order, keeping empty ones and their positions', () => {
    const index = indexAll(groups, 'en');
    expect(index.complete).to.be.true;
    expect(index.groups.map((group) => [group.id, group.label, group.position, group.members.length])).to.deep.equal([
      ['public', 'Public institutions', 0, 2],
      ['empty', 'Empty', 1, 0],
      ['ngo', 'Civil society', 2, 2],
    ]);
  });

  it('yields the growing index every few members, so a caller can pause between slices', () => {
    const many: BeneficiaryGroup[] = [{id: 'all', label: 'All', members: Array.from({length: 100}, (_, i) => ({name: `Member ${i}`}))}];
    const steps = indexMembers(many, 'en');
    const sizes: number[] = [];
    for (let step = steps.next(); !step.done; step = steps.next()) {
      expect(step.value.complete).to.be.false;
      sizes.push(step.value.groups[0].members.length);
    }
    expect(sizes.length).to.be.greaterThan(3);
    expect(sizes).to.deep.equal([...sizes].sort((a, b) => a - b));
    expect(sizes.at(-1)).to.be.lessThan(100);
  });
});

describe('filter-members: the view', () => {
  const english = indexAll(groups, 'en');

  it('shows every group with members, and counts them, when nothing is searched', () => {
    const view = filterMembers(english);
    expect(names(view)).to.deep.equal([
      ['public', ['Ministry of Justice', 'Ombudsperson’s Office']],
      ['ngo', ['Udruženje „Đurđevak“', 'Удружење „Пример“']],
    ]);
    expect(view).to.include({total: 4, matches: 4, words: ''});
    expect(view.groups.map((group) => group.count)).to.deep.equal([2, 2]);
  });

  it('matches Latin input against Cyrillic names and the other way round', () => {
    expect(names(filterMembers(english, {query: 'primer'}))).to.deep.equal([['ngo', ['Удружење „Пример“']]]);
    expect(names(filterMembers(english, {query: 'ђурђевак'}))).to.deep.equal([['ngo', ['Udruženje „Đurđevak“']]]);
    const cyrillic = indexAll(groups, 'sr-Cyrl');
    expect(names(filterMembers(cyrillic, {query: 'ZASTITNIK'}))).to.deep.equal([['public', ['Заштитник грађана']]]);
  });

  it('ignores diacritics both ways and needs every word, in name or note, in any order', () => {
    expect(names(filterMembers(english, {query: 'djurdjevak'}))).to.have.length(1);
    expect(names(filterMembers(english, {query: 'udruzenje'}))).to.deep.equal([['ngo', ['Udruženje „Đurđevak“', 'Удружење „Пример“']]]);
    expect(names(filterMembers(english, {query: 'children udruzenje'}))).to.deep.equal([['ngo', ['Udruženje „Đurđevak“']]]);
    expect(names(filterMembers(english, {query: 'children ministry'}))).to.deep.equal([]);
  });

  it('counts matches against the total and drops groups without a match', () => {
    const view = filterMembers(english, {query: 'of'});
    expect(view).to.include({total: 4, matches: 2, words: 'of'});
    expect(view.groups.map((group) => [group.group.id, group.count])).to.deep.equal([['public', 2]]);
    expect(filterMembers(english, {query: 'xyzzy'})).to.include({matches: 0, total: 4});
  });

  it('keeps to the group asked for, and names a group the document lacks', () => {
    expect(names(filterMembers(english, {group: ' ngo ', query: 'of'}))).to.deep.equal([]);
    expect(filterMembers(english, {group: 'ngo'}).total).to.equal(2);
    const missing = filterMembers(english, {group: 'nope'});
    expect(missing).to.include({total: 0, unknownGroup: 'nope'});
    expect(filterMembers(english, {group: 'ngo'}).unknownGroup).to.equal(undefined);
  });

  it('returns the same view for the same index and search, and never changes the index', () => {
    const before = JSON.stringify(english);
    expect(filterMembers(english, {query: 'ministry'})).to.deep.equal(filterMembers(english, {query: 'MINISTRY '}));
    expect(JSON.stringify(english)).to.equal(before);
  });

  it('counts the whole document from a partial index, and refuses to search one', () => {
    const big: BeneficiaryGroup[] = [{id: 'all', label: 'All', members: Array.from({length: 100}, (_, i) => ({name: `Member ${i}`}))}];
    const partial = indexMembers(big, 'en').next().value;
    expect(partial.complete).to.be.false;
    const view = filterMembers(partial);
    expect(view.total).to.equal(100);
    expect(view.groups[0].count).to.equal(100);
    expect(view.groups[0].members.length).to.be.lessThan(100);
    expect(() => filterMembers(partial, {query: 'member'})).to.throw('not complete');
  });
});
