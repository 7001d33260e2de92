// The server's part: the banner's HTML for a page, from a document checked with the package's own
// validator (`hf-widgets/data` registers nothing and needs no DOM).
import {validateAction, defaultAction} from 'hf-widgets/data';
import {helpBanner} from './help-banner.mjs';

export function render(locale) {
  return helpBanner(validateAction(defaultAction), ['astra', 'nadel'], locale);
}
