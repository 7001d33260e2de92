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

/**
 * Strings a native reading fixed (issue 21), as a ministry editor would publish them: id, Cyrillic,
 * Latin. Written out by hand in both scripts, not derived from the code under test.
 */
const FIXED_READINGS: [string, string, string][] = [
  // "сте" cannot go with "неко": the reader and someone they know each get their own clause.
  [
    'banner-intro',
    'Ако сумњате да сте жртва трговине људима или да је то неко кога познајете, позовите и затражите помоћ.',
    'Ako sumnjate da ste žrtva trgovine ljudima ili da je to neko koga poznajete, pozovite i zatražite pomoć.',
  ],
  // A label names the field; it does not give an order.
  ['list-filter-label', 'Претрага корисника', 'Pretraga korisnika'],
  ['card-more-links', 'Остале везе', 'Ostale veze'],
  // No hanging "је".
  [
    'list-no-results',
    'Нема резултата за „{0}“. Покушајте да упишете само део речи или да реч напишете другачије.',
    'Nema rezultata za „{0}“. Pokušajte da upišete samo deo reči ili da reč napišete drugačije.',
  ],
  // The list counts its entries, not beneficiaries; the noun agrees with the total.
  ['list-members-one', '{0} ставка', '{0} stavka'],
  ['list-members-few', '{0} ставке', '{0} stavke'],
  ['list-members-other', '{0} ставки', '{0} stavki'],
  ['list-count-one', 'Приказано {0} од {1} ставке', 'Prikazano {0} od {1} stavke'],
  ['list-count-few', 'Приказано {0} од {1} ставке', 'Prikazano {0} od {1} stavke'],
  ['list-count-other', 'Приказано {0} од {1} ставки', 'Prikazano {0} od {1} stavki'],
  ['list-count-none', 'Ниједна ставка не одговара претрази', 'Nijedna stavka ne odgovara pretrazi'],
  // A server answers, not an address; JSON is a format.
  ['error-http', 'Сервер са подацима је вратио грешку.', 'Server sa podacima je vratio grešku.'],
  ['error-timeout', 'Сервер са подацима није одговорио на време.', 'Server sa podacima nije odgovorio na vreme.'],
  ['error-not-json', 'Сервер са подацима није вратио податке у JSON формату.', 'Server sa podacima nije vratio podatke u JSON formatu.'],
  ['error-redirected', 'Сервер са подацима је преусмерио захтев на други сајт.', 'Server sa podacima je preusmerio zahtev na drugi sajt.'],
  ['error-invalid-json', 'Подаци нису у исправном JSON формату.', 'Podaci nisu u ispravnom JSON formatu.'],
  ['banner-exit-hint', 'Или три пута притисните тастер Shift.', 'Ili tri puta pritisnite taster Shift.'],
];

describe('Serbian UI strings, in both scripts', () => {
  it('has every string in both scripts', () => {
    expect(cyrillicStrings.length).to.be.greaterThan(60);
  });

  for (const [script, strings] of Object.entries(scripts) as [keyof typeof scripts, [string, string][]][]) {
    const informal = word(script === 'sr-Cyrl' ? INFORMAL_CYRILLIC : cyrillicToLatin(INFORMAL_CYRILLIC));
    const action = script === 'sr-Cyrl' ? /акциј/i : /akcij/i;

    it(`${script}: calls the action a пројекат, never an акција`, () => {
      for (const [id, text] of strings) expect(text, id).not.to.match(action);
      // A count of the card's groups would read "Цивилно друштво (1)": one organisation.
      expect(scripts[script].map(([id]) => id)).not.to.include('card-beneficiary-group');
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
      for (const [id, cyrillic, latin] of FIXED_READINGS) expect(byId(script, id), id).to.equal(script === 'sr-Cyrl' ? cyrillic : latin);
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
