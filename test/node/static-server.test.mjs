// The scripts' static server answers every URL, and nothing outside its root.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, mkdir, writeFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Buffer} from 'node:buffer';
import {request} from 'node:http';
import {gunzipSync} from 'node:zlib';
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

/** GET, the body's bytes as sent. */
function getRaw(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port, path, method: 'GET'}, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve(Buffer.concat(chunks)));
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

test('serves a root at a sub-path, or at several, and nothing outside them', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'hf-static-'));
  await writeFile(join(root, 'index.html'), '<p>top</p>');
  await writeFile(join(root, 'app.js'), 'export {};');
  const server = createStaticServer({root, base: ['/preview/hf-widgets/', '/wp-content/uploads/hf-widgets']});
  const port = await listen(server);
  t.after(async () => {
    server.close();
    await rm(root, {recursive: true, force: true});
  });

  assert.equal((await get(port, '/preview/hf-widgets/')).body, '<p>top</p>');
  assert.equal((await get(port, '/preview/hf-widgets/app.js')).status, 200);
  assert.equal((await get(port, '/wp-content/uploads/hf-widgets/app.js')).status, 200);
  // Only under a sub-path: an absolute asset URL in a Storybook build shows up as a 404.
  for (const outside of ['/app.js', '/', '/preview/app.js', '/preview/hf-widgets-other/app.js']) {
    assert.equal((await get(port, outside)).status, 404, outside);
  }
  assert.ok((await get(port, '/preview/hf-widgets/../hf-widgets/../../app.js')).status >= 400);
});

test('serves files held in memory, with their content types, and answers what it does not hold with a 404', async (t) => {
  const files = new Map([
    ['index.html', Buffer.from('<p>index</p>')],
    ['embed/page.js', Buffer.from('export {};')],
  ]);
  const handled = [];
  const server = createStaticServer({
    root: files,
    base: '/hf-widgets/',
    handle: (path, request, response) => path === '/left.html' && (handled.push(path), response.writeHead(200).end('left'), true),
  });
  const port = await listen(server);
  t.after(() => server.close());

  assert.equal((await get(port, '/hf-widgets/')).body, '<p>index</p>');
  assert.deepEqual(await get(port, '/hf-widgets/embed/page.js').then(({status, type}) => [status, type]), [
    200,
    'text/javascript; charset=utf-8',
  ]);
  assert.equal((await get(port, '/hf-widgets/embed/../index.html')).body, '<p>index</p>');
  for (const missing of ['/hf-widgets/missing.js', '/hf-widgets/../index.html', '/hf-widgets/..%5c..%5cindex.htm', '/index.html']) {
    assert.equal((await get(port, missing)).status, 404, missing);
  }
  assert.equal((await get(port, '/hf-widgets/%E0%A4%A')).status, 400);
  assert.equal((await get(port, '/left.html')).body, 'left');
  assert.deepEqual(handled, ['/left.html']);
});

test('with gzip, sends every file compressed, the same bytes each time', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'hf-static-'));
  const source = 'export const answer = 42;\n'.repeat(50);
  await writeFile(join(root, 'app.js'), source);
  const server = createStaticServer({root, gzip: true});
  const port = await listen(server);
  t.after(async () => {
    server.close();
    await rm(root, {recursive: true, force: true});
  });

  const fetched = await fetch(`http://127.0.0.1:${port}/app.js`);
  assert.equal(fetched.headers.get('content-encoding'), 'gzip');
  assert.equal(await fetched.text(), source);
  const [first, second] = await Promise.all([getRaw(port, '/app.js'), getRaw(port, '/app.js')]);
  assert.ok(first.length < source.length, `${first.length} bytes sent for ${source.length}`);
  assert.deepEqual(gunzipSync(first).toString(), source);
  assert.deepEqual(first, second);
});
