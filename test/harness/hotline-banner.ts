/** What every hotline banner test needs: mounting, a recorded quick exit, Shift presses. */
import {html, type TemplateResult} from 'lit';
import '../../src/hf-hotline-banner.js';
import type {HfHotlineBanner} from '../../src/hf-hotline-banner.js';
import {exitNavigation, restorePageForTests} from '../../src/core/quick-exit.js';
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
