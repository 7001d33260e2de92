// Writes the iframe route next to the bundle, so a partner hosts dist/ as it is:
//   dist/embed.html             the page, its <noscript> fallback generated from the default data,
//                               and a preload of the bundle's two files
//   dist/embed/page.js …        its script, the shared fallback module, the attribute list and
//                               config.json (the other origins whose data or exit address it
//                               may take; none)
//   dist/hf-embed-resize.js     the host-page script that sizes the frames and carries out a
//                               banner frame's quick exit
// embed/elements.js's list of elements and attributes is read from custom-elements.json, so the
// frame applies exactly what the elements declare. Run by `npm run build`, after the manifest.
import {copyFile, mkdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {importTs, projectRoot} from './lib/import-ts.mjs';
import {fallbackFor, fallbackHtml} from '../embed/fallback.js';

const source = (name) => join(projectRoot, 'embed', name);
const dist = (name) => join(projectRoot, 'dist', name);

/** `{tag: {attribute: {kind, values?}}}` from the manifest's declared attributes. */
export function embeddableElementsFrom(manifest) {
  const elements = {};
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    elements[declaration.tagName] = Object.fromEntries(
      (declaration.attributes ?? []).map((attribute) => [
        attribute.name,
        attributeKind(attribute.type?.text ?? 'string', attribute.default),
      ]),
    );
  }
  return elements;
}

/** The attribute's kind from its TypeScript type, and its default as attribute text. */
function attributeKind(typeText, defaultText) {
  const literals = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  const withDefault = (kind) =>
    defaultText === undefined || defaultText === null ? kind : {...kind, default: defaultText.replace(/^'(.*)'$/, '$1')};
  if (literals.every((part) => /^'[^']*'$/.test(part)))
    return withDefault({kind: 'enum', values: literals.map((part) => part.slice(1, -1))});
  if (literals.length === 1 && (literals[0] === 'boolean' || literals[0] === 'number')) return withDefault({kind: literals[0]});
  return withDefault({kind: 'string'});
}

/** The <noscript> content: the default hotlines and an exit link that leaves the whole tab, in Serbian and English. */
async function noscriptFallback() {
  const {defaultAction} = await importTs('src/core/document/default-action.ts');
  const {localizedText} = await importTs('src/i18n/localized-text.ts');
  const {cyrillicToLatin} = await importTs('src/i18n/transliterate.ts');
  const {DEFAULT_EXIT_URL} = await importTs('src/core/quick-exit/quick-exit.ts');
  return ['sr-Cyrl', 'en']
    .map((locale) => {
      const nodes = fallbackFor(
        'hf-hotline-banner',
        defaultAction,
        {'quick-exit': true},
        {
          locale,
          text: (value) => localizedText(value, locale),
          toLatin: cyrillicToLatin,
          exitUrl: DEFAULT_EXIT_URL,
          exitTarget: '_top',
        },
      );
      return `      <div class="hf-embed-fallback" lang="${locale}">\n${fallbackHtml(nodes, '  ').replace(/^/gm, '      ')}\n      </div>`;
    })
    .join('\n');
}

const manifest = JSON.parse(await readFile(join(projectRoot, 'custom-elements.json'), 'utf8'));
await mkdir(dist('embed'), {recursive: true});
await writeFile(
  dist('embed/elements.js'),
  `// Written by scripts/write-embed.mjs from custom-elements.json: the attributes each element declares.\nexport const embeddableElements = ${JSON.stringify(embeddableElementsFrom(manifest), null, 2)};\n`,
);
for (const name of ['page.js', 'fallback.js', 'embed.css', 'config.json']) await copyFile(source(name), dist(`embed/${name}`));
await copyFile(source('hf-embed-resize.js'), dist('hf-embed-resize.js'));
/**
 * The page's script imports the bundle, which loads its elements only once it has run: asking
 * for both files at once spares the frame those round trips. The elements' file's name is read
 * from the bundle.
 */
async function bundlePreloads() {
  const bundle = await readFile(dist('hf-widgets.js'), 'utf8');
  const elements = bundle.match(/import\(\s*["']\.\/(hf-widgets-elements\.js)["']\s*\)/)?.[1];
  if (!elements) throw new Error('write-embed: dist/hf-widgets.js loads no hf-widgets-elements.js');
  return ['hf-widgets.js', elements].map((file) => `    <link rel="modulepreload" href="${file}" />`).join('\n');
}

const page = await readFile(source('embed.html'), 'utf8');
await writeFile(
  dist('embed.html'),
  page
    .replace('      <!-- hf-embed-fallback -->', await noscriptFallback())
    .replace('    <!-- hf-bundle-preload -->', await bundlePreloads()),
);
