import {expect} from '@open-wc/testing';
import {defaultAction} from '../../src/core/default-action.js';
import {validateAction} from '../../src/core/action-schema.js';
import {hasCyrillic} from '../../src/i18n/transliterate.js';

/** Every localized text of a document, with its path. */
function texts(value: unknown, path = ''): [string, string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('en' in record && typeof record.en === 'string') {
      return Object.entries(record).map(([locale, text]) => [path, locale, String(text)] as [string, string, string]);
    }
    return Object.entries(record).flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('the default action', () => {
  it('is valid', () => expect(() => validateAction(defaultAction)).not.to.throw());

  it('is the same document as examples/json/seed-action.json', async () => {
    const json = await (await fetch('/examples/json/seed-action.json')).json();
    expect(json).to.deep.equal(JSON.parse(JSON.stringify(defaultAction)));
  });

  it('gives every text in English and Serbian Cyrillic only (Latin is derived)', () => {
    const all = texts(defaultAction);
    expect(all.length).to.be.greaterThan(50);
    for (const [path, locale] of all) expect(['en', 'sr-Cyrl'], `${path}.${locale}`).to.include(locale);
    const paths = new Set(all.map(([path]) => path));
    for (const path of paths) {
      expect(all.some(([p, locale]) => p === path && locale === 'sr-Cyrl'), `${path} has sr-Cyrl`).to.be.true;
    }
  });

  it('has no Latin look-alike letters inside Cyrillic words, nor Cyrillic in English', () => {
    for (const [path, locale, text] of texts(defaultAction)) {
      if (locale === 'en') expect(hasCyrillic(text), `${path}.en: ${text}`).to.be.false;
      // A word mixing the two scripts ("Cрбија" with a Latin C) breaks search.
      const mixed = text.split(/[\s,.;:()„“”–-]+/).filter((word) => /[A-Za-z]/.test(word) && hasCyrillic(word));
      expect(mixed, `${path}.${locale}`).to.deep.equal([]);
    }
  });

  it('carries the seed’s figures and no others', () => {
    expect(defaultAction.budget).to.deep.equal({amount: 1_000_000, currency: 'EUR'});
    expect(defaultAction.programme!.budget).to.deep.equal({amount: 41_000_000, currency: 'EUR', approximate: true});
    expect(defaultAction.programme!.funders!.map((funder) => funder.share)).to.deep.equal([0.85, 0.15]);
    expect(defaultAction.previousPhases!.map((phase) => phase.period)).to.deep.equal([
      {start: '2016', end: '2019'},
      {start: '2019', end: '2022'},
    ]);
  });

  it('records a source and the check date for every hotline, and no 112', () => {
    for (const line of defaultAction.hotlines!) {
      expect(line.source).to.be.a('string').and.not.be.empty;
      expect(line.checked).to.equal('2026-11-28');
      expect(line.number).not.to.equal('112');
    }
  });
});
