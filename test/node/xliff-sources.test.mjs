// The XLIFF files translate the English that is in the code today (issue 21, part 3).
// - Every unit's <source> is the English of its msg() call: a changed English string with no
//   `npx lit-localize extract` after it fails here.
// - Every unit of a minority locale's file records the English its <target> was translated from
//   (<note from="translated-from">). `lit-localize extract` rewrites <source> to the new English
//   and keeps the old <target>, so a changed meaning would otherwise pass unseen (it did: the
//   list's "No entry matches" kept a translation of "No beneficiaries match").
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileLocales} from '../../rollup.config.mjs';
import {projectRoot} from '../../scripts/lib/import-ts.mjs';

/** Each <trans-unit> of an XLIFF file by id: its source, target and notes, as written. */
function transUnits(xliff) {
  const units = new Map();
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const notes = Object.fromEntries([...body.matchAll(/<note from="([^"]+)">([\s\S]*?)<\/note>/g)].map(([, from, text]) => [from, text]));
    const target = body.match(/<target( [^>]*)?>([\s\S]*?)<\/target>/);
    units.set(id, {
      source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1],
      target: target?.[2],
      targetAttributes: target?.[1] ?? '',
      notes,
    });
  }
  return units;
}

/** A source as plain text: each placeholder as the expression it stands for, as the notes write it. */
const plainSource = (source) => source.replace(/<x id="\d+" equiv-text="([^"]*)"\/>/g, '$1');

/**
 * What is wrong with one XLIFF file, given the English by id: units missing or left over, a
 * <source> that is not the English, and (for a minority file) a unit that is not translated, does
 * not say it is a machine translation or how it was read, or was translated from other English.
 */
export function xliffProblems(xliff, englishById, {minority}) {
  const units = transUnits(xliff);
  const problems = [];
  for (const id of englishById.keys()) if (!units.has(id)) problems.push(`${id}: no unit`);
  for (const [id, unit] of units) {
    const english = englishById.get(id);
    if (english === undefined) {
      problems.push(`${id}: no such message in the code`);
      continue;
    }
    if (unit.source !== english) problems.push(`${id}: <source> is not the English in the code (run "npx lit-localize extract")`);
    if (!minority) continue;
    if (!unit.target?.trim()) problems.push(`${id}: no <target>`);
    if (!/state="(translated|signed-off|final)"/.test(unit.targetAttributes)) problems.push(`${id}: <target> has no state`);
    if (/state="translated"/.test(unit.targetAttributes) && !/state-qualifier="leveraged-mt"/.test(unit.targetAttributes)) {
      problems.push(`${id}: a machine translation without state-qualifier="leveraged-mt"`);
    }
    if (!unit.notes['review-status']) problems.push(`${id}: no review-status note`);
    if (unit.notes['translated-from'] !== plainSource(english)) {
      problems.push(
        `${id}: translated from "${unit.notes['translated-from']}", but the English is now "${plainSource(english)}": ` +
          'translate the <target> again, then write the new English in its translated-from note',
      );
    }
  }
  return problems;
}

/** The English of every msg() in the code, by id, as `lit-localize extract` writes it into a new file. */
function englishInCode() {
  const scratch = mkdtempSync(join(tmpdir(), 'hf-xliff-'));
  try {
    const config = JSON.parse(readFileSync(join(projectRoot, 'lit-localize.json'), 'utf8'));
    const configPath = join(scratch, 'lit-localize.json');
    writeFileSync(
      configPath,
      JSON.stringify({
        ...config,
        targetLocales: ['sr-Cyrl'],
        tsConfig: join(projectRoot, config.tsConfig),
        inputFiles: config.inputFiles.map((pattern) => join(projectRoot, pattern)),
        output: {...config.output, outputDir: join(scratch, 'out')},
        interchange: {...config.interchange, xliffDir: join(scratch, 'xlf')},
      }),
    );
    execFileSync(join(projectRoot, 'node_modules/.bin/lit-localize'), ['extract', '--config', configPath], {
      cwd: projectRoot,
      stdio: 'pipe',
    });
    const units = transUnits(readFileSync(join(scratch, 'xlf/sr-Cyrl.xlf'), 'utf8'));
    return new Map([...units].map(([id, {source}]) => [id, source]));
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}

test('every XLIFF file translates the English in the code, and each minority unit the English it was translated from', () => {
  const english = englishInCode();
  assert.ok(english.size > 60, `${english.size} messages`);
  const files = readdirSync(join(projectRoot, 'locales')).filter((name) => name.endsWith('.xlf'));
  assert.deepEqual(
    fileLocales.filter((code) => !files.includes(`${code}.xlf`)),
    [],
  );
  for (const name of files) {
    const minority = fileLocales.includes(name.replace(/\.xlf$/, ''));
    const problems = xliffProblems(readFileSync(join(projectRoot, 'locales', name), 'utf8'), english, {minority});
    assert.deepEqual(problems, [], `locales/${name}`);
  }
});

test('the check finds a changed English meaning that extract would hide, and a forgotten extract', () => {
  const english = new Map([
    ['list-count-none', 'No entry matches'],
    ['banner-call', 'Call <x id="0" equiv-text="${name}"/>'],
  ]);
  const unit = (id, source, target, from) =>
    `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target state="translated" state-qualifier="leveraged-mt">${target}</target>\n` +
    `  <note from="review-status">Machine-made.</note>\n  <note from="translated-from">${from}</note>\n</trans-unit>\n`;
  const call = unit('banner-call', english.get('banner-call'), 'Hívja: <x id="0" equiv-text="${name}"/>', 'Call ${name}');
  const current = unit('list-count-none', 'No entry matches', 'Nincs egyező bejegyzés', 'No entry matches');
  assert.deepEqual(xliffProblems(current + call, english, {minority: true}), []);

  // After `lit-localize extract`: the new English in <source>, the old meaning in <target>.
  const stale = unit('list-count-none', 'No entry matches', 'Nincs egyező kedvezményezett', 'No beneficiaries match');
  assert.match(
    xliffProblems(stale + call, english, {minority: true}).join('\n'),
    /list-count-none: translated from "No beneficiaries match"/,
  );
  // English changed in the code, no extract since.
  const notExtracted = unit('list-count-none', 'No beneficiaries match', 'Nincs egyező kedvezményezett', 'No beneficiaries match');
  assert.match(xliffProblems(notExtracted + call, english, {minority: false}).join('\n'), /list-count-none: <source> is not the English/);
  // A unit with no state or note of how it was made.
  const unmarked = current
    .replace(' state="translated" state-qualifier="leveraged-mt"', '')
    .replace(/ *<note from="review-status">.*\n/, '');
  assert.deepEqual(xliffProblems(unmarked + call, english, {minority: true}), [
    'list-count-none: <target> has no state',
    'list-count-none: no review-status note',
  ]);
  assert.deepEqual(xliffProblems(call, english, {minority: true}), ['list-count-none: no unit']);
});
