// What `npm pack` would publish: the bundle, the npm modules with their type declarations, the
// manifest, the JSON Schema and the editor data, and nothing of the sources, tests or tooling.
// Also checks that every `exports` target is in the package. Needs `npm run build` first.
// Prints "N passed, N failed".
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}));
const files = new Set(report.files.map((file) => file.path));
let passed = 0;
let failed = 0;
function check(label, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? '✓' : '✗'} ${label}${ok || !detail ? '' : `: ${detail}`}`);
}

const elements = ['hf-hotline-banner', 'hf-action-card', 'hf-budget-breakdown', 'hf-beneficiary-list'];
for (const required of [
  'dist/hf-widgets.js',
  'dist/modules/index.js',
  'dist/types/index.d.ts',
  'dist/action.schema.json',
  'dist/vscode.html-custom-data.json',
  'custom-elements.json',
  'README.md',
  ...elements.flatMap((tag) => [`dist/modules/${tag}.js`, `dist/types/${tag}.d.ts`]),
]) {
  check(`packs ${required}`, files.has(required));
}
const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
const missingTargets = targets.map((target) => target.replace(/^\.\//, '')).filter((target) => !files.has(target));
check('every exports target is packed', missingTargets.length === 0, missingTargets.join(', '));
const unwanted = [...files].filter((file) => /^(src|test|stories|scripts|bench|demo|locales|examples|node_modules|\.storybook|\.ci)\//.test(file));
check('packs no sources, tests or tooling', unwanted.length === 0, unwanted.slice(0, 5).join(', '));
const declarations = readFileSync('dist/types/components/hotline-banner/hotline-banner.d.ts', 'utf8');
check('declares the tags in HTMLElementTagNameMap', declarations.includes("'hf-hotline-banner': HfHotlineBanner"));
const bundle = readFileSync('dist/hf-widgets.js', 'utf8');
check('the bundle has no bare imports (Lit is inside)', !/\bfrom\s*["'][^./]/.test(bundle) && !/\bimport\s*["'][^./]/.test(bundle));
const moduleFiles = [...files].filter((file) => file.startsWith('dist/modules/') && file.endsWith('.js'));
const moduleCode = moduleFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
check(
  'the npm modules import Lit instead of bundling it',
  /from\s*['"]lit['"]/.test(moduleCode) && !/class\s+(ReactiveElement|LitElement)\b/.test(moduleCode),
);
console.log(`package (${files.size} files, ${(report.unpackedSize / 1024).toFixed(0)} KiB unpacked): ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
