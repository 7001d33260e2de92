// The locales with a file of their own (dist/locales/<code>.js, src/i18n/locale-files.ts): each
// is built, holds every UI string, stays small, and is fetched from where it is; and no other
// built file carries any of them (the bundle, the single-element files and the npm modules
// must not grow with each language added). Needs `npm run build` first.
// Prints "N passed, N failed".
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import {fileLocales} from '../rollup.config.mjs';
import {createChecks} from './lib/checks.mjs';
import {LOCALE_FILES_DIR} from './lib/rollup-locale-files.mjs';

/** Gzip ceiling of one locale's file: about 2.0 KB each on 2026-12-03, with room for a few strings. */
const LOCALE_FILE_CEILING = 2.5 * 1024;
const {check, finish} = createChecks();

/** Every message id, from the Serbian table every file carries. */
const cyrillic = readFileSync('src/generated/locales/sr-Cyrl.ts', 'utf8');
const ids = [...cyrillic.matchAll(/^'([\w-]+)':/gm)].map(([, id]) => id);
check('reads the message ids', ids.length > 60, `${ids.length}`);

/** Built JavaScript outside dist/locales/: drop-in files and npm modules. */
function builtScripts(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === LOCALE_FILES_DIR ? [] : builtScripts(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}
const others = builtScripts('dist').map((path) => [path, readFileSync(path, 'utf8')]);
check(
  'finds the bundle and the single-element files',
  others.some(([path]) => path === 'dist/hf-widgets.js'),
);

for (const code of fileLocales) {
  const path = `${LOCALE_FILES_DIR}/${code}.js`;
  if (!existsSync(path)) {
    check(`${path} is built`, false);
    continue;
  }
  const {templates} = await import(pathToFileURL(resolve(path)).href);
  const missing = ids.filter((id) => templates?.[id] === undefined);
  check(`${path} holds every UI string`, missing.length === 0, missing.join(', '));
  const gzip = gzipSync(readFileSync(path), {level: 9}).length;
  check(`${path} is at most ${LOCALE_FILE_CEILING} B gzip`, gzip <= LOCALE_FILE_CEILING, `${gzip} B`);
  // Long strings only: a short word ("Program", "Status:") may well be English or Serbian too.
  const texts = Object.values(templates)
    .map((template) => (typeof template === 'string' ? template : template.strings.join('')))
    .filter((text) => text.length >= 20);
  const carriers = others.filter(([, source]) => texts.some((text) => source.includes(text))).map(([file]) => file);
  check(`no other built file carries the ${code} strings`, carriers.length === 0, carriers.join(', '));
}

// Each built file that fetches locale files names a folder that, from where it is, is dist/locales/.
const loaders = others.flatMap(([file, source]) =>
  [...source.matchAll(/import\(`([^`$]*)\$\{\w+\}\.js`\)/g)].map(([, prefix]) => [file, prefix]),
);
/**
 * A drop-in file and the files it loads after the way out: the banner's file its element's chunk,
 * the bundle its elements' file (dist/hf-widgets-elements.js).
 */
const withChunks = (file) => [
  file,
  ...[...readFileSync(file, 'utf8').matchAll(/import\("\.\/((?:chunks\/)?[^"/]+\.js)"\)/g)].map(([, chunk]) => join(dirname(file), chunk)),
];
check(
  'the bundle and the banner file (or a chunk they load) can fetch locale files',
  ['dist/hf-widgets.js', 'dist/hf-hotline-banner.js'].every((file) => withChunks(file).some((part) => loaders.some(([f]) => f === part))),
);
const wrong = loaders.filter(([file, prefix]) => relative(resolve(LOCALE_FILES_DIR), resolve(dirname(file), prefix)) !== '');
check(
  'every locale file path resolves to dist/locales/',
  wrong.length === 0,
  wrong.map(([file, prefix]) => `${file}: ${prefix}`).join(', '),
);

finish('check-locale-files');
