import {expect} from '@open-wc/testing';
import {templates} from '../../src/generated/locales/sr-Cyrl.js';
import {cyrillicToLatin} from '../../src/i18n/transliterate.js';

/** Every Serbian UI string, its placeholders written as {0}, {1}: Cyrillic as translated, Latin as the runtime derives it. */
const cyrillicStrings: [string, string][] = Object.entries(templates).map(([id, template]) => [
  id,
  typeof template === 'string' ? template : template.strings.reduce((text, part, index) => `${text}{${index - 1}}${part}`),
]);
const scripts = {
  'sr-Cyrl': cyrillicStrings,
  'sr-Latn': cyrillicStrings.map(([id, text]): [string, string] => [id, cyrillicToLatin(text)]),
};
const byId = (script: keyof typeof scripts, id: string) => scripts[script].find(([key]) => key === id)![1];

/** A whole word (Cyrillic or Latin letters), any case. */
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(${alternatives})(?!\\p{L})`, 'iu');

// The second person singular imperatives a Serbian interface is tempted by; formal address uses "-ите".
const INFORMAL_CYRILLIC =
  'прикажи|сакриј|обриши|покушај|упиши|унеси|позови|притисни|изабери|кликни|затвори|отвори|претражи|потражи|напусти';

describe('Serbian UI strings, in both scripts', () => {
  it('has every string in both scripts', () => {
    expect(cyrillicStrings.length).to.be.greaterThan(60);
  });

  for (const [script, strings] of Object.entries(scripts) as [keyof typeof scripts, [string, string][]][]) {
    const informal = word(script === 'sr-Cyrl' ? INFORMAL_CYRILLIC : cyrillicToLatin(INFORMAL_CYRILLIC));
    const action = script === 'sr-Cyrl' ? /акциј/i : /akcij/i;

    it(`${script}: calls the action a пројекат, never an акција`, () => {
      for (const [id, text] of strings) expect(text, id).not.to.match(action);
      expect(byId(script, 'card-beneficiaries')).to.equal(script === 'sr-Cyrl' ? 'Корисници пројекта' : 'Korisnici projekta');
      expect(byId(script, 'list-title')).to.equal(script === 'sr-Cyrl' ? 'Корисници пројекта' : 'Korisnici projekta');
      expect(byId(script, 'budget-action')).to.equal(script === 'sr-Cyrl' ? 'Буџет пројекта' : 'Budžet projekta');
      expect(byId(script, 'budget-action-share')).to.equal(
        script === 'sr-Cyrl' ? 'Удео пројекта у буџету програма' : 'Udeo projekta u budžetu programa',
      );
      expect(byId(script, 'card-approach')).to.equal(script === 'sr-Cyrl' ? 'Како се пројекат спроводи' : 'Kako se projekat sprovodi');
    });

    it(`${script}: addresses the reader formally`, () => {
      for (const [id, text] of strings) expect(text, id).not.to.match(informal);
      expect(byId(script, 'budget-show-table')).to.equal(script === 'sr-Cyrl' ? 'Прикажите табелу' : 'Prikažite tabelu');
      expect(byId(script, 'budget-hide-table')).to.equal(script === 'sr-Cyrl' ? 'Сакријте табелу' : 'Sakrijte tabelu');
      expect(byId(script, 'banner-dismiss')).to.match(script === 'sr-Cyrl' ? /^Сакријте банер/ : /^Sakrijte baner/);
    });

    it(`${script}: reads as Serbian, not as a translation`, () => {
      expect(byId(script, 'banner-intro')).to.equal(
        script === 'sr-Cyrl'
          ? 'Ако мислите да сте ви или неко кога познајете жртва трговине људима, позовите и затражите помоћ.'
          : 'Ako mislite da ste vi ili neko koga poznajete žrtva trgovine ljudima, pozovite i zatražite pomoć.',
      );
      // A label names the field; it does not give an order.
      expect(byId(script, 'list-filter-label')).to.equal(script === 'sr-Cyrl' ? 'Претрага корисника' : 'Pretraga korisnika');
      expect(byId(script, 'card-more-links')).to.equal(script === 'sr-Cyrl' ? 'Остале везе' : 'Ostale veze');
      expect(byId(script, 'list-no-results')).to.match(
        script === 'sr-Cyrl' ? /^Нема резултата за „\{0\}“\./ : /^Nema rezultata za „\{0\}“\./,
      );
    });

    it(`${script}: uses Serbian quotation marks and one script per word`, () => {
      for (const [id, text] of strings) {
        expect(text, id).not.to.match(/["”]/);
        const words = text.split(/[^\p{L}]+/u).filter(Boolean);
        const other = script === 'sr-Cyrl' ? /\p{Script=Latin}/u : /\p{Script=Cyrillic}/u;
        const own = script === 'sr-Cyrl' ? /\p{Script=Cyrillic}/u : /\p{Script=Latin}/u;
        for (const candidate of words) expect(own.test(candidate) && other.test(candidate), `${id}: ${candidate}`).to.equal(false);
      }
    });
  }
});
