/** What every hotline banner test needs: mounting, a recorded quick exit, Shift presses. */
import {html, type TemplateResult} from 'lit';
import '../../src/hf-hotline-banner.js';
import type {HfHotlineBanner} from '../../src/hf-hotline-banner.js';
import {exitNavigation, restorePageForTests} from '../../src/core/quick-exit/quick-exit.js';
import {mount} from '../helpers.js';

export const BANNER_TAG = 'hf-hotline-banner';

/** A banner from `template` (the default banner without one), settled. */
export function banner(template: TemplateResult = html`<hf-hotline-banner></hf-hotline-banner>`): Promise<HfHotlineBanner> {
  return mount<HfHotlineBanner>(template);
}

/**
 * Replaces quick exit's navigation for one test and records where the page would have gone;
 * `restore` puts navigation back and shows the page again.
 */
export function recordNavigation(): {urls: string[]; restore: () => void} {
  const original = exitNavigation.replace;
  const urls: string[] = [];
  exitNavigation.replace = (url: string) => void urls.push(url);
  return {
    urls,
    restore: () => {
      exitNavigation.replace = original;
      restorePageForTests();
    },
  };
}

/** One press of Shift as synthetic events on `window` (optionally with a letter typed while held). */
export function pressShift(options: {withOtherKey?: boolean} = {}): void {
  window.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift', shiftKey: true, bubbles: true}));
  if (options.withOtherKey) {
    window.dispatchEvent(new KeyboardEvent('keydown', {key: 'A', shiftKey: true, bubbles: true}));
    window.dispatchEvent(new KeyboardEvent('keyup', {key: 'A', shiftKey: true, bubbles: true}));
  }
  window.dispatchEvent(new KeyboardEvent('keyup', {key: 'Shift', bubbles: true}));
}

/**
 * For a describe block of quick-exit tests: records navigation in each test and, after it,
 * shows the page again and puts back its title and referrer policy. Read `urls` in the tests.
 */
export function useRecordedExit(): {readonly urls: string[]} {
  let navigation = recordNavigation();
  const title = document.title;
  beforeEach(() => {
    navigation = recordNavigation();
  });
  afterEach(() => {
    navigation.restore();
    document.title = title;
    document.head.querySelector('meta[name="referrer"]')?.remove();
  });
  return {
    get urls() {
      return navigation.urls;
    },
  };
}
