import {expect} from '@open-wc/testing';
import {validateAction, validateDocument} from '../../../src/core/document/action-schema.js';
import {actionJsonSchema} from '../../../src/core/document/json-schema.js';
import {DataError} from '../../../src/core/loading/data-error.js';
import {defaultAction} from '../../../src/core/document/default-action.js';
import {displayMatchesNumber} from '../../../src/core/document/phone-number.js';
import {beneficiariesShape} from '../../../src/core/document/rules/beneficiaries.js';
import {budgetShape} from '../../../src/core/document/rules/budget.js';
import {overviewShape} from '../../../src/core/document/rules/overview.js';
import {hotlinesShape} from '../../../src/core/document/rules/hotlines.js';
import type {Shape} from '../../../src/core/document/schema.js';

/** The DataError that validating `value` throws; fails the test when nothing is thrown. */
function errorOf(value: unknown, shape?: Shape): DataError {
  let thrown: unknown;
  try {
    if (shape) validateDocument(value, shape);
    else validateAction(value);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'a DataError').to.be.instanceOf(DataError);
  return thrown as DataError;
}

function issueOf(value: unknown, shape?: Shape): {code: string; path: string} {
  const {code, path} = errorOf(value, shape);
  return {code, path};
}

const line = (fields: Record<string, unknown>) => ({
  id: 'a',
  title: 'A',
  hotlines: [{id: 'x', name: 'X', number: '+381117850000', display: '011 785 0000', source: 's', ...fields}],
});

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
    expect(() =>
      validateAction({
        id: 'a',
        title: 'A',
        links: [
          {label: 'x', url: 'mailto:natco@mup.gov.rs'},
          {label: 'y', url: '/relative'},
        ],
      }),
    ).not.to.throw();
  });

  it('checks that funders’ shares sum to 1 within 0.005', () => {
    const programme = (shares: number[]) => ({
      id: 'a',
      title: 'A',
      programme: {name: 'P', funders: shares.map((share, i) => ({name: `F${i}`, share}))},
    });
    expect(issueOf(programme([0.85, 0.1]))).to.deep.equal({code: 'shares-sum', path: 'programme.funders'});
    expect(() => validateAction(programme([0.333, 0.333, 0.333]))).not.to.throw();
  });

  it('refuses negative, -0, non-finite and absurdly large amounts', () => {
    const budget = (amount: unknown) => ({id: 'a', title: 'A', budget: {amount, currency: 'EUR'}});
    expect(issueOf(budget(-1))).to.deep.equal({code: 'negative-amount', path: 'budget.amount'});
    expect(issueOf(budget(-0))).to.deep.equal({code: 'invalid-number', path: 'budget.amount'});
    expect(issueOf(budget(Number.NaN))).to.deep.equal({code: 'invalid-number', path: 'budget.amount'});
    expect(issueOf(budget(1e308))).to.deep.equal({code: 'invalid-number', path: 'budget.amount'});
    expect(issueOf({id: 'a', title: 'A', budget: {amount: 1, currency: 'EUR', lines: [{label: 'x', amount: 1e308}]}})).to.deep.equal({
      code: 'invalid-number',
      path: 'budget.lines[0].amount',
    });
    expect(issueOf(budget('1000'))).to.deep.equal({code: 'wrong-type', path: 'budget.amount'});
    expect(() => validateAction(budget(0))).not.to.throw();
  });

  it('refuses dates that do not exist or lie outside 1900–2199, and periods that end before they start', () => {
    const period = (start: string, end: string) => ({id: 'a', title: 'A', period: {start, end}});
    for (const date of ['2023-13-45', '2023-02-29', '2023-04-31', '2023-00', '0001-01-01', '2300']) {
      expect(issueOf(period(date, '2026')), date).to.deep.equal({code: 'invalid-date', path: 'period.start'});
    }
    expect(issueOf(period('2026', '2023'))).to.deep.equal({code: 'invalid-date', path: 'period.end'});
    expect(issueOf(period('2023-06-02', '2023-06-01'))).to.deep.equal({code: 'invalid-date', path: 'period.end'});
    for (const [start, end] of [
      ['2024-02-29', '2024-03'],
      ['2023-06', '2023'],
      ['2023', '2023-01-31'],
      ['2023', '2026'],
    ]) {
      expect(() => validateAction(period(start, end)), `${start}–${end}`).not.to.throw();
    }
  });

  it('checks only the parts an element reads', () => {
    const badBudget = {id: 'a', title: 'A', budget: {amount: -1, currency: 'EUR'}, hotlines: []};
    expect(() => validateDocument(badBudget, hotlinesShape)).not.to.throw();
    expect(issueOf(badBudget, budgetShape).code).to.equal('negative-amount');
  });

  it('lists several problems at once, at most 20', () => {
    const error = errorOf({id: 'a', title: 'A', links: Array.from({length: 40}, () => ({label: 1, url: 'javascript:x'}))});
    expect(error.issues).to.have.length(20);
  });

  it('turns a data object that throws while read into a data error', () => {
    const hostile = {
      id: 'a',
      get title(): string {
        throw new Error('boom');
      },
    };
    expect(issueOf(hostile)).to.deep.equal({code: 'wrong-type', path: ''});
  });

  it('checks and publishes every field of every part, in the contract’s order', () => {
    const schema = actionJsonSchema() as {properties: Record<string, unknown>};
    const parts = [overviewShape, budgetShape, beneficiariesShape, hotlinesShape].flatMap((shape) => Object.keys(shape));
    expect(Object.keys(schema.properties).sort()).to.deep.equal(['id', 'title', ...parts].sort());
    expect(Object.keys(schema.properties).slice(0, 6)).to.deep.equal(['id', 'title', 'summary', 'goal', 'country', 'period']);
  });

  it('publishes a JSON Schema built from the same rules', () => {
    const schema = actionJsonSchema() as {
      required: string[];
      properties: Record<string, {maxItems?: number; items?: {required?: string[]}}>;
    };
    expect(schema.required).to.deep.equal(['id', 'title']);
    expect(schema.properties.hotlines.maxItems).to.equal(20);
    expect(schema.properties.hotlines.items!.required).to.include.members(['number', 'display', 'source']);
    expect(schema.properties.hotlines.items!.required).not.to.include('checked');
  });
});

