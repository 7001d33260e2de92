import {expect} from '@open-wc/testing';
import {createExampleElement, type ElementExample} from '../../examples/element-example.js';
import {actionCardExamples} from '../../examples/action-card.examples.js';
import {beneficiaryListExamples} from '../../examples/beneficiary-list.examples.js';
import {budgetBreakdownExamples} from '../../examples/budget-breakdown.examples.js';
import {hotlineBannerExamples} from '../../examples/hotline-banner.examples.js';
import {hasCyrillic} from '../../src/i18n/transliterate.js';

// The stories' fallbacks follow the page's language: a Serbian story never falls back to English.
const withFallback: [string, ElementExample][] = [
  ...actionCardExamples.map((example): [string, ElementExample] => ['hf-action-card', example]),
  ...beneficiaryListExamples.map((example): [string, ElementExample] => ['hf-beneficiary-list', example]),
  ...budgetBreakdownExamples.map((example): [string, ElementExample] => ['hf-budget-breakdown', example]),
  ...hotlineBannerExamples.map((example): [string, ElementExample] => ['hf-hotline-banner', example]),
].filter(([, example]) => example.fallbackHtml);

/** The fallback's text, read from a copy of the element that is never attached (so never upgraded). */
const fallbackText = (tag: string, example: ElementExample) =>
  [...createExampleElement(tag, example).childNodes]
    .filter((node) => !(node instanceof HTMLScriptElement))
    .map((node) => node.textContent)
    .join(' ');

describe('example fallbacks', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('cover the error stories of every element', () => {
    expect(withFallback.map(([tag, example]) => `${tag} ${example.name}`)).to.include('hf-budget-breakdown Error: shares');
    expect(new Set(withFallback.map(([tag]) => tag)).size).to.equal(4);
  });

  for (const [lang, script] of [
    ['sr-Cyrl', 'Cyrillic'],
    ['sr-Latn', 'Latin'],
    ['en', 'English'],
  ] as const) {
    it(`are in ${script} on a page in ${lang}`, () => {
      document.documentElement.lang = lang;
      for (const [tag, example] of withFallback) {
        const text = fallbackText(tag, example);
        expect(hasCyrillic(text), `${tag} ${example.name}: ${text}`).to.equal(lang === 'sr-Cyrl');
        if (lang === 'sr-Latn')
          expect(text, `${tag} ${example.name}`).not.to.match(/\b(budget|Ministry|Exit this page|Council of Europe)\b/);
      }
    });
  }
});
