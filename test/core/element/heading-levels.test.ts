import {expect} from '@open-wc/testing';
import {headingLevels} from '../../../src/core/element/heading-levels.js';

describe('headingLevels', () => {
  it('uses a level from 2 to 6 as asked, and the next one (at most 6) for sections', () => {
    expect(headingLevels(2)).to.deep.equal([2, 3]);
    expect(headingLevels(5)).to.deep.equal([5, 6]);
    expect(headingLevels(6)).to.deep.equal([6, 6]);
  });

  it('gives 2 for anything outside 2 to 6 (level 1 is the page’s), and drops a fraction', () => {
    for (const requested of [1, 0, -3, 7, 42, Number.NaN]) expect(headingLevels(requested), String(requested)).to.deep.equal([2, 3]);
    expect(headingLevels(3.7)).to.deep.equal([3, 4]);
  });
});