describe('validateAction: what a banner shows is what a phone dials', () => {
  it('accepts a hotline without a checked date', () => {
    expect(() => validateAction(line({}))).not.to.throw();
  });

  it('refuses a display that reads as two numbers, though its digits are the one dialled', () => {
    expect(issueOf(line({number: '192112', display: '192 / 112'}))).to.deep.equal({code: 'number-mismatch', path: 'hotlines[0].display'});
    expect(issueOf(line({number: '192112', display: '192/ 112'}))).to.deep.equal({code: 'number-mismatch', path: 'hotlines[0].display'});
    expect(() => validateAction(line({number: '+381117850000', display: '011/785-0000'}))).not.to.throw();
  });

  it('refuses a display whose digits are another number', () => {
    expect(issueOf(line({number: '+381600000000'}))).to.deep.equal({code: 'number-mismatch', path: 'hotlines[0].display'});
    expect(issueOf(line({number: '192', display: '193'}))).to.deep.equal({code: 'number-mismatch', path: 'hotlines[0].display'});
    expect(issueOf(line({display: '011 785 000'}))).to.deep.equal({code: 'number-mismatch', path: 'hotlines[0].display'});
  });

  it('refuses the right-to-left trick that shows one number and dials another', () => {
    expect(issueOf(line({number: '+381600000000', display: '\u202E0000 587 110'}))).to.deep.equal({
      code: 'hidden-characters',
      path: 'hotlines[0].display',
    });
  });

  it('refuses digits of other scripts in a hotline’s text, which could pass a second number', () => {
    expect(issueOf(line({name: {en: 'ASTRA ٠١١ ٧٨٥ ٠٠٠٠'}}))).to.deep.equal({code: 'invalid-format', path: 'hotlines[0].name.en'});
    expect(issueOf(line({display: '０１１ ７８５ ００００'}))).to.have.property('path', 'hotlines[0].display');
  });

  it('refuses letters and other characters in a displayed number', () => {
    expect(issueOf(line({display: '011 785 0000 call'}))).to.deep.equal({code: 'invalid-format', path: 'hotlines[0].display'});
  });

  it('refuses direction-changing and invisible characters in every text a banner shows', () => {
    for (const character of ['\u202E', '\u2066', '\u200F', '\u200B', '\u200D', '\u2060', '\uFEFF', '\u00AD']) {
      for (const field of ['name', 'hours', 'audience', 'source']) {
        const value = field === 'source' ? `astra.rs${character}` : {en: `Line${character}`};
        expect(issueOf(line({[field]: value})), `${field} U+${character.codePointAt(0)!.toString(16)}`).to.have.property(
          'code',
          'hidden-characters',
        );
      }
    }
  });

  it('refuses direction controls in any other text too', () => {
    expect(issueOf({id: 'a', title: 'Safe\u202Eefas'})).to.deep.equal({code: 'hidden-characters', path: 'title'});
    expect(issueOf({id: 'a', title: 'A', links: [{label: {en: 'x\u2067'}, url: '/x'}]})).to.deep.equal({
      code: 'hidden-characters',
      path: 'links[0].label.en',
    });
  });

  it('allows the ways people write the same number', () => {
    const same: [string, string][] = [
      ['+381117850000', '011 785 0000'],
      ['+381117850000', '+381 11 785 0000'],
      ['+381117850000', '+381 (0)11 785 0000'],
      ['+381117850000', '00381 11 785 0000'],
      ['+381117850000', '011/785-0000'],
      ['116000', '116 000'],
      ['192', '192'],
      ['+381800100388', '0800 100 388'],
    ];
    for (const [number, display] of same) expect(displayMatchesNumber(display, number), `${display} = ${number}`).to.be.true;
    const different: [string, string][] = [
      ['+381117850000', '011 785 0001'],
      ['+381117850000', '11 785 0000 0'],
      ['192', '0192'],
      ['+381600000000', '011 785 0000'],
      ['+381117850000', '0117850000 1'],
      // A national (trunk 0) form is a Serbian number: it cannot stand for another country's.
      ['+44117850000', '011 785 0000'],
      ['+1117850000', '011 785 0000'],
      ['+7192', '0192'],
      // "00" is an international prefix only before a country code.
      ['192', '00 192'],
    ];
    for (const [number, display] of different) expect(displayMatchesNumber(display, number), `${display} ≠ ${number}`).to.be.false;
  });
});

