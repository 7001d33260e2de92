// Routes under /__faults/ for the test server: a data host that misbehaves the way real ones do
// (hangs, answers too much, redirects elsewhere), so that tests can prove the widgets cope.
// Koa middleware for @web/test-runner.

/** Requests to /__faults/hang still open (the client has not gone away). */
let openHangs = 0;

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
