// `npm run wordpress`: release/hf-widgets-wordpress-<version>.zip, the WordPress plugin as wp-admin's
// "Upload plugin" takes it. Top folder hf-widgets/: the PHP, block.json files and editor script
// from wordpress/hf-widgets/, plus what the build makes:
//   assets/      the single-element files from dist/ (and any file they import, and dist/locales/
//                when it exists), so a reader's browser asks no other site for anything;
//   data/default-action.json  the default action (examples/json/seed-action.json);
//   languages/   .mo files compiled from the .po files, and sr_RS@latin made from sr_RS (Cyrillic)
//                by the project's transliteration;
//   LICENSE, THIRD-PARTY-NOTICES.txt (Lit, bundled into the element files).
// The version in hf-widgets.php and readme.txt is set from package.json.
// `node scripts/build-wordpress.mjs --pot` rewrites languages/hf-widgets.pot with Debian's xgettext;
// `--check-pot` fails when it is out of date (scripts/test-wordpress.mjs runs it where xgettext is).
// Needs `npm run build` first.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, readFile, readdir, stat, writeFile} from 'node:fs/promises';
import {join, posix, relative} from 'node:path';
import {zipSync} from 'fflate';
import {importTs, projectRoot} from './lib/import-ts.mjs';

const root = (path) => join(projectRoot, path);
const pluginSource = root('wordpress/hf-widgets');
const {version} = JSON.parse(await readFile(root('package.json'), 'utf8'));
const elementFiles = ['hf-hotline-banner.js', 'hf-action-card.js', 'hf-budget-breakdown.js', 'hf-beneficiary-list.js'];

if (process.argv.includes('--pot')) {
  await writeFile(join(pluginSource, 'languages/hf-widgets.pot'), await potText());
  console.log('wordpress: wrote wordpress/hf-widgets/languages/hf-widgets.pot');
  process.exit(0);
}
if (process.argv.includes('--check-pot')) {
  const current = await readFile(join(pluginSource, 'languages/hf-widgets.pot'), 'utf8');
  if (current !== (await potText())) {
    console.error(
      'wordpress/hf-widgets/languages/hf-widgets.pot is out of date: run `node scripts/build-wordpress.mjs --pot` and translate the new strings.',
    );
    process.exit(1);
  }
  process.exit(0);
}

