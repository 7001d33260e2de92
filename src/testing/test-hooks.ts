/**
 * What the test suite reaches inside the library and pages never do. No entry point imports this
 * module and the type declarations leave it out, so no build carries it; scripts/check-package.mjs
 * fails if any of these names shows up in dist/.
 */
import {requestState} from '../core/loading/load-action.js';
import {latestSwitchApplied} from '../i18n/locale.js';

/** The limits of every `src` request, to change for a test (a short timeout) and restore after. */
export const requestLimits = requestState.limits;

/** Forgets every shared `src` request, so that the next element asks again (a test's new answer). */
export function clearActionRequests(): void {
  requestState.byUrl.clear();
}

/** Resolves once the latest locale change (`<html lang>`, `setLocale`) has been applied; never rejects. */
export function localeSettled(): Promise<void> {
  return latestSwitchApplied();
}
