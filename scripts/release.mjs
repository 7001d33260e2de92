// `npm run release`: release/hf-widgets-<version>.zip, everything a web editor needs without npm.
// Inside one folder, hf-widgets-<version>/:
//   hf-widgets.js (+ .map), every other dist/hf-*.js (the single-element files, when the build
//   makes them; hf-embed-resize.js), locales/<code>.js (the languages fetched on demand), embed.html + embed/, builder/, example.html, action.json,
//   action.schema.json, LICENSE, THIRD-PARTY-NOTICES.txt (read from node_modules, for every
//   package bundled into the scripts), integrity.json (SHA-384 of each script) and README.txt.
// Needs `npm run build` first (the release script runs it).
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {zipSync} from 'fflate';
import {importTs, projectRoot} from './lib/import-ts.mjs';
import {fallbackFor, fallbackHtml} from '../embed/fallback.js';

const root = (path) => join(projectRoot, path);
const {version} = JSON.parse(await readFile(root('package.json'), 'utf8'));
const folder = `hf-widgets-${version}`;

/** Path in the zip → contents. */
const files = new Map();
const addFile = async (zipPath, sourcePath) => files.set(zipPath, await readFile(root(sourcePath)));
const addText = (zipPath, text) => files.set(zipPath, Buffer.from(text, 'utf8'));

if (!existsSync(root('dist/hf-widgets.js')) || !existsSync(root('dist/embed.html'))) {
  console.error('release: dist/ is not built; run `npm run release`, which builds first.');
  process.exit(1);
}

// The scripts: the bundle, any single-element files and the host resize script, with their maps.
const distNames = await readdir(root('dist'));
const scripts = distNames.filter((name) => /^hf-.*\.js$/.test(name)).sort();
for (const name of scripts) {
  await addFile(name, `dist/${name}`);
  if (distNames.includes(`${name}.map`)) await addFile(`${name}.map`, `dist/${name}.map`);
}
// The locales with a file of their own, in locales/ beside the scripts, where they fetch them.
if (existsSync(root('dist/locales'))) {
  for (const name of (await readdir(root('dist/locales'))).sort()) await addFile(`locales/${name}`, `dist/locales/${name}`);
}

// The parts that the way-out files (hf-widgets.js, hf-quick-exit.js, hf-hotline-banner.js) load after
// the exit is armed, and the validator that elements load with data.
for (const name of await readdir(root('dist/chunks'))) await addFile(`chunks/${name}`, `dist/chunks/${name}`);

// The iframe route, as the build wrote it.
await addFile('embed.html', 'dist/embed.html');
for (const name of await readdir(root('dist/embed'))) await addFile(`embed/${name}`, `dist/embed/${name}`);

