// Every generated file that is committed is what its generator writes from the committed sources,
// so a commit cannot carry a stale table that the build would then silently rewrite. Run by
// `npm run lint`, before anything regenerates them. Each generator writes into a temporary folder
// here, and the files are compared:
// - locales/sr-Latn.xlf, transliterated from locales/sr-Cyrl.xlf (scripts/transliterate-locale.mjs);
// - src/generated/locales/*.ts, lit-localize's tables from the XLIFF files (`lit-localize build`);
// - src/generated/element-strings/sr-Cyrl/*.ts, the Serbian table split by element
//   (scripts/lib/locale-strings.mjs).
// src/generated/element-types.ts has its own `--check` (scripts/check-types.mjs runs it after the
// build, since it needs the manifest).
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {createChecks} from './lib/checks.mjs';
import {projectRoot} from './lib/import-ts.mjs';
import {splitLocaleStrings} from './lib/locale-strings.mjs';
import {latinXliff} from './transliterate-locale.mjs';
import {elements} from '../rollup.config.mjs';

const {check, finish} = createChecks();
const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
const REGENERATE = 'run "npm run locales" (and "npm run build") and commit the result';

check(
  'locales/sr-Latn.xlf is the transliteration of sr-Cyrl.xlf',
  read(join(projectRoot, 'locales/sr-Latn.xlf')) === latinXliff(read(join(projectRoot, 'locales/sr-Cyrl.xlf'))),
  REGENERATE,
);

const scratch = mkdtempSync(join(tmpdir(), 'hf-generated-'));
try {
  // lit-localize resolves a config's paths from the config's folder: give it absolute ones.
  const config = JSON.parse(readFileSync(join(projectRoot, 'lit-localize.json'), 'utf8'));
  const outputDir = join(scratch, 'locales');
  writeFileSync(
    join(scratch, 'lit-localize.json'),
    JSON.stringify({
      ...config,
      tsConfig: join(projectRoot, config.tsConfig),
      inputFiles: config.inputFiles.map((pattern) => join(projectRoot, pattern)),
      output: {...config.output, outputDir},
      interchange: {...config.interchange, xliffDir: join(projectRoot, config.interchange.xliffDir)},
    }),
  );
  execFileSync(join(projectRoot, 'node_modules/.bin/lit-localize'), ['build', '--config', join(scratch, 'lit-localize.json')], {
    cwd: projectRoot,
    stdio: 'pipe',
  });
  const committedDir = join(projectRoot, config.output.outputDir);
  const names = new Set([...readdirSync(outputDir), ...readdirSync(committedDir)]);
  for (const name of [...names].sort()) {
    const path = relative(projectRoot, join(committedDir, name));
    check(`${path} is what lit-localize build writes`, read(join(committedDir, name)) === read(join(outputDir, name)), REGENERATE);
  }

  const stale = splitLocaleStrings(elements, {write: false});
  check(
    'src/generated/element-strings/ is what the split of the Serbian table writes',
    stale.length === 0,
    `${stale.join(', ')}: ${REGENERATE}`,
  );
} finally {
  rmSync(scratch, {recursive: true, force: true});
}
finish('generated');