describe('validateAction: limits that keep a page responsive', () => {
  const members = (count: number) => Array.from({length: count}, (_, i) => ({name: `M${i}`}));
  const groups = (count: number, each: number) =>
    Array.from({length: count}, (_, i) => ({id: `g${i}`, label: `G${i}`, members: members(each)}));

  it('allows 20 groups and 5,000 members in all', () => {
    expect(() => validateAction({id: 'a', title: 'A', beneficiaries: groups(20, 250)})).not.to.throw();
    expect(() => validateAction({id: 'a', title: 'A', beneficiaries: groups(1, 5000)})).not.to.throw();
  });

  it('refuses more groups, more members in all, and over-long names', () => {
    expect(issueOf({id: 'a', title: 'A', beneficiaries: groups(21, 1)})).to.deep.equal({code: 'too-many', path: 'beneficiaries'});
    expect(issueOf({id: 'a', title: 'A', beneficiaries: groups(2, 2501)})).to.deep.equal({code: 'too-many', path: 'beneficiaries'});
    expect(issueOf({id: 'a', title: 'A', beneficiaries: [{id: 'g', label: 'G', members: [{name: 'x'.repeat(501)}]}]})).to.deep.equal({
      code: 'too-many',
      path: 'beneficiaries[0].members[0].name',
    });
  });
});

