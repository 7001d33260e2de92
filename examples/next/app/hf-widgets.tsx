'use client';
// Loads the elements in the browser, where they upgrade the server-rendered tags. Next.js runs
// this on the server too: the imports are safe there and render nothing.
import type {} from 'hf-widgets/react'; // the tags' JSX types, for every file of the app
import 'hf-widgets/hf-hotline-banner.js';
import 'hf-widgets/hf-action-card.js';

export function HfWidgets() {
  return null;
}
