// The three snippets as text, from what the editor chose. Pure functions: builder.js gathers
// the choices, these write the HTML, with every attribute value escaped.

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** ` name` for a present boolean attribute (`''`), ` name="value"` otherwise. */
const attributeText = (attributes) =>
  attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');

/**
 * The element with its inline data (when pasted) and its fallback content.
 * @param {{tag: string, attributes: [string, string][], inlineData?: object, fallback: string}} element
 */
export function elementMarkup({tag, attributes, inlineData, fallback}) {
  const parts = [];
  if (inlineData) {
    // "<" escaped so that no text in the data can close the script element.
    const json = JSON.stringify(inlineData, null, 2).replace(/</g, '\\u003c');
    parts.push(`  <script type="application/json">\n${json.replace(/^/gm, '    ')}\n  </script>`);
  }
  if (fallback) parts.push(fallback);
  return `<${tag}${attributeText(attributes)}>\n${parts.join('\n')}\n</${tag}>`;
}

/** The script tag, then the element. */
export const scriptSnippet = (bundleUrl, markup) => `<script type="module" src="${escapeAttribute(bundleUrl)}"></script>\n${markup}`;

/** The script snippet as a block for WordPress's code editor: it becomes a Custom HTML block. */
export const wordpressSnippet = (script) => `<!-- wp:html -->\n${script}\n<!-- /wp:html -->`;

/** embed.html's address: the element, the language, then its attributes (booleans bare, commas kept). */
export function embedAddress(embedUrl, tag, lang, attributes) {
  const query = [['element', tag], ['lang', lang], ...attributes]
    .map(([name, value]) => (value === '' ? name : `${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`))
    .join('&');
  return `${embedUrl}?${query}`;
}

/**
 * The iframe, the fallback text shown after it until the frame reports in, and the resize script.
 * `lang` marks the frame's title and the fallback text with the widget's language.
 * @param {{address: string, title: string, lang: string, height: number, fallback: string, resizeUrl: string}} frame
 */
export function iframeSnippet({address, title, lang, height, fallback, resizeUrl}) {
  const langAttribute = `lang="${escapeAttribute(lang)}"`;
  return [
    `<iframe data-hf-embed src="${escapeAttribute(address)}" title="${escapeAttribute(title)}" ${langAttribute} loading="lazy" height="${height}" style="display:block;width:100%;height:${height}px;border:0"></iframe>`,
    `<div data-hf-embed-fallback ${langAttribute}>\n${fallback}\n</div>`,
    `<script src="${escapeAttribute(resizeUrl)}" defer></script>`,
  ].join('\n');
}