describe('validateAction: every tel: link shows what it dials', () => {
  const link = (label: unknown, url: string) => ({id: 'a', title: 'A', links: [{label, url}]});
  const member = (fields: Record<string, unknown>) => ({
    id: 'a',
    title: 'A',
    beneficiaries: [{id: 'g', label: 'G', members: [{name: 'ASTRA', ...fields}]}],
  });

  it('refuses a link that shows one number and dials another, at the path of the field', () => {
    const {issues} = errorOf(link('ASTRA SOS hotline: 011 785 0000', 'tel:+381601234567'));
    expect(issues.map(({code, path}) => `${code} ${path}`)).to.deep.equal([
      'number-mismatch links[0].label',
      'number-mismatch links[0].url',
    ]);
  });

  it('accepts a link whose label shows its number the way people write it', () => {
    for (const [label, url] of [
      ['ASTRA SOS hotline: 011 785 0000', 'tel:+381117850000'],
      ['ASTRA, +381 (0)11 785 0000 (24/7)', 'tel:+381117850000'],
      ['Police: 192', 'tel:192'],
      ['Child helpline 116 111', 'tel:116111'],
      ['ASTRA 011/785-0000', 'tel:+381-11-785-0000'],
    ]) {
      expect(() => validateAction(link(label, url)), label).not.to.throw();
    }
    expect(() => validateAction(link({en: 'ASTRA 011 785 0000', 'sr-Cyrl': 'АСТРА 011 785 0000'}, 'tel:+381117850000'))).not.to.throw();
  });

  it('refuses a second number hidden by thin spaces or invisible characters in a label, name or note', () => {
    for (const label of [
      'ASTRA SOS 011 785 0000 / Viber 060\u2009111\u20092222',
      'ASTRA 011 785 0000 or 060\u200C111\u200C2222',
      'ASTRA 011 785 0000 or 060\u00AD111\u00AD2222',
    ]) {
      expect(issueOf(link(label, 'tel:+381117850000')), label).to.deep.equal({code: 'number-mismatch', path: 'links[0].label'});
    }
    expect(issueOf(member({name: 'NGO 011 785 0000', note: 'night line 060\u2009111\u20092222', url: 'tel:+381117850000'}))).to.deep.equal({
      code: 'number-mismatch',
      path: 'beneficiaries[0].members[0].note',
    });
  });

  it('refuses a link that shows no number, or shows a second one, or hides it in one language', () => {
    expect(issueOf(link('Call ASTRA', 'tel:+381117850000'))).to.deep.equal({code: 'number-mismatch', path: 'links[0].url'});
    expect(issueOf(link('011 785 0000 or 060 111 2222', 'tel:+381117850000'))).to.deep.equal({
      code: 'number-mismatch',
      path: 'links[0].label',
    });
    expect(issueOf(link('ASTRA 011 785 0000, ٠٦٠ ١٢٣ ٤٥٦٧', 'tel:+381117850000'))).to.deep.equal({
      code: 'number-mismatch',
      path: 'links[0].label',
    });
    expect(issueOf(link('ASTRA 011 785 0000 / 060–123–4567', 'tel:+381117850000'))).to.have.property('path', 'links[0].label');
    expect(issueOf(link({en: 'ASTRA 011 785 0000', 'sr-Cyrl': 'АСТРА'}, 'tel:+381117850000'))).to.deep.equal({
      code: 'number-mismatch',
      path: 'links[0].url',
    });
  });

  it('refuses service codes, pauses and parameters in a tel: link, percent-encoded too', () => {
    for (const url of [
      'tel:*21*0601234567%23',
      'tel:*21*0601234567#',
      'tel:%2A21%2A0601234567%23',
      'tel:%2a21%2a0601234567',
      'tel:#31#0601234567',
      'tel:0601234567;postd=*21*',
      'tel:0601234567,,1234',
      'tel:0601234567;ext=1',
      'tel:0601234567?body=x',
      'TEL:*21*0601234567',
      'tel:\t*21*0601234567',
      'tel:%E0%A4%A',
    ]) {
      expect(issueOf(link('0601234567', url)), url).to.deep.equal({code: 'unsafe-url', path: 'links[0].url'});
      expect(issueOf(member({name: 'X 0601234567', url})), url).to.deep.equal({
        code: 'unsafe-url',
        path: 'beneficiaries[0].members[0].url',
      });
    }
  });

  it('holds a member’s name and note to the number its url dials', () => {
    expect(() => validateAction(member({note: '011 785 0000', url: 'tel:+381117850000'}))).not.to.throw();
    expect(() => validateAction(member({name: 'ASTRA 011 785 0000', url: 'tel:+381117850000'}))).not.to.throw();
    expect(issueOf(member({name: 'ASTRA 011 785 0000', url: 'tel:+381601234567'}))).to.deep.equal({
      code: 'number-mismatch',
      path: 'beneficiaries[0].members[0].name',
    });
    expect(issueOf(member({note: 'Viber 060 111 2222', url: 'tel:+381117850000', name: 'ASTRA 011 785 0000'}))).to.deep.equal({
      code: 'number-mismatch',
      path: 'beneficiaries[0].members[0].note',
    });
    expect(issueOf(member({url: 'tel:+381117850000'}))).to.deep.equal({code: 'number-mismatch', path: 'beneficiaries[0].members[0].url'});
  });

  it('leaves links of other schemes alone', () => {
    expect(() => validateAction(link('Call 060 111 2222', 'https://example.org/060'))).not.to.throw();
    expect(() => validateAction(member({name: 'ASTRA 060 111 2222', url: 'mailto:info@example.org'}))).not.to.throw();
  });
});

