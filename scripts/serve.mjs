// A small static server for the demo (`npm start`): http://localhost:8000. It serves the
// project folder, with `/` → demo/index.html. Pages under demo/examples/ that need a strict
// Content-Security-Policy get it from the table below. The React and Vue example apps are bundled
// on request (scripts/lib/build-partner-app.mjs).
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {buildPartnerApp} from './lib/build-partner-app.mjs';
import {projectRoot} from './lib/import-ts.mjs';

const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Extra response headers for some pages. */
export const pageHeaders = {
  // Cacheable, so that browsers may keep them in the back/forward cache, as real sites are.
  '/demo/examples/earlier-page.html': {'Cache-Control': 'max-age=600'},
  '/demo/examples/quick-exit.html': {'Cache-Control': 'max-age=600'},
  '/demo/examples/strict-csp.html': {
    'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  },
};

export function startServer(listenPort = port) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    // Browsers ask for /favicon.ico on their own; answer without an error in the console.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    if (path === '/') path = '/demo/index.html';
    // The embed builder's short address, as the README gives it.
    if (path === '/builder' || path === '/builder/') return response.writeHead(302, {Location: '/demo/builder/'}).end();
    if (path.endsWith('/')) path += 'index.html';
    const app = await buildPartnerApp(path).catch((error) => error);
    if (app instanceof Error) {
      response.writeHead(500, {'Content-Type': 'text/plain; charset=utf-8'}).end(`Could not build ${path}: ${app.message}`);
      return;
    }
    if (app) {
      response.writeHead(200, {'Content-Type': types['.js'], 'Cache-Control': 'no-store'}).end(app);
      return;
    }
    const file = normalize(join(projectRoot, path));
    // Of node_modules, only Lit and @lit/localize, for the partner pages that load the npm
    // modules through an import map as an app would.
    const allowedPackage = /^\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\//.test(path);
    if (!file.startsWith(projectRoot) || (file.includes(`${projectRoot}node_modules`) && !allowedPackage)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...(pageHeaders[path] ?? {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'}).end(`Not found: ${path}`);
    }
  });
  return new Promise((resolve) => server.listen(listenPort, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer();
  console.log(`hf-widgets demo: http://localhost:${port}/  (Ctrl+C to stop)`);
}
