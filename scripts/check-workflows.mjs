// The GitHub Actions workflows (.github/workflows/*.yml): each is checked against the workflow
// schema by action-validator (SchemaStore's schema and the paths it globs), and every command
// they call must exist here: each `npm run <script>` in package.json, each ./.ci or scripts/ file.
// What this cannot check without GitHub: that the actions' inputs are right, that the secrets
// exist, that provenance is accepted. Prints "N passed, N failed".
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {createChecks} from './lib/checks.mjs';

const {check, finish} = createChecks();
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const folder = '.github/workflows';
const workflows = readdirSync(folder).filter((file) => /\.ya?ml$/.test(file));
check('there is a release workflow', workflows.includes('release.yml'));
for (const file of workflows) {
  const path = join(folder, file);
  const run = spawnSync('npx', ['--no-install', 'action-validator', path], {encoding: 'utf8'});
  check(`${path}: valid workflow (action-validator)`, run.status === 0, `${run.stdout}${run.stderr}`.trim());
  const text = readFileSync(path, 'utf8');
  const missingScripts = [...text.matchAll(/\bnpm run ([\w:-]+)/g)].map(([, name]) => name).filter((name) => !(name in scripts));
  check(`${path}: every "npm run" script exists`, missingScripts.length === 0, missingScripts.join(', '));
  const missingFiles = [...text.matchAll(/(?:^|\s)\.?\/?((?:\.ci|scripts)\/[\w./-]+)/gm)]
    .map(([, file]) => file)
    .filter((file) => !existsSync(file));
  check(`${path}: every file it runs exists`, missingFiles.length === 0, missingFiles.join(', '));
}
const release = readFileSync(join(folder, 'release.yml'), 'utf8');
check(
  'release.yml publishes with provenance, from a version tag, after the tests',
  /^\s+tags: \['v\*\.\*\.\*'\]/m.test(release) &&
    /id-token: write/.test(release) &&
    /npm publish --provenance/.test(release) &&
    /needs: test/.test(release) &&
    /run: \.ci\/run/.test(release),
);
finish('workflows');
