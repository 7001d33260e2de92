/**
 * The drop-in bundle, `dist/hf-widgets.js`: the way out first. This file holds only the quick
 * exit; as soon as it runs, the fallback's exit link and Shift ×3 work
 * (src/core/quick-exit/fallback-exit.ts). Then it fetches every element (src/all-elements.ts,
 * `dist/hf-widgets-elements.js` beside it) and waits for it at the top level, so a page's
 * `import {setLocale} from './hf-widgets.js'` still resumes only once all four elements are
 * defined, as before. A page that must not move as the widgets start loads that file itself,
 * render-blocking (docs/embedding.md); both then share one copy of it.
 *
 * The elements' file has its own copy of the quick exit instead of importing this file's: a module that
 * a top-level await is waiting for may not import the waiting module (it would wait for it in
 * turn, and neither would ever finish). The two copies meet as any two drop-in files on one page
 * do: the first arms the fallback once, the element takes over when it is defined.
 */
import './core/quick-exit/fallback-exit.js';
import type * as AllElements from './all-elements.js';

const library: typeof AllElements = await import('./all-elements.js');

// Every export of src/all-elements.ts, listed: a dynamic import cannot be re-exported with `*`.
// test/bundle-entry.test.ts fails when one is missing.
export const {
  HfHotlineBanner,
  HfActionCard,
  actionStatusOn,
  HfBudgetBreakdown,
  HfBeneficiaryList,
  setLocale,
  getLocale,
  supportedLocales,
  resolveLocale,
  defaultAction,
  localizedText,
  cyrillicToLatin,
  VERSION,
} = library;
