// Routes under /__faults/ for the test server: a data host that misbehaves the way real ones do
// (hangs, answers too much, redirects elsewhere), so that tests can prove the widgets cope.
// Koa middleware for @web/test-runner.

/** Requests to /__faults/hang still open (the client has not gone away). */
let openHangs = 0;

/** How many times each /__faults/exit-page?id=… was served: a reload loop shows here. */
const exitPageLoads = new Map();

const escapeAttribute = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A page a reader may flee, loading only the quick-exit core (no banner, no Lit), with a plain
 * exit link `<a data-hf-exit href="exit">`; the core is on `window.quickExit` for the test.
 */
const exitPage = (exit) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Fled page</title>
<script type="module">import * as quickExit from '/src/core/quick-exit/quick-exit.ts'; window.quickExit = quickExit;</script>
</head>
<body><h1>Fled page</h1><p><a data-hf-exit href="${escapeAttribute(exit)}">Exit this page</a></p></body>
</html>`;

const neutralPage =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Left</title></head><body><p>A neutral page.</p></body></html>';

const smallDocument = JSON.stringify({
  id: 'fault-fixture',
  title: 'Fixture',
  hotlines: [{id: 'fictional', name: 'Fictional line', number: '+381000000000', display: '+381 000 000 000', source: 'test fixture'}],
});

export async function faultyDataHost(context, next) {
  if (!context.path.startsWith('/__faults/')) return next();
  const route = context.path.slice('/__faults/'.length);
  const query = context.query;
  context.set('Access-Control-Allow-Origin', '*');
  context.set('Cache-Control', 'no-store');
  switch (route) {
    case 'document':
      context.type = 'application/json';
      context.body = smallDocument;
      return;
    case 'hang':
      // Never answers; ends when the client goes away (or after a minute, to free the server).
      openHangs++;
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 60_000);
        context.req.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      openHangs--;
      context.status = 204;
      return;
    case 'open-hangs':
      context.type = 'application/json';
      context.body = JSON.stringify({open: openHangs});
      return;
    case 'redirect':
      context.redirect(String(query.to));
      return;
    case 'exit-page': {
      const id = String(query.id ?? '');
      exitPageLoads.set(id, (exitPageLoads.get(id) ?? 0) + 1);
      context.type = 'text/html';
      context.body = exitPage(query.exit ?? 'https://www.google.com/webhp');
      return;
    }
    case 'exit-page-loads':
      context.type = 'application/json';
      context.body = JSON.stringify({loads: exitPageLoads.get(String(query.id ?? '')) ?? 0});
      return;
    case 'left':
      // A neutral exit page; `ms` delays it, as a slow exit address does.
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(query.ms ?? 0), 10_000)));
      context.type = 'text/html';
      context.body = neutralPage;
      return;
    case 'large': {
      // A valid JSON document of about `bytes` bytes; `length=no` streams it without Content-Length.
      const bytes = Number(query.bytes ?? 1_000_000);
      const padding = 'x'.repeat(Math.max(0, bytes - smallDocument.length - 20));
      const body = `${smallDocument.slice(0, -1)},"padding":"${padding}"}`;
      context.type = 'application/json';
      if (query.length === 'no') {
        const {Readable} = await import('node:stream');
        context.body = Readable.from(
          (function* () {
            for (let i = 0; i < body.length; i += 65536) yield body.slice(i, i + 65536);
          })(),
        );
      } else {
        context.body = body;
      }
      return;
    }
    default:
      context.status = 404;
  }
}
