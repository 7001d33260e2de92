// The one static file server of the project's scripts (the demo, the Storybook check, the release
// test): one table of content types, a root that no request escapes, and an answer, never a
// crash, for any URL (a malformed escape such as /%E0%A4%A is a 400).
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, posix, sep} from 'node:path';
import {gzipSync} from 'node:zlib';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type of a file name, by its extension. */
export function contentTypeOf(name) {
  return CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** A URL's path decoded, or undefined when its escapes are malformed or it holds a NUL. */
export function decodePath(pathname) {
  try {
    const path = decodeURIComponent(pathname);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

/** The file under `root` that a decoded URL path names, or undefined when the path leaves `root`. */
export function fileUnder(root, path) {
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

/** The name in a set of files held in memory that a decoded URL path (from `/`) names; `..` stops at the top. */
function nameIn(path) {
  return posix.normalize(`${path.replaceAll('\\', '/')}${path.endsWith('/') ? 'index.html' : ''}`).slice(1);
}

/** A file's contents (`body`, undefined when there is no such file) and name, from a folder or memory; `refused` when the path leaves the folder. */
async function readFrom(root, path) {
  if (root instanceof Map) {
    const name = nameIn(path);
    return {body: root.get(name), name};
  }
  const file = fileUnder(root, path);
  if (!file) return {refused: true};
  const isFile = (await stat(file).catch(() => undefined))?.isFile();
  return {body: isFile ? await readFile(file) : undefined, name: file};
}

const plain = (response, status, text) => void response.writeHead(status, {'Content-Type': CONTENT_TYPES['.txt']}).end(text);

/**
 * A server of `root`'s files: a folder, or a Map of relative names to contents (files held in
 * memory, such as an unzipped release). `base` is the URL path the root is served at, or a list
 * of them (the same files at several places); any other path answers 404. `rewrite(path)` maps a
 * path to another (`/` to a page); `handle(path, request, response)` may answer a request first
 * and returns true when it did; `allow(path)` refuses a path with a 403; `headers(path)` adds
 * response headers. Files are sent with `Cache-Control: no-store` unless `headers` says otherwise.
 * With `gzip`, every file is sent gzip-compressed (level 9, as a web server configured for size
 * would), compressed once and kept, whatever the request's Accept-Encoding.
 */
export function createStaticServer({
  root,
  base = '/',
  rewrite = (path) => path,
  handle,
  allow = () => true,
  headers = () => ({}),
  gzip = false,
}) {
  const bases = [base].flat().map((path) => (path.endsWith('/') ? path : `${path}/`));
  const compressed = new Map();
  const encode = (name, body) => {
    if (!gzip) return {body, encoding: {}};
    if (!compressed.has(name)) compressed.set(name, gzipSync(body, {level: 9}));
    return {body: compressed.get(name), encoding: {'Content-Encoding': 'gzip'}};
  };
  return createServer(async (request, response) => {
    const decoded = decodePath(new URL(request.url ?? '/', 'http://localhost').pathname);
    const path = decoded === undefined ? undefined : rewrite(decoded);
    try {
      if (path === undefined) return plain(response, 400, 'Bad request');
      // Browsers ask for /favicon.ico on their own; answer without an error in the console.
      if (path === '/favicon.ico') return void response.writeHead(204).end();
      if (handle && (await handle(path, request, response))) return;
      const mount = bases.find((prefix) => path.startsWith(prefix));
      if (mount === undefined) return plain(response, 404, `Not found: ${path}`);
      const {refused, body, name} = await readFrom(root, `/${path.slice(mount.length)}`);
      if (refused || !allow(path)) return plain(response, 403, 'Forbidden');
      if (body === undefined) return plain(response, 404, `Not found: ${path}`);
      const sent = encode(name, body);
      response.writeHead(200, {'Content-Type': contentTypeOf(name), 'Cache-Control': 'no-store', ...sent.encoding, ...headers(path)});
      response.end(sent.body);
    } catch (error) {
      if (response.headersSent) return void response.destroy();
      plain(response, 500, `Could not serve ${path}: ${error.message}`);
    }
  });
}

/** Starts `server` on 127.0.0.1 (`port` 0: any free port) and resolves with the port it got. */
export function listen(server, port = 0) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server.address().port));
  });
}
