// The package as a user gets it: `npm pack`, unpacked into node_modules/.hf-packed/node_modules/
// hf-widgets. There, `import 'hf-widgets/…'` resolves through the packed exports map and files
// only, while the package's own dependencies (lit) still resolve from the project's
// node_modules further up. Needs `npm run build` first.
import {execFileSync} from 'node:child_process';
import {mkdirSync, rmSync} from 'node:fs';
import {join, resolve} from 'node:path';

/** The folder that holds node_modules/hf-widgets; run Node or a bundler with this as its cwd. */
export const packedRoot = resolve('node_modules/.hf-packed');
export const packedPackage = join(packedRoot, 'node_modules/hf-widgets');

/** Packs and unpacks the package; returns `npm pack`'s report (its files and sizes). */
export function unpackPackage() {
  rmSync(packedRoot, {recursive: true, force: true});
  mkdirSync(packedPackage, {recursive: true});
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packedRoot], {encoding: 'utf8'}),
  );
  execFileSync('tar', ['-xzf', join(packedRoot, report.filename), '-C', packedPackage, '--strip-components=1']);
  return report;
}
