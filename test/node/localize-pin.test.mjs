// src/i18n/locale.ts uses @lit/localize internals (`_installMsgImplementation`, `defaultMsg`,
// `joinStringsAndValues`), which may change in any release: the version is pinned exactly, so an
// upgrade is a deliberate edit, and test/i18n/localize-seam.test.ts checks the seam in browsers.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));

test('@lit/localize is pinned to one version, and that version is the one installed', async () => {
  const pinned = pkg.dependencies['@lit/localize'];
  assert.match(pinned, /^\d+\.\d+\.\d+$/, `package.json asks for "${pinned}", a range`);
  const installed = JSON.parse(await readFile(require.resolve('@lit/localize/package.json'), 'utf8')).version;
  assert.equal(installed, pinned);
});

test('the internals src/i18n/locale.ts imports are where it imports them from', async () => {
  const source = await readFile(new URL('../../src/i18n/locale.ts', import.meta.url), 'utf8');
  const imports = [...source.matchAll(/^import \{([^}]+)\} from '(@lit\/localize\/[^']+)';$/gm)];
  assert.ok(imports.length >= 3, 'locale.ts imports from @lit/localize internals');
  for (const [, names, path] of imports) {
    const module = await import(path);
    for (const name of names.split(',').map((part) => part.trim())) {
      assert.equal(typeof module[name], 'function', `${path} exports ${name}`);
    }
  }
});
