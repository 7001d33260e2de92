import {expect} from '@open-wc/testing';
import {cyrillicToLatin, latinToCyrillic, hasCyrillic, searchKey, LATIN_KEEP_WORDS} from '../../src/i18n/transliterate.js';

// The runner provides mocha globals; the repo has no @types/mocha, so type the two used here.
declare function describe(title: string, fn: () => void): void;
declare function it(title: string, fn: () => void): void;

const CYR_UPPER = 'АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ';
const LAT_UPPER = 'ABVGDĐEŽZIJKLLJMNNJOPRSTĆUFHCČDŽŠ';
const CYR_LOWER = 'абвгдђежзијклљмнњопрстћуфхцчџш';
const LAT_LOWER = 'abvgdđežzijklljmnnjoprstćufhcčdžš';
// Letter by letter, so each digraph is checked alone.
const CYR_LETTERS = CYR_LOWER.split('');
const LAT_LETTERS = 'a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š'.split(' ');

describe('cyrillicToLatin', () => {
  it('converts the full alphabet', () => {
    expect(cyrillicToLatin(CYR_UPPER)).to.equal(LAT_UPPER);
    expect(cyrillicToLatin(CYR_LOWER)).to.equal(LAT_LOWER);
    CYR_LETTERS.forEach((c, i) => expect(cyrillicToLatin(c)).to.equal(LAT_LETTERS[i]));
  });

  it('uses title case or all caps for Љ, Њ, Џ from context', () => {
    expect(cyrillicToLatin('Љубов')).to.equal('Ljubov');
    expect(cyrillicToLatin('ЉУБОВ')).to.equal('LJUBOV');
    expect(cyrillicToLatin('Његош ЊЕГОШ')).to.equal('Njegoš NJEGOŠ');
    expect(cyrillicToLatin('Џеп ЏЕП')).to.equal('Džep DŽEP');
    expect(cyrillicToLatin('КОЊ Коњ')).to.equal('KONJ Konj');
    expect(cyrillicToLatin('Њ')).to.equal('Nj');
    expect(cyrillicToLatin('Љ Њ Џ')).to.equal('Lj Nj Dž');
  });

  it('converts phrases and acronyms', () => {
    expect(cyrillicToLatin('Јачање борбе против трговине људима у Србији')).to.equal('Jačanje borbe protiv trgovine ljudima u Srbiji');
    expect(cyrillicToLatin('Заштитник грађана')).to.equal('Zaštitnik građana');
    expect(cyrillicToLatin('Национална дечија линија (НАДЕЛ)')).to.equal('Nacionalna dečija linija (NADEL)');
  });

  it('passes other characters through and outputs NFC', () => {
    expect(cyrillicToLatin('Hello, мир! 123 ы')).to.equal('Hello, mir! 123 ы');
    const z = cyrillicToLatin('Ж');
    expect(z).to.equal('\u017D');
    expect(z.length).to.equal(1);
  });
});

