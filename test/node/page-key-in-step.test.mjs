// "The same page" is decided twice: by the library (src/core/quick-exit/same-page.ts) and by the
// partner-side script, which is plain JavaScript without a build (embed/hf-embed-resize.js).
// Both must give every address the same key, or a partner's page could be its own exit address.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {importTs, projectRoot} from '../../scripts/lib/import-ts.mjs';

const {pageKey} = await importTs('src/core/quick-exit/same-page.ts');

/** The partner-side `pageKey` with its `LOOPBACK`, taken out of the script's source. */
async function partnerPageKey() {
  const source = await readFile(join(projectRoot, 'embed/hf-embed-resize.js'), 'utf8');
  const loopback = /^ {2}const LOOPBACK = .*;$/m.exec(source)?.[0];
  const start = source.indexOf('  function pageKey(url) {');
  const end = source.indexOf('\n  }\n', start);
  assert.ok(loopback && start > 0 && end > start, 'hf-embed-resize.js has LOOPBACK and pageKey(url)');
  return new Function(`${loopback}\n${source.slice(start, end + 4)}\nreturn pageKey;`)();
}

const addresses = [
  'https://example.org/help',
  'https://example.org/help/',
  'https://EXAMPLE.org./HELP',
  'https://example.org/h%65lp',
  'https://example.org//help//',
  'https://example.org/help;jsessionid=1',
  'https://example.org/help/index.html',
  'https://example.org/help/default.aspx',
  'https://example.org/%E0%A4%A/bad-encoding',
  'https://www.example.org/help',
  'http://localhost:8000/a.html',
  'http://127.0.0.1:8000/a.html',
  'http://127.1.2.3/a.html',
  'http://app.localhost/a.html',
  'http://[::1]:8000/a.html',
  'http://[::ffff:127.0.0.1]/a.html',
  'http://localhost.example.org/a.html',
  'http://128.0.0.1/a.html',
];

test('the partner-side script and the library give every address the same page key', async () => {
  const partner = await partnerPageKey();
  for (const address of addresses) assert.equal(partner(new URL(address)), pageKey(new URL(address)), address);
});

test('loopback names are one host, and nothing else is', () => {
  const key = (address) => pageKey(new URL(address));
  for (const alias of [
    'http://127.0.0.1:8000/a.html',
    'http://127.1.2.3/a.html',
    'http://app.localhost/a.html',
    'http://[::1]/a.html',
    'http://[::ffff:127.0.0.1]/a.html',
  ])
    assert.equal(key(alias), key('http://localhost:8000/a.html'), alias);
  // Names that may or may not be the same server stay apart.
  for (const [one, other] of [
    ['http://localhost/a.html', 'http://localhost.example.org/a.html'],
    ['http://127.0.0.1/a.html', 'http://128.0.0.1/a.html'],
    ['https://example.org/a.html', 'https://www.example.org/a.html'],
  ])
    assert.notEqual(key(one), key(other), other);
});
