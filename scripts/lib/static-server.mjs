// The one static file server of the project's scripts (the demo, the Storybook check, the release
// test): one table of content types, a root that no request escapes, and an answer, never a
// crash, for any URL (a malformed escape such as /%E0%A4%A is a 400).
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';

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

/**
 * A server of `root`'s files. `rewrite(path)` maps a path to another (`/` to a page);
 * `handle(path, request, response)` may answer a request first and returns true when it did;
 * `allow(path)` refuses a path with a 403; `headers(path)` adds response headers. Files are sent
 * with `Cache-Control: no-store` unless `headers` says otherwise.
 */
export function createStaticServer({root, rewrite = (path) => path, handle, allow = () => true, headers = () => ({})}) {
  return createServer(async (request, response) => {
    const decoded = decodePath(new URL(request.url ?? '/', 'http://localhost').pathname);
    const path = decoded === undefined ? undefined : rewrite(decoded);
    try {
      if (path === undefined) return void response.writeHead(400, {'Content-Type': CONTENT_TYPES['.txt']}).end('Bad request');
      // Browsers ask for /favicon.ico on their own; answer without an error in the console.
      if (path === '/favicon.ico') return void response.writeHead(204).end();
      if (handle && (await handle(path, request, response))) return;
      const file = fileUnder(root, path);
      if (!file || !allow(path)) return void response.writeHead(403, {'Content-Type': CONTENT_TYPES['.txt']}).end('Forbidden');
      if (!(await stat(file).catch(() => undefined))?.isFile()) {
        return void response.writeHead(404, {'Content-Type': CONTENT_TYPES['.txt']}).end(`Not found: ${path}`);
      }
      const body = await readFile(file);
      response.writeHead(200, {'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-store', ...headers(path)}).end(body);
    } catch (error) {
      if (response.headersSent) return void response.destroy();
      response.writeHead(500, {'Content-Type': CONTENT_TYPES['.txt']}).end(`Could not serve ${path}: ${error.message}`);
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
