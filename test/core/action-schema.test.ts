import {expect} from '@open-wc/testing';
import {actionJsonSchema, validateAction} from '../../src/core/action-schema.js';
import {DataError} from '../../src/core/data-error.js';
import {defaultAction} from '../../src/core/default-action.js';

function issueOf(value: unknown, parts?: Parameters<typeof validateAction>[1]): {code: string; path: string} {
  try {
    validateAction(value, parts);
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    const {code, path} = error as DataError;
    return {code, path};
  }
  throw new Error('expected a DataError');
}

describe('validateAction', () => {
  it('accepts the default action and ignores unknown fields', () => {
    expect(validateAction(defaultAction)).to.equal(defaultAction);
    expect(() => validateAction({id: 'a', title: 'A', somethingNew: {deep: true}})).not.to.throw();
  });

  it('requires id and title', () => {
    expect(issueOf({title: 'A'})).to.deep.equal({code: 'missing-field', path: 'id'});
    expect(issueOf({id: 'a'})).to.deep.equal({code: 'missing-field', path: 'title'});
  });

  it('names the path of a wrong type, deep inside lists', () => {
    expect(issueOf({id: 'a', title: 'A', beneficiaries: [{id: 'g', label: 'G', members: [{name: 'ok'}, {name: 7}]}]})).to.deep.equal({
      code: 'wrong-type',
      path: 'beneficiaries[0].members[1].name',
    });
    expect(issueOf({id: 'a', title: {en: 'A', 'sr-Cyrl': null}})).to.deep.equal({code: 'wrong-type', path: 'title.sr-Cyrl'});
  });

  it('refuses unsafe URLs, including disguised ones', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      expect(issueOf({id: 'a', title: 'A', links: [{label: 'x', url}]}), url).to.deep.equal({code: 'unsafe-url', path: 'links[0].url'});
    }
    expect(() => validateAction({id: 'a', title: 'A', links: [{label: 'x', url: 'mailto:natco@mup.gov.rs'}, {label: 'y', url: '/relative'}]})).not.to.throw();
  });

  it('checks that funders’ shares sum to 1 within 0.005', () => {
    const programme = (shares: number[]) => ({id: 'a', title: 'A', programme: {name: 'P', funders: shares.map((share, i) => ({name: `F${i}`, share}))}});
    expect(issueOf(programme([0.85, 0.1]))).to.deep.equal({code: 'shares-sum', path: 'programme.funders'});
    expect(() => validateAction(programme([0.333, 0.333, 0.333]))).not.to.throw();
  });

  it('refuses negative and non-finite amounts', () => {
    expect(issueOf({id: 'a', title: 'A', budget: {amount: -1, currency: 'EUR'}})).to.deep.equal({code: 'negative-amount', path: 'budget.amount'});
    expect(issueOf({id: 'a', title: 'A', budget: {amount: Number.NaN, currency: 'EUR'}})).to.deep.equal({code: 'invalid-number', path: 'budget.amount'});
    expect(issueOf({id: 'a', title: 'A', budget: {amount: '1000', currency: 'EUR'}})).to.deep.equal({code: 'wrong-type', path: 'budget.amount'});
  });

  it('checks only the parts an element reads', () => {
    const badBudget = {id: 'a', title: 'A', budget: {amount: -1, currency: 'EUR'}, hotlines: []};
    expect(() => validateAction(badBudget, ['hotlines'])).not.to.throw();
    expect(issueOf(badBudget, ['budget']).code).to.equal('negative-amount');
  });

  it('lists several problems at once, at most 20', () => {
    try {
      validateAction({id: 'a', title: 'A', links: Array.from({length: 40}, () => ({label: 1, url: 'javascript:x'}))});
    } catch (error) {
      expect((error as DataError).issues).to.have.length(20);
    }
  });

  it('publishes a JSON Schema built from the same rules', () => {
    const schema = actionJsonSchema() as {required: string[]; properties: Record<string, {maxItems?: number; items?: {required?: string[]}}>};
    expect(schema.required).to.deep.equal(['id', 'title']);
    expect(schema.properties.hotlines.maxItems).to.equal(50);
    expect(schema.properties.hotlines.items!.required).to.include.members(['number', 'source', 'checked']);
  });
});
