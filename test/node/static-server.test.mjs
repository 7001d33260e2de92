// The scripts' static server answers every URL, and nothing outside its root.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, mkdir, writeFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {request} from 'node:http';
import {createStaticServer, listen} from '../../scripts/lib/static-server.mjs';

/** GET with the path sent as written (fetch would normalise `..` away). */
function get(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port, path, method: 'GET'}, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({status: response.statusCode, type: response.headers['content-type'], body}));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves files under its root and nothing else, for any URL', async (t) => {
  const top = await mkdtemp(join(tmpdir(), 'hf-static-'));
  const root = join(top, 'site');
  await mkdir(join(root, 'sub'), {recursive: true});
  await writeFile(join(root, 'sub/index.html'), '<p>index</p>');
  await writeFile(join(root, 'app.js'), 'export {};');
  await writeFile(join(top, 'secret.txt'), 'secret');
  const server = createStaticServer({root, allow: (path) => !path.startsWith('/sub/hidden')});
  const port = await listen(server);
  t.after(async () => {
    server.close();
    await rm(top, {recursive: true, force: true});
  });

  assert.deepEqual(await get(port, '/app.js').then(({status, type}) => [status, type]), [200, 'text/javascript; charset=utf-8']);
  assert.equal((await get(port, '/sub/')).body, '<p>index</p>');
  assert.equal((await get(port, '/%E0%A4%A')).status, 400);
  assert.equal((await get(port, '/a%00b')).status, 400);
  assert.equal((await get(port, '/sub/hidden.js')).status, 403);
  for (const escape of ['/../secret.txt', '/%2e%2e/secret.txt', '/sub/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
    const answer = await get(port, escape);
    assert.ok(answer.status >= 400 && answer.body !== 'secret', `${escape} answered ${answer.status}`);
  }
  assert.equal((await get(port, '/missing')).status, 404);
  // Still up after all of that.
  assert.equal((await get(port, '/app.js')).status, 200);
});
