// The demo's server (`npm start`): http://localhost:8000 (or $PORT). It serves the project folder,
// with `/` → demo/index.html. Pages under demo/examples/ that need a strict Content-Security-Policy
// get it from the table below. The React and Vue example apps are bundled on request
// (scripts/lib/build-partner-app.mjs).
import {buildPartnerApp} from './lib/build-partner-app.mjs';
import {projectRoot} from './lib/import-ts.mjs';
import {contentTypeOf, createStaticServer, listen} from './lib/static-server.mjs';

const port = Number(process.env.PORT ?? 8000);

/** Extra response headers for some pages. */
export const pageHeaders = {
  // Cacheable, so that browsers may keep them in the back/forward cache, as real sites are.
  '/demo/examples/earlier-page.html': {'Cache-Control': 'max-age=600'},
  '/demo/examples/quick-exit.html': {'Cache-Control': 'max-age=600'},
  '/demo/examples/strict-csp.html': {
    'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  },
};

/** Of node_modules, only Lit and @lit/localize, for the partner pages that load the npm modules through an import map as an app would. */
const ALLOWED_PACKAGE = /^\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\//;

async function handle(path, request, response) {
  // The embed builder's short address, as the README gives it.
  if (path === '/builder' || path === '/builder/') return (response.writeHead(302, {Location: '/demo/builder/'}).end(), true);
  const app = await buildPartnerApp(path).catch((error) => error);
  if (app instanceof Error) {
    response.writeHead(500, {'Content-Type': 'text/plain; charset=utf-8'}).end(`Could not build ${path}: ${app.message}`);
    return true;
  }
  if (!app) return false;
  response.writeHead(200, {'Content-Type': contentTypeOf('app.js'), 'Cache-Control': 'no-store'}).end(app);
  return true;
}

export async function startServer(listenPort = port) {
  const server = createStaticServer({
    root: projectRoot,
    rewrite: (path) => (path === '/' ? '/demo/index.html' : path),
    handle,
    allow: (path) => !path.startsWith('/node_modules/') || ALLOWED_PACKAGE.test(path),
    headers: (path) => pageHeaders[path] ?? {},
  });
  await listen(server, listenPort);
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer();
  console.log(`hf-widgets demo: http://localhost:${port}/  (Ctrl+C to stop)`);
}