// The builder, pointed at the folder above it instead of the demo's dist/.
for (const name of await readdir(root('demo/builder'))) {
  if (name !== 'index.html') await addFile(`builder/${name}`, `demo/builder/${name}`);
}
const builderPage = await readFile(root('demo/builder/index.html'), 'utf8');
const filesMeta = /(<meta name="hf-files" content=")[^"]*(")/;
if (!filesMeta.test(builderPage)) throw new Error('demo/builder/index.html has no <meta name="hf-files">');
addText('builder/index.html', builderPage.replace(filesMeta, '$1../$2'));

// Data and licences.
await addFile('action.json', 'examples/json/seed-action.json');
await addFile('action.schema.json', 'dist/action.schema.json');
await addFile('LICENSE', 'LICENSE');
addText('THIRD-PARTY-NOTICES.txt', await thirdPartyNotices(scripts));
addText('example.html', await examplePage());
addText('README.txt', readme());

// Fingerprints last, of every script in the zip.
const integrity = {};
for (const [path, contents] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  if (path.endsWith('.js')) integrity[path] = `sha384-${createHash('sha384').update(contents).digest('base64')}`;
}
addText('integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);

// SOURCE_DATE_EPOCH (seconds) makes the zip byte-for-byte repeatable; zip times start in 1980.
const mtime = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
const zip = zipSync(
  Object.fromEntries(
    [...files].sort(([a], [b]) => a.localeCompare(b)).map(([path, contents]) => [`${folder}/${path}`, [new Uint8Array(contents), {mtime}]]),
  ),
  {level: 9},
);
await mkdir(root('release'), {recursive: true});
const zipPath = `release/${folder}.zip`;
await writeFile(root(zipPath), zip);
console.log(`release: ${zipPath} (${files.size} files, ${(zip.length / 1024).toFixed(1)} KB)`);

/**
 * Every npm package whose code is inside the scripts (from their source maps), each with its own
 * licence file; then the licence notices kept in the bundle that name someone else.
 */
async function thirdPartyNotices(scriptNames) {
  const packages = new Map();
  const notices = new Map();
  for (const name of scriptNames) {
    if (!existsSync(root(`dist/${name}.map`))) continue;
    const map = JSON.parse(await readFile(root(`dist/${name}.map`), 'utf8'));
    for (const [index, source] of map.sources.entries()) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
      if (!match) continue;
      packages.set(match[1], true);
      for (const comment of (map.sourcesContent?.[index] ?? '').match(/\/\*\*?[^]*?\*\//g) ?? []) {
        if (comment.includes('@license')) notices.set(comment, match[1]);
      }
    }
  }
  const ourLicence = await readFile(root('LICENSE'), 'utf8');
  const sections = [];
  for (const name of [...packages.keys()].sort()) {
    const dir = root(`node_modules/${name}`);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    const licenceFile = (await readdir(dir)).find((file) => /^licen[cs]e(\.md|\.txt)?$/i.test(file));
    if (!licenceFile) throw new Error(`release: ${name} has no licence file in node_modules; cannot write its notice`);
    const text = (await readFile(join(dir, licenceFile), 'utf8')).trim();
    const lines = [`${manifest.name} ${manifest.version} (${manifest.license})`, manifest.homepage ?? '', '', text];
    // A notice inside the package's code under another licence (Lit's localize carries code
    // derived from fnv-plus, MIT): the notice as written, and the MIT terms it refers to.
    for (const [comment, owner] of notices) {
      const spdx = /SPDX-License-Identifier:\s*(\S+)/.exec(comment)?.[1];
      if (owner !== name || !spdx || spdx === manifest.license) continue;
      const holder = /Copyright[^\n*]*/.exec(comment)?.[0] ?? '';
      lines.push('', `Part of ${name} is under ${spdx}: ${holder}.`);
      if (spdx === 'MIT') lines.push('', ourLicence.replace(/^MIT License\s+Copyright[^\n]*\n\s*/, '').trim());
    }
    sections.push(lines.filter((line, index) => index !== 1 || line).join('\n'));
  }
  const rule = `\n\n${'-'.repeat(78)}\n\n`;
  return `Third-party notices for hf-widgets ${version}\n\nThe scripts in this folder contain the following packages, under these licences.${rule}${sections.join(rule)}\n`;
}

/** A page with the four widgets by script tag and the banner by iframe, each with its fallback. */
async function examplePage() {
  const {defaultAction} = await importTs('src/core/document/default-action.ts');
  const {localizedText} = await importTs('src/i18n/localized-text.ts');
  const {cyrillicToLatin} = await importTs('src/i18n/transliterate.ts');
  const {DEFAULT_EXIT_URL} = await importTs('src/core/quick-exit/quick-exit.ts');
  const fallback = (tag, options, exitTarget) =>
    fallbackHtml(
      fallbackFor(tag, defaultAction, options, {
        locale: 'en',
        text: (value) => localizedText(value, 'en'),
        toLatin: cyrillicToLatin,
        exitUrl: DEFAULT_EXIT_URL,
        exitTarget,
      }),
      '  ',
    ).replace(/^/gm, '      ');
  const widget = (tag, attributes, options = {}) => `    <${tag}${attributes}>\n${fallback(tag, options)}\n    </${tag}>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>hf-widgets ${version}: example</title>
    <script type="module" src="hf-widgets.js"></script>
  </head>
  <body>
    <h1>hf-widgets ${version}: the four widgets</h1>
    <p>This page uses only the files in this folder. Open <a href="builder/">the builder</a> to get the code for your own page.</p>

    <h2>Script tag</h2>
${widget('hf-hotline-banner', ' quick-exit heading-level="3"', {'quick-exit': true})}
${widget('hf-action-card', ' heading-level="3"')}
${widget('hf-budget-breakdown', ' heading-level="3"')}
${widget('hf-beneficiary-list', ' heading-level="3"')}

    <h2>Iframe</h2>
    <iframe data-hf-embed src="embed.html?element=hf-hotline-banner&amp;lang=en&amp;quick-exit" title="Hotline numbers" height="600" style="display:block;width:100%;height:600px;border:0"></iframe>
    <div data-hf-embed-fallback>
      <p>If the box above stays empty:</p>
${fallback('hf-hotline-banner', {'quick-exit': true})}
    </div>
    <script src="hf-embed-resize.js" defer></script>
  </body>
</html>
`;
}

function readme() {
  const singles = scripts.filter(
    (name) => !['hf-widgets.js', 'hf-widgets-elements.js', 'hf-widgets-data.js', 'hf-embed-resize.js'].includes(name),
  );
  const singleLines = singles.map(
    (name) =>
      `  ${name.padEnd(24)} only the ${name.replace(/^hf-|\.js$/g, '').replace(/-/g, ' ')} widget, smaller: use it instead of\n${' '.repeat(27)}hf-widgets.js on a page that shows only that widget.`,
  );
  return `hf-widgets ${version}
${'='.repeat(`hf-widgets ${version}`.length)}

Four small widgets about the Council of Europe / European Union action
"Strengthening anti-trafficking action in Serbia", for your website, in English,
Serbian Cyrillic and Serbian Latin:

  - a hotline banner: phone numbers for help, with a quick exit button;
  - an action card: the action at a glance;
  - a budget: the budget and who pays for it;
  - a list of who benefits.

You need no programmer and nothing to install. You need a place on your website
where you can put files (ask whoever runs your site if you do not have one).


WHAT IS IN THIS FOLDER

  hf-widgets.js            the widgets: your pages load this one file.
  hf-widgets.js.map        helps developers find errors; readers never load it.
  hf-widgets-elements.js   the widgets themselves, which hf-widgets.js loads once it has
                           made the quick exit work: keep it beside hf-widgets.js.
  chunks/, locales/        parts that the scripts fetch themselves when a page needs
                           them: keep these folders beside the scripts.
  hf-widgets-data.js       the rules for the data alone, for developers who check
                           their own data (the builder uses it).
${singleLines.join('\n')}${singleLines.length ? '\n' : ''}  embed.html, embed/       the page for the iframe way (see below).
  hf-embed-resize.js       for the iframe way: gives each iframe its widget's height
                           and carries out the quick exit for it (without it,
                           Shift pressed three times in Firefox may leave only the frame).
  builder/                 the builder: a page that writes the code for you.
  example.html             a page with all four widgets, to see that everything works.
  action.json              the data the widgets show unless you give your own.
  action.schema.json       the rules for that data, for developers.
  integrity.json           a fingerprint of each script, to check that a file
                           arrived whole (or for a developer's integrity="..." attribute).
  LICENSE                  you may use, copy and change all of this (MIT licence).
  THIRD-PARTY-NOTICES.txt  the licences of the code inside the scripts.
                           Keep LICENSE and this file with the scripts.


HOW TO USE IT

  1. Copy this whole folder to your website, as it is, for example to
     https://www.example.org/hf-widgets/
  2. Open the builder in your browser: https://www.example.org/hf-widgets/builder/
  3. Choose a widget, its language and its options. The preview shows the result.
  4. Copy one of the three snippets and paste it into your page.


THREE WAYS TO PUT A WIDGET ON A PAGE

  A. Script tag: for pages that let you add <script>. The best way: the quick
     exit hides your page at once and leaves it.
  B. Iframe: for editors that remove <script> but keep <iframe>. The widget
     lives in embed.html, in a frame. An iframe cannot do everything: its exit
     button takes the whole tab to the exit page, but cannot hide your page first
     or blank its title, nor keep your page hidden if the reader comes back to it
     through earlier history.
  C. WordPress "Custom HTML" block: the script tag, ready for WordPress's code
     editor. WordPress keeps scripts only for administrators of a single site.
     For Authors, Contributors and multisite, WordPress removes both the script
     and the iframe: use the WordPress plugin instead,
     hf-widgets-wordpress-${version}.zip, published beside this zip (an
     administrator installs it with Plugins > Add New > Upload Plugin); anyone
     who writes posts can then place its blocks and shortcodes.

  Every snippet carries the numbers as plain text and links, so readers see them
  before the widget starts, without JavaScript, and if the data cannot load.


TRY IT ON YOUR OWN COMPUTER FIRST

  Double-clicking the files does not work: browsers run these scripts only from
  a web address. If you have Python, open a terminal in this folder and type

      python3 -m http.server 8000

  then open http://localhost:8000/example.html and http://localhost:8000/builder/
  (stop it with Ctrl+C).


BEFORE YOU PUBLISH: CHECK THE NUMBERS

  A wrong phone number can cost someone help. Before you publish, call every
  number you show and confirm it live; action.json names the source of each
  ("source"). Do it again from time to time. If anything has changed, give the widgets
  your own data: put your corrected copy of action.json on your site and choose
  "A JSON file on a website" in the builder.


PRIVACY

  The widgets ask for nothing but their own files and the data file you name. They
  set no cookies. In the reader's browser they keep a note only when you choose
  "Remember that a reader hid it", and, after a quick exit, a short-lived mark for
  that tab so that going back does not show the page again.


${'-'.repeat(78)}

${readmeSerbian(singles)}`;
}

/** The same README in Serbian Cyrillic, for the web editors of Serbian institutions. Formal address. */
function readmeSerbian(singles) {
  const singleLines = singles.map(
    (name) =>
      `  ${name.padEnd(24)} само један виџет, мања датотека: користите је уместо\n${' '.repeat(27)}hf-widgets.js на страници која приказује само тај виџет.`,
  );
  return `hf-widgets ${version} — упутство на српском језику
${'='.repeat(`hf-widgets ${version} — упутство на српском језику`.length)}

Четири мала виџета о пројекту Савета Европе и Европске уније „Јачање борбе
против трговине људима у Србији“, за ваш веб-сајт, на енглеском језику и на
српском језику (ћирилицом и латиницом):

  - банер са бројевима телефона за помоћ и дугметом „Брзи излаз“;
  - картица пројекта: пројекат укратко;
  - буџет: буџет пројекта и ко га финансира;
  - корисници пројекта.

Није вам потребан програмер нити било каква инсталација. Потребно је само место
на вашем веб-сајту на које можете да поставите датотеке (ако га немате, обратите
се ономе ко одржава ваш сајт).


ШТА СЕ НАЛАЗИ У ОВОЈ ФАСЦИКЛИ

  hf-widgets.js            виџети: ваше странице учитавају само ову датотеку.
  hf-widgets.js.map        помаже програмерима да пронађу грешке; читаоци је не учитавају.
  hf-widgets-elements.js   сами виџети, које hf-widgets.js учитава пошто омогући брзи
                           излаз: држите ову датотеку уз hf-widgets.js.
  chunks/, locales/        делове из ових фасцикли скрипте саме учитавају када су
                           страници потребни: држите ове фасцикле уз скрипте.
  hf-widgets-data.js       само правила за податке, за програмере који сами проверавају
                           своје податке (користи је страница builder).
${singleLines.join('\n')}${singleLines.length ? '\n' : ''}  embed.html, embed/       страница за уградњу помоћу оквира iframe (погледајте ниже).
  hf-embed-resize.js       за уградњу помоћу оквира iframe: сваком оквиру даје висину
                           његовог виџета и изводи брзи излаз (без ње у прегледачу
                           Firefox три притиска на Shift могу да напусте само оквир).
  builder/                 страница која уместо вас пише код за вашу страницу.
  example.html             страница са сва четири виџета, да проверите да све ради.
  action.json              подаци које виџети приказују ако не наведете своје.
  action.schema.json       правила за те податке, за програмере.
  integrity.json           отисак сваке скрипте, да проверите да је датотека стигла
                           цела (или за атрибут integrity="..." који додаје програмер).
  LICENSE                  све ово смете да користите, умножавате и мењате (лиценца MIT).
  THIRD-PARTY-NOTICES.txt  лиценце кода који се налази у скриптама.
                           Чувајте LICENSE и ову датотеку уз скрипте.


КАКО СЕ КОРИСТИ

  1. Копирајте целу ову фасциклу, онакву каква јесте, на свој веб-сајт, на пример на
     https://www.example.org/hf-widgets/
  2. У прегледачу отворите страницу builder: https://www.example.org/hf-widgets/builder/
  3. Изаберите виџет, његов језик и подешавања. Преглед показује резултат.
  4. Копирајте један од три исечка и налепите га на своју страницу.
     Исечак садржи атрибут lang, па је виџет на изабраном језику ма на ком
     језику била ваша страница.


ТРИ НАЧИНА ДА ПОСТАВИТЕ ВИЏЕТ НА СТРАНИЦУ

  А. Ознака script: за странице које дозвољавају <script>. Најбољи начин: брзи
     излаз одмах сакрива вашу страницу и напушта је.
  Б. Оквир iframe: за уређиваче који уклањају <script>, а задржавају <iframe>.
     Виџет је у датотеци embed.html, у оквиру. Оквир не може све: дугме за излаз
     води цео језичак на страницу за излаз, али не може прво да сакрије вашу
     страницу нити да избрише њен наслов, а ни да је држи сакривеном ако се
     читалац на њу врати кроз ранију историју прегледања.
  В. Блок WordPress „Custom HTML“: ознака script, припремљена за уређивач кода
     у систему WordPress. WordPress задржава скрипте само када их унесе
     администратор појединачног сајта. Ауторима, сарадницима и на мрежама
     сајтова (multisite) WordPress уклања и скрипту и iframe: уместо тога
     користите WordPress додатак hf-widgets-wordpress-${version}.zip, објављен
     поред ове zip датотеке (администратор га инсталира преко „Додаци > Додај
     нови > Отпреми додатак“); после тога свако ко пише чланке може да поставља
     његове блокове и кратке кодове.

  Сваки исечак садржи бројеве као обичан текст и везе, па их читаоци виде и пре
  него што се виџет покрене, без JavaScript-а и ако подаци не могу да се учитају.


ПРВО ИСПРОБАЈТЕ НА СВОМ РАЧУНАРУ

  Двоструки клик на датотеке не ради: прегледачи покрећу ове скрипте само на
  страници отвореној преко веб-адресе. Ако имате Python, отворите терминал у
  овој фасцикли и упишите

      python3 -m http.server 8000

  па отворите http://localhost:8000/example.html и http://localhost:8000/builder/
  (сервер зауставите тастерима Ctrl+C).


ПРЕ ОБЈАВЉИВАЊА: ПРОВЕРИТЕ БРОЈЕВЕ

  Погрешан број телефона може некога да кошта помоћи. Пре објављивања позовите
  сваки број који приказујете и уживо потврдите да је тачан; у датотеци
  action.json уз сваки број је наведен његов извор („source“). Проверу понављајте
  с времена на време. Ако се нешто променило, користите сопствене податке:
  поставите исправљени примерак датотеке action.json на свој сајт и на страници
  builder изаберите „JSON датотека на веб-сајту“.


ПРИВАТНОСТ

  Виџети не преузимају ништа осим својих датотека и датотеке са подацима коју
  наведете.
  Не постављају колачиће. У прегледачу читаоца чувају белешку само ако изаберете
  „Запамтите да га је читалац сакрио“, а после брзог излаза кратковремену ознаку
  за тај језичак, да се страница не би поново приказала када се читалац врати.
`;
}