describe('validateAction: a hotline’s own words carry no other number', () => {
  it('refuses a phone number in hours, audience, name or a worded free', () => {
    const cases: [string, unknown, string][] = [
      ['hours', {en: 'Busy? Call/Viber +381 60 111 2222'}, 'hotlines[0].hours.en'],
      ['audience', 'Adults; children call 011 222 3333', 'hotlines[0].audience'],
      ['name', 'ASTRA (or 060-111-2222)', 'hotlines[0].name'],
      ['free', {en: 'Free; from abroad 00381 11 785 0001'}, 'hotlines[0].free.en'],
      ['hours', '9-17, else 0601112222', 'hotlines[0].hours'],
      ['hours', 'Or 060–111–2222', 'hotlines[0].hours'],
      ['audience', 'Or 060_111_2222', 'hotlines[0].audience'],
    ];
    for (const [field, value, path] of cases) expect(issueOf(line({[field]: value})), path).to.deep.equal({code: 'number-mismatch', path});
  });

  it('refuses a second number behind gaps a reader does not notice, or in digits of other forms', () => {
    // Some of these a strict text refuses for its characters first; each is refused at its field.
    const cases: [string, string][] = [
      ['hours', 'Busy? Call 060\u2009111\u20092222'],
      ['audience', 'Or Viber 060\u2007111\u20072222'],
      ['hours', 'Busy? 060\u3000111\u30002222'],
      ['hours', 'Busy? 060,111,2222'],
      ['hours', 'Busy? 060·111·2222'],
      ['hours', 'Busy? Call O6O lll 2222'],
      ['hours', 'Busy? ⁰⁶⁰ ¹¹¹ ²²²²'],
      ['hours', 'Busy? ０６０ １１１ ２２２２'],
    ];
    for (const [field, value] of cases) expect(issueOf(line({[field]: value})), value).to.have.property('path', `hotlines[0].${field}`);
    expect(issueOf(line({hours: 'Busy? Call 060\u2009111\u20092222'}))).to.have.property('code', 'number-mismatch');
    expect(issueOf(line({hours: 'Busy? Call O6O lll 2222'}))).to.have.property('code', 'number-mismatch');
  });

  it('keeps ordinary figures: hours, days, years, dates, and the line’s own number', () => {
    const ordinary: [string, unknown][] = [
      ['hours', '24/7'],
      ['hours', '08–20 h'],
      ['hours', 'Mon–Fri 09.00-17.00, Sat 9:00–13:00'],
      ['hours', '0-24'],
      ['audience', 'Since 2023-2025 for everyone over 18'],
      ['audience', 'Since 1. 1. 2024., also 2024-01-31'],
      ['audience', 'School year 2024/25'],
      ['name', 'ASTRA SOS 011 785 0000'],
      ['hours', {en: 'Call 011 785 0000 any time', 'sr-Cyrl': 'Позовите +381 11 785 0000'}],
      ['hours', 'Mon–Fri 9\u2009–\u200917, Sat 10–14'],
      ['hours', 'Open 24/7, I answer in English'],
      ['audience', 'Over 18 years; 1,5 million calls'],
      ['hours', 'Call 011\u2009785\u20090000 any time'],
    ];
    for (const [field, value] of ordinary) expect(() => validateAction(line({[field]: value})), JSON.stringify(value)).not.to.throw();
  });

  it('takes a short code in the name for the line’s own number only', () => {
    expect(() =>
      validateAction({
        id: 'a',
        title: 'A',
        hotlines: [{id: 'x', name: 'Child helpline 116 111', number: '116111', display: '116 111', source: 's'}],
      }),
    ).not.to.throw();
    expect(issueOf(line({name: 'Child helpline 116 111'}))).to.deep.equal({code: 'number-mismatch', path: 'hotlines[0].name'});
  });
});

describe('displayMatchesNumber: (0) only as a trunk prefix', () => {
  it('reads (0) as a dialled digit anywhere but right after a country code', () => {
    expect(displayMatchesNumber('1(0)92', '192')).to.be.false;
    expect(displayMatchesNumber('1 (0) 92', '192')).to.be.false;
    expect(displayMatchesNumber('(0)192', '192')).to.be.false;
    expect(displayMatchesNumber('011 (0)785 0000', '+381117850000')).to.be.false;
    expect(displayMatchesNumber('+381 11 (0)785 0000', '+381117850000')).to.be.false;
    expect(issueOf(line({number: '192', display: '1(0)92'}))).to.deep.equal({code: 'number-mismatch', path: 'hotlines[0].display'});
  });

  it('allows +country (0) and 00country (0)', () => {
    expect(displayMatchesNumber('+381 (0)11 785 0000', '+381117850000')).to.be.true;
    expect(displayMatchesNumber('00381 (0) 11 785 0000', '+381117850000')).to.be.true;
    expect(displayMatchesNumber('+44 (0)20 7946 0000', '+442079460000')).to.be.true;
    // The country code before (0) must be the number's own.
    expect(displayMatchesNumber('+44 (0)11 785 0000', '+381117850000')).to.be.false;
  });
});
