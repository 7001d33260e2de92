import {expect} from '@open-wc/testing';
import {defaultAction} from '../../../src/core/document/default-action.js';
import {validateAction} from '../../../src/core/document/action-schema.js';
import {hasCyrillic} from '../../../src/i18n/transliterate.js';
import type {Hotline, LocalizedText} from '../../../src/core/document/action-types.js';

const english = (text: LocalizedText) => (text as Record<string, string>).en;
const cyrillic = (text: LocalizedText) => (text as Record<string, string>)['sr-Cyrl'];

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
      expect(
        all.some(([p, locale]) => p === path && locale === 'sr-Cyrl'),
        `${path} has sr-Cyrl`,
      ).to.be.true;
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

  it('gives the period as the seed does, in years, and leaves the status to the years', () => {
    expect(defaultAction.period).to.deep.equal({start: '2023', end: '2026'});
    expect(defaultAction.programme!.period).to.deep.equal({start: '2023', end: '2026'});
  });

  it('lists nine public institutions, each unit of a ministry with its ministry as the note', () => {
    const publicInstitutions = defaultAction.beneficiaries!.find((group) => group.id === 'public-institutions')!;
    const rows = publicInstitutions.members.map((member) => [english(member.name), member.note ? english(member.note) : undefined]);
    expect(rows).to.deep.equal([
      ['National Anti-trafficking Co-ordination Office', 'Ministry of Interior'],
      ['Labour Inspectorate', 'Ministry of Employment, Labour, Veteran and Social Affairs'],
      ['Centre for Human Trafficking Victims’ Protection', undefined],
      ['Ministry of Education', undefined],
      ['Ombudsperson’s Office', undefined],
      ['Ministry of Justice', undefined],
      ['Judicial Academy', undefined],
      ['Prosecutor’s Office', undefined],
      ['Bar Association', undefined],
    ]);
    // The Council of Europe's Serbian page ends the list "тужилаштво и адвокатске коморе".
    expect(publicInstitutions.members.slice(-2).map((member) => cyrillic(member.name))).to.deep.equal(['Тужилаштво', 'Адвокатске коморе']);
  });

  it('attributes the funding in the verified wording only', () => {
    expect(defaultAction.attribution).to.deep.equal([
      {
        en: 'With the financial support of the European Union and the Council of Europe',
        'sr-Cyrl': 'Уз финансијску подршку Европске уније и Савета Европе',
      },
    ]);
  });

  it('carries no checked date anywhere: no number was confirmed live', () => {
    const keys = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(keys)
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, item]) => [key, ...keys(item)])
          : [];
    expect(keys(defaultAction)).not.to.include('checked');
    expect(JSON.stringify(defaultAction)).not.to.match(/2026-11-28|checked/i);
  });

  it('records a source for every hotline, and no 112', () => {
    for (const line of defaultAction.hotlines!) {
      expect(line.source, line.id).to.be.a('string').and.not.be.empty;
      expect(line.number).not.to.equal('112');
    }
  });

  it('keeps 0800 100 388 with its source, but out of a banner by default', () => {
    const hidden = defaultAction.hotlines!.filter((line) => line.showByDefault === false);
    expect(hidden.map((line) => [line.display, line.source])).to.deep.equal([
      ['0800 100 388', 'mup.gov.rs, page of the Office, about 2023'],
    ]);
    expect(defaultAction.hotlines!.filter((line) => line.showByDefault !== false).map((line) => line.id)).to.deep.equal([
      'astra',
      'missing-children',
      'nadel',
      'police',
    ]);
  });

  it('claims "free" and "24/7" only where the source says so, and never "anonymous"', () => {
    const free = (line: Hotline) => (line.free === undefined || typeof line.free === 'boolean' ? Boolean(line.free) : english(line.free));
    const claims = defaultAction.hotlines!.map((line) => [
      line.id,
      line.hours ? english(line.hours) : '',
      free(line),
      Boolean(line.anonymous),
    ]);
    expect(claims).to.deep.equal([
      // astra.rs: "free"; no hours, no audience.
      ['astra', '', true, false],
      ['natco', '', true, false],
      // The source's "free" for 116 000 holds only from fixed and major mobile networks, and says so.
      ['missing-children', '24/7', 'Free from fixed and major mobile networks', false],
      ['nadel', '24/7', true, false],
      ['police', '', false, false],
    ]);
  });

  it('calls the action a пројекат in Serbian, never an акција', () => {
    const serbian = texts(defaultAction).filter(([, locale]) => locale === 'sr-Cyrl');
    for (const [path, , text] of serbian) expect(text, path).not.to.match(/акциј/i);
    expect(cyrillic(defaultAction.summary!)).to.match(/^Пројекат „Јачање борбе против трговине људима у Србији“/);
    expect(serbian.some(([, , text]) => text.includes('у сврху радне експлоатације'))).to.be.true;
  });

  it('gives ASTRA’s line no audience and the action no links that would read as partners', () => {
    expect(defaultAction.hotlines!.find((line) => line.id === 'astra')!.audience).to.equal(undefined);
    expect(defaultAction.links).to.equal(undefined);
  });

  it('writes the Serbian a ministry editor would publish', () => {
    expect(cyrillic(defaultAction.goal!)).to.contain(
      'праћења тога како Србија примењује Конвенцију Савета Европе о борби против трговине људима',
    );
    for (const phase of defaultAction.previousPhases!) {
      expect(cyrillic(phase.title)).to.equal('Спречавање трговине људима и борба против ње у Србији');
    }
    // "превенција" and "спречавање" cannot take "против": "… и борба против ње".
    const serbian = texts(defaultAction).filter(([, locale]) => locale === 'sr-Cyrl');
    for (const [path, , text] of serbian) expect(text, path).not.to.match(/(превенција|спречавање) и борба против/);
  });
});