for (const name of elementFiles) {
  if (!existsSync(root(`dist/${name}`))) {
    console.error(`build-wordpress: dist/${name} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

/** Path inside hf-widgets/ → contents. */
const files = new Map();

// The plugin's own source, with the package's version.
for (const path of await walk(pluginSource)) {
  const name = relative(pluginSource, path).split(/[\\/]/).join('/');
  let contents = await readFile(path);
  if (name === 'hf-widgets.php') {
    contents = Buffer.from(
      contents
        .toString('utf8')
        .replace(/(\* Version:\s+)\S+/, `$1${version}`)
        .replace(/define\( 'HF_WIDGETS_VERSION', '[^']*' \)/, `define( 'HF_WIDGETS_VERSION', '${version}' )`),
    );
  }
  if (name === 'readme.txt') contents = Buffer.from(contents.toString('utf8').replace(/(Stable tag:\s+)\S+/, `$1${version}`));
  files.set(name, contents);
}

// The element files and everything they import, found by following relative specifiers.
const pending = [...elementFiles];
if (existsSync(root('dist/hf-quick-exit.js'))) pending.push('hf-quick-exit.js');
if (existsSync(root('dist/locales'))) {
  for (const path of await walk(root('dist/locales'))) pending.push(relative(root('dist'), path).split(/[\\/]/).join('/'));
}
while (pending.length > 0) {
  const name = pending.shift();
  if (files.has(`assets/${name}`)) continue;
  if (!existsSync(root(`dist/${name}`))) throw new Error(`build-wordpress: dist/${name} is imported but missing`);
  const contents = await readFile(root(`dist/${name}`));
  files.set(`assets/${name}`, contents);
  if (name.endsWith('.js')) {
    const text = contents.toString('utf8');
    for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      pending.push(posix.normalize(posix.join(posix.dirname(name), specifier)));
    }
  }
}

files.set('data/default-action.json', await readFile(root('examples/json/seed-action.json')));
files.set('LICENSE', await readFile(root('LICENSE')));
files.set('THIRD-PARTY-NOTICES.txt', Buffer.from(await thirdPartyNotices()));

// Translations: Serbian Latin is made from the Cyrillic, then every .po is compiled.
const {cyrillicToLatin} = await importTs('src/i18n/transliterate.ts');
const cyrillicPo = files.get('languages/hf-widgets-sr_RS.po');
if (!cyrillicPo) throw new Error('build-wordpress: languages/hf-widgets-sr_RS.po is missing');
// Every string of the template must be translated, so no English slips into a Serbian admin.
const messageKey = (message) => `${message.context ?? ''}\u0004${message.id}`;
const translated = new Set(
  parsePo(cyrillicPo.toString('utf8'))
    .filter((message) => message.strings.some((value) => value !== ''))
    .map(messageKey),
);
const untranslated = parsePo(files.get('languages/hf-widgets.pot').toString('utf8')).filter(
  (message) => message.id !== '' && !translated.has(messageKey(message)),
);
if (untranslated.length > 0) {
  console.error(
    `build-wordpress: hf-widgets-sr_RS.po has no translation for: ${untranslated.map((message) => JSON.stringify(message.id)).join(', ')}`,
  );
  process.exit(1);
}
files.set('languages/hf-widgets-sr_RS@latin.po', Buffer.from(latinPo(cyrillicPo.toString('utf8'), cyrillicToLatin)));
for (const name of [...files.keys()].filter((path) => path.endsWith('.po'))) {
  files.set(name.replace(/\.po$/, '.mo'), compileMo(parsePo(files.get(name).toString('utf8'))));
}

const zipEntries = {};
for (const [name, contents] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  zipEntries[`hf-widgets/${name}`] = [new Uint8Array(contents), {mtime: new Date('2026-01-01T00:00:00Z')}];
}
await mkdir(root('release'), {recursive: true});
const zipPath = root(`release/hf-widgets-wordpress-${version}.zip`);
await writeFile(zipPath, zipSync(zipEntries, {level: 9}));
console.log(`wordpress: ${relative(projectRoot, zipPath)} (${files.size} files, ${((await stat(zipPath)).size / 1024).toFixed(0)} KB)`);

/** Every file under a folder, sorted. */
async function walk(folder) {
  const out = [];
  for (const entry of await readdir(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out.sort();
}

/** The licences of the packages bundled into the element files. */
async function thirdPartyNotices() {
  const packages = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'];
  const parts = ['The element files in assets/ bundle these packages:\n'];
  for (const name of packages) {
    const folder = root(`node_modules/${name}`);
    if (!existsSync(folder)) continue;
    const {version: packageVersion, license} = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
    const licenseFile = (await readdir(folder)).find((file) => /^licen[sc]e/i.test(file));
    parts.push(`\n== ${name} ${packageVersion} (${license}) ==\n\n${licenseFile ? await readFile(join(folder, licenseFile), 'utf8') : ''}`);
  }
  return parts.join('');
}

/**
 * A .po file's messages: [{context, id, plural, strings[]}], the header first (id '').
 * Handles what xgettext and translators write: msgctxt, msgid_plural, msgstr[n], continued lines.
 */
function parsePo(text) {
  const messages = [];
  let current = null;
  let field = null;
  const unquote = (line) => JSON.parse(line.trim());
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#') || line.trim() === '') {
      if (current && line.trim() === '') {
        messages.push(current);
        current = null;
      }
      continue;
    }
    const match = /^(msgctxt|msgid|msgid_plural|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (match) {
      current ??= {context: undefined, id: '', plural: undefined, strings: []};
      const [, keyword, index, value] = match;
      if (keyword === 'msgctxt') field = ['context'];
      else if (keyword === 'msgid') field = ['id'];
      else if (keyword === 'msgid_plural') field = ['plural'];
      else field = ['strings', Number(index ?? 0)];
      setField(current, field, unquote(value));
    } else if (line.startsWith('"') && current && field) {
      setField(current, field, getField(current, field) + unquote(line));
    } else {
      throw new Error(`build-wordpress: cannot read this .po line: ${line}`);
    }
  }
  if (current) messages.push(current);
  return messages;
}
function getField(message, [key, index]) {
  return index === undefined ? (message[key] ?? '') : (message[key][index] ?? '');
}
function setField(message, [key, index], value) {
  if (index === undefined) message[key] = value;
  else message[key][index] = value;
}

/** A .po file's Latin twin. Only translations hold Cyrillic (the msgids are English), so the whole
 * text can go through the transliteration. */
function latinPo(text, toLatin) {
  return toLatin(text).replace(/"Language: sr_RS\\n"/, '"Language: sr_RS@latin\\n"');
}

/** Compiles messages to GNU .mo (little-endian, no hash table); untranslated ones are left out. */
function compileMo(messages) {
  const entries = messages
    .filter((message) => message.id === '' || message.strings.some((value) => value !== ''))
    .map((message) => {
      const key =
        (message.context === undefined ? '' : `${message.context}\u0004`) +
        message.id +
        (message.plural === undefined ? '' : `\0${message.plural}`);
      return [Buffer.from(key, 'utf8'), Buffer.from(message.strings.join('\0'), 'utf8')];
    })
    .sort(([a], [b]) => Buffer.compare(a, b));
  const count = entries.length;
  const headerSize = 28;
  const originalsTable = headerSize;
  const translationsTable = originalsTable + count * 8;
  let offset = translationsTable + count * 8;
  const tables = Buffer.alloc(count * 16);
  const blobs = [];
  for (const [column, pick] of [
    [0, 0],
    [count * 8, 1],
  ]) {
    entries.forEach((entry, index) => {
      const bytes = entry[pick];
      tables.writeUInt32LE(bytes.length, column + index * 8);
      tables.writeUInt32LE(offset, column + index * 8 + 4);
      blobs.push(bytes, Buffer.from([0]));
      offset += bytes.length + 1;
    });
  }
  const header = Buffer.alloc(headerSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(originalsTable, 12);
  header.writeUInt32LE(translationsTable, 16);
  // An empty hash table, placed right after the tables: WordPress's reader works out the size of
  // the translations table from this address.
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(translationsTable + count * 8, 24);
  return Buffer.concat([header, tables, ...blobs]);
}

/** The text of languages/hf-widgets.pot: the PHP's strings (xgettext) and the block.json titles, descriptions and keywords. */
async function potText() {
  const php = (await walk(pluginSource)).filter((path) => path.endsWith('.php'));
  const keywords = ['__', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e', '_x:1,2c', '_n:1,2'];
  const extracted = execFileSync(
    'xgettext',
    [
      '--language=PHP',
      '--from-code=UTF-8',
      '--add-comments=translators:',
      '--sort-by-file',
      // File names without line numbers, so that moving code does not make the template stale.
      '--add-location=file',
      '--package-name=HF widgets',
      `--package-version=${version}`,
      '--output=-',
      ...keywords.map((keyword) => `--keyword=${keyword}`),
      ...php.map((path) => relative(pluginSource, path)),
    ],
    {cwd: pluginSource, encoding: 'utf8'},
  );
  const blockStrings = [];
  for (const folder of (await readdir(join(pluginSource, 'blocks'))).sort()) {
    const block = JSON.parse(await readFile(join(pluginSource, 'blocks', folder, 'block.json'), 'utf8'));
    const entry = (context, text) => `#: blocks/${folder}/block.json\nmsgctxt "${context}"\nmsgid ${JSON.stringify(text)}\nmsgstr ""\n`;
    blockStrings.push(entry('block title', block.title), entry('block description', block.description));
    for (const keyword of block.keywords ?? []) blockStrings.push(entry('block keyword', keyword));
  }
  return extracted.replace('charset=CHARSET', 'charset=UTF-8').replace(/^"POT-Creation-Date: .*\n/m, '') + '\n' + blockStrings.join('\n');
}
