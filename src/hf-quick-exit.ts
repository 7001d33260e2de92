/**
 * The way out first: `dist/hf-quick-exit.js`, which is also how `dist/hf-hotline-banner.js`
 * starts. As soon as it runs, the fallback's exit link (`<a data-hf-exit href="…">` inside
 * `<hf-hotline-banner>`) and Shift ×3 do the full quick exit (src/core/quick-exit/fallback-exit.ts);
 * then it loads the rest, the element, which takes over when it is defined.
 */
import './core/quick-exit/fallback-exit.js';

// Built, the element is a file of its own beside this one, fetched only now that the exit works.
import('./hf-hotline-banner.js').catch((error: unknown) => console.warn('hf-widgets: could not load <hf-hotline-banner>:', error));
