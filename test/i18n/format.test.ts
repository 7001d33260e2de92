import {expect} from '@open-wc/testing';
import {
  formatApproximateMoney,
  formatApproximatePercent,
  formatMoney,
  formatPercent,
  formatPeriod,
  significantFigures,
} from '../../src/i18n/format.js';
import {LOCALES} from '../helpers.js';
import {shownFigures} from './shown-figures.js';

const NBSP = '\u00a0';

describe('formatting exact figures', () => {
  it('formats money, shares and periods in each locale', () => {
    expect(formatMoney(1_000_000, 'EUR', 'en')).to.equal('€1,000,000');
    expect(formatMoney(1_000_000, 'EUR', 'sr-Latn').replace(/\s/g, ' ')).to.equal('1.000.000 €');
    expect(formatPercent(0.85, 'en')).to.equal('85%');
    expect(formatPercent(0.15, 'sr-Latn').replace(/\s/g, ' ')).to.match(/^15 ?%$/);
    expect(formatPeriod({start: '2023', end: '2026'}, 'sr-Cyrl')).to.equal('2023–2026');
    expect(formatPeriod({start: '2023-01-01', end: '2026-12-31'}, 'en')).to.equal('1 January 2023 – 31 December 2026');
  });
});

describe('significantFigures', () => {
  it('counts the figures a rounded number carries, at least two', () => {
    expect(significantFigures(41_000_000)).to.equal(2);
    expect(significantFigures(41_500_000)).to.equal(3);
    expect(significantFigures(1_250)).to.equal(3);
    expect(significantFigures(40_000_000)).to.equal(2);
    expect(significantFigures(0)).to.equal(2);
  });
});

describe('formatApproximateMoney', () => {
  it('keeps the two significant figures of "ca. 41 million" in the amounts computed from it', () => {
    expect(formatApproximateMoney(41_000_000, 'EUR', 'en', 2)).to.equal(`≈${NBSP}€41${NBSP}million`);
    expect(formatApproximateMoney(0.85 * 41_000_000, 'EUR', 'en', 2)).to.equal(`≈${NBSP}€35${NBSP}million`);
    expect(formatApproximateMoney(0.15 * 41_000_000, 'EUR', 'en', 2)).to.equal(`≈${NBSP}€6.2${NBSP}million`);
    expect(formatApproximateMoney(0.85 * 41_000_000, 'EUR', 'sr-Cyrl', 2)).to.equal(`око${NBSP}35${NBSP}милиона${NBSP}евра`);
    expect(formatApproximateMoney(0.15 * 41_000_000, 'EUR', 'sr-Latn', 2)).to.equal(`oko${NBSP}6,2${NBSP}miliona${NBSP}evra`);
  });

  it('never shows more figures than it is given, whatever the share, in every locale', () => {
    for (const locale of LOCALES) {
      for (let percent = 1; percent < 100; percent++) {
        const text = formatApproximateMoney((percent / 100) * 41_000_000, 'EUR', locale, 2);
        expect(shownFigures(text), `${percent}% in ${locale}: ${text}`).to.be.at.most(2);
      }
      expect(shownFigures(formatApproximateMoney(0.5 * 41_500_000, 'EUR', locale, 3))).to.equal(3);
    }
  });

  it('joins "око 41 милион евра" with no-break spaces, so it never breaks across lines', () => {
    for (const locale of LOCALES) {
      const text = formatApproximateMoney(41_000_000, 'EUR', locale, 2);
      expect(text, locale).not.to.match(/ /);
      expect(text.split(NBSP).length, locale).to.be.at.least(3);
    }
    expect(formatApproximateMoney(41_000_000, 'EUR', 'sr-Cyrl', 2)).to.equal(`око${NBSP}41${NBSP}милион${NBSP}евра`);
  });

  // Serbian says "about" in words and names the currency: "око 41 милион евра", as a ministry writes it.
  it('puts a Serbian number word after a decimal in the genitive singular: 2,5 хиљаде', () => {
    const cases: [number, string, string][] = [
      [2_500, '2,5 хиљаде', '2,5 hiljade'],
      [2_000, '2 хиљаде', '2 hiljade'],
      [5_000, '5 хиљада', '5 hiljada'],
      [21_000, '21 хиљада', '21 hiljada'],
      [1_500_000, '1,5 милиона', '1,5 miliona'],
      [41_000_000, '41 милион', '41 milion'],
      [2_500_000_000, '2,5 милијарде', '2,5 milijarde'],
    ];
    for (const [amount, cyrillic, latin] of cases) {
      expect(formatApproximateMoney(amount, 'EUR', 'sr-Cyrl', 2)).to.equal(`око${NBSP}${cyrillic.replace(' ', NBSP)}${NBSP}евра`);
      expect(formatApproximateMoney(amount, 'EUR', 'sr-Latn', 2)).to.equal(`oko${NBSP}${latin.replace(' ', NBSP)}${NBSP}evra`);
    }
    expect(formatApproximateMoney(2_500, 'EUR', 'en', 2)).to.equal(`≈${NBSP}€2.5${NBSP}thousand`);
  });
});

describe('formatApproximatePercent', () => {
  it('rounds a share of an approximate figure to its significant figures', () => {
    expect(formatApproximatePercent(1_000_000 / 41_000_000, 'en', 2)).to.equal(`≈${NBSP}2.4%`);
    expect(formatApproximatePercent(1_000_000 / 41_000_000, 'sr-Cyrl', 2)).to.equal(`око${NBSP}2,4%`);
    expect(formatApproximatePercent(10_000_000 / 41_000_000, 'en', 2)).to.equal(`≈${NBSP}24%`);
  });
});