describe('latinToCyrillic', () => {
  it('converts the full alphabet', () => {
    expect(latinToCyrillic(LAT_UPPER)).to.equal(CYR_UPPER);
    expect(latinToCyrillic(LAT_LOWER)).to.equal(CYR_LOWER);
    LAT_LETTERS.forEach((l, i) => expect(latinToCyrillic(l)).to.equal(CYR_LETTERS[i]));
  });

  it('joins digraphs in any case', () => {
    expect(latinToCyrillic('Ljubav LJUBAV ljubav')).to.equal('Љубав ЉУБАВ љубав');
    expect(latinToCyrillic('Njiva NJIVA konj')).to.equal('Њива ЊИВА коњ');
    expect(latinToCyrillic('Džep DŽEP udžbenik')).to.equal('Џеп ЏЕП уџбеник');
  });

  it('accepts NFD input', () => {
    expect(latinToCyrillic('Zas\u030Ctitnik')).to.equal('Заштитник');
    expect(latinToCyrillic('Zaštitnik građana'.normalize('NFD'))).to.equal('Заштитник грађана');
  });

  it('converts phrases', () => {
    expect(latinToCyrillic('Jačanje borbe protiv trgovine ljudima u Srbiji')).to.equal('Јачање борбе против трговине људима у Србији');
    expect(latinToCyrillic('Zaštitnik građana')).to.equal('Заштитник грађана');
    expect(latinToCyrillic('Nacionalna dečija linija (NADEL)')).to.equal('Национална дечија линија (НАДЕЛ)');
  });

  it('keeps lj/nj/dž as two letters in exception words', () => {
    expect(latinToCyrillic('konjunkcija')).to.equal('конјункција');
    expect(latinToCyrillic('Konjunkcije KONJUNKTURA')).to.equal('Конјункције КОНЈУНКТУРА');
    expect(latinToCyrillic('injekcija')).to.equal('инјекција');
    expect(latinToCyrillic('Injekcijom')).to.equal('Инјекцијом');
    expect(latinToCyrillic('nadživeti')).to.equal('надживети');
    expect(latinToCyrillic('Nadživeo')).to.equal('Надживео');
    expect(latinToCyrillic('nadživljavati')).to.equal('надживљавати');
    expect(latinToCyrillic('podžanr')).to.equal('поджанр');
    expect(latinToCyrillic('Podžanrovi')).to.equal('Поджанрови');
    expect(latinToCyrillic('odžaliti podžupan predžetva vanjezički')).to.equal('оджалити поджупан преджетва ванјезички');
  });

  it('converts Đ but not Dj', () => {
    expect(latinToCyrillic('Đorđe')).to.equal('Ђорђе');
    expect(latinToCyrillic('Djordje')).to.equal('Дјордје');
  });

  it('leaves URLs, e-mail addresses and numbers untouched', () => {
    expect(latinToCyrillic('https://www.astra.rs/sr/')).to.equal('https://www.astra.rs/sr/');
    expect(latinToCyrillic('www.coe.int')).to.equal('www.coe.int');
    expect(latinToCyrillic('natco@mup.gov.rs')).to.equal('natco@mup.gov.rs');
    expect(latinToCyrillic('+381 11 785 0000')).to.equal('+381 11 785 0000');
    expect(latinToCyrillic('0800 100 388')).to.equal('0800 100 388');
    expect(latinToCyrillic('Više na https://www.astra.rs/sr/ i www.coe.int')).to.equal('Више на https://www.astra.rs/sr/ и www.coe.int');
    expect(latinToCyrillic('Pozovite 0800 100 388 ili pišite na natco@mup.gov.rs.')).to.equal(
      'Позовите 0800 100 388 или пишите на natco@mup.gov.rs.',
    );
  });

  it('leaves foreign words, kept words and Roman numerals untouched', () => {
    expect(latinToCyrillic('Horizontal Facility')).to.equal('Horizontal Facility');
    expect(latinToCyrillic('Phase III')).to.equal('Phase III');
    expect(latinToCyrillic('Windows')).to.equal('Windows');
    expect(latinToCyrillic('GRETA, NATCO, PROFREX, Türkiye')).to.equal('GRETA, NATCO, PROFREX, Türkiye');
    expect(latinToCyrillic('Greta')).to.equal('Greta');
    expect(latinToCyrillic('Projekat Horizontal Facility, faza XIV')).to.equal('Пројекат Horizontal Facility, фаза XIV');
    // Not valid Roman numerals, or lower case: ordinary letters.
    expect(latinToCyrillic('IIII iii')).to.equal('ИИИИ иии');
    // Serbian words that look like numerals are words: "I" (and) opens many sentences.
    expect(latinToCyrillic('I deca i žene. MI SMO TU.')).to.equal('И деца и жене. МИ СМО ТУ.');
  });

  it('exports the keep list', () => {
    for (const w of ['Horizontal', 'Facility', 'GRETA', 'NATCO', 'PROFREX', 'Türkiye']) {
      expect(LATIN_KEEP_WORDS).to.include(w);
    }
  });

  it('gives ASTRA the one Cyrillic form the data uses', () => {
    expect(LATIN_KEEP_WORDS).not.to.include('ASTRA');
    expect(latinToCyrillic('ASTRA SOS telefon')).to.equal('АСТРА СОС телефон');
    expect(latinToCyrillic('Astra')).to.equal('Астра');
  });

  it('keeps n and j apart in Tanjug and injunkcija', () => {
    expect(latinToCyrillic('Tanjug, TANJUG, Tanjugov izveštaj')).to.equal('Танјуг, ТАНЈУГ, Танјугов извештај');
    expect(latinToCyrillic('injunkcija')).to.equal('инјункција');
    // The exception is a word prefix: other words with "tanj" still join the digraph.
    expect(latinToCyrillic('tanjir')).to.equal('тањир');
  });

  it('round-trips ordinary sentences', () => {
    const sentences = [
      'Jačanje borbe protiv trgovine ljudima u Srbiji',
      'Žrtve trgovine ljudima imaju pravo na pomoć i zaštitu.',
      'Đaci, njihovi roditelji i nastavnici učestvovali su u radionicama.',
      'Centar za zaštitu žrtava trgovine ljudima radi svakog dana!',
      'DŽEP, LJUBAV, NJIVA: Džep, Ljubav, Njiva — džep, ljubav, njiva?',
      'Nacionalna dečija linija (NADEL) i Zaštitnik građana',
    ];
    for (const s of sentences) {
      expect(cyrillicToLatin(latinToCyrillic(s))).to.equal(s);
      const cyr = latinToCyrillic(s);
      expect(latinToCyrillic(cyrillicToLatin(cyr))).to.equal(cyr);
    }
  });
});

describe('searchKey', () => {
  it('ignores case, diacritics and script', () => {
    expect(searchKey('Министарство')).to.equal('ministarstvo');
    expect(searchKey('ministarstvo')).to.equal('ministarstvo');
    expect(searchKey('MINISTARSTVO')).to.equal('ministarstvo');
    expect(searchKey('Đorđe')).to.equal('djordje');
    expect(searchKey('Ђорђе')).to.equal('djordje');
    expect(searchKey('ĐORĐE')).to.equal('djordje');
    expect(searchKey('č ć')).to.equal('c c');
    expect(searchKey('ž')).to.equal('z');
    expect(searchKey('š')).to.equal('s');
    expect(searchKey('Џеп ЉУБАВ')).to.equal('dzep ljubav');
    expect(searchKey('c\u030C')).to.equal('c');
    expect(searchKey('Заштитник грађана')).to.equal(searchKey('Zaštitnik građana'));
    expect(searchKey('Café 😀')).to.equal('cafe 😀');
  });
});

describe('hasCyrillic', () => {
  it('detects Cyrillic letters', () => {
    expect(hasCyrillic('Србија')).to.equal(true);
    expect(hasCyrillic('Srbija')).to.equal(false);
    expect(hasCyrillic('ASTRA СОС')).to.equal(true);
    expect(hasCyrillic('')).to.equal(false);
    expect(hasCyrillic('123 !?')).to.equal(false);
  });
});
