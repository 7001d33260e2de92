// One component for the server and the browser, as in Astro, Next.js or Nuxt: it imports the
// element's module (safe on the server: it registers the element with Lit's server shim and
// renders nothing) and writes the element's HTML with its fallback content.
import 'hf-widgets/hf-hotline-banner.js';

const escapeHtml = (text) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The text of a multilingual field in one language (docs/action-document.md). */
const inLanguage = (text, locale) => (typeof text === 'string' ? text : (text[locale] ?? text.en));

/**
 * `<hf-hotline-banner>` with the chosen hotlines as plain links inside: what the reader sees
 * before the script runs, without JavaScript, and if the data cannot be used. The document goes
 * inline as JSON (`<` escaped, so the text cannot close the script element).
 */
export function helpBanner(action, hotlineIds, locale) {
  const hotlines = action.hotlines.filter((hotline) => hotlineIds.includes(hotline.id));
  const items = hotlines
    .map(
      (hotline) =>
        `<li>${escapeHtml(inLanguage(hotline.name, locale))}: <a href="tel:${escapeHtml(hotline.number)}">${escapeHtml(hotline.display)}</a></li>`,
    )
    .join('');
  const json = JSON.stringify(action).replace(/</g, '\\u003c');
  return (
    `<hf-hotline-banner quick-exit hotlines="${escapeHtml(hotlineIds.join(','))}">` +
    `<script type="application/json">${json}</script>` +
    `<ul>${items}</ul>` +
    `<p><a href="https://www.google.com/webhp" rel="noreferrer">Exit this page</a></p>` +
    `</hf-hotline-banner>`
  );
}
