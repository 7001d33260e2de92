// Validating an action document on a server before it is published, with the same validator the
// elements use (docs/action-document.md, "Validating on a server"). `hf-widgets/data` registers
// no element and needs no DOM, so it runs in plain Node.
//
//   PORT=8080 node examples/server-validate.mjs
//   curl --data-binary @action.json http://localhost:8080/action
//
// POST /action answers 200 with {ok: true} when every rule holds, and 422 with the issues
// otherwise: each has a stable `code` (such as `shares-sum` or `number-mismatch`), the `path` of
// the field and an English `message`. `npm test` starts this server and posts documents to it.
import {createServer} from 'node:http';
import {DataError, validateAction} from 'hf-widgets/data';

/** A request body larger than the elements would load (`too-large`) is refused unread. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

function answer(response, status, body) {
  response.writeHead(status, {'Content-Type': 'application/json; charset=utf-8'});
  response.end(JSON.stringify(body));
}

async function readBody(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const server = createServer(async (request, response) => {
  if (request.method !== 'POST' || request.url !== '/action') return answer(response, 404, {ok: false});
  const text = await readBody(request);
  if (text === undefined) return answer(response, 413, {ok: false, issues: [{code: 'too-large', path: '', message: 'over 5 MB'}]});
  let document;
  try {
    document = JSON.parse(text);
  } catch {
    return answer(response, 422, {ok: false, issues: [{code: 'invalid-json', path: '', message: 'not JSON'}]});
  }
  try {
    validateAction(document);
  } catch (error) {
    // Anything else than a DataError is a bug, not the document's fault: let it surface.
    if (!(error instanceof DataError)) throw error;
    return answer(response, 422, {ok: false, issues: error.issues});
  }
  // Store or publish the document here: the elements will accept it.
  return answer(response, 200, {ok: true});
});

const port = Number(process.env.PORT ?? 8080);
server.listen(port, '127.0.0.1', () => console.log(`POST action documents to http://127.0.0.1:${port}/action`));
