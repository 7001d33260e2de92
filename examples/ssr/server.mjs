// Serves the built example: every request for / is rendered on the server, the rest comes from
// the client build. Build first (see README.md in this folder), then `PORT=8080 node server.mjs`.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {render} from './dist/server/entry-server.js';

const clientRoot = fileURLToPath(new URL('./dist/client/', import.meta.url));
const template = await readFile(join(clientRoot, 'index.html'), 'utf8');
const types = {'.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html'};

const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  if (path === '/') {
    response.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'});
    return response.end(template.replace('<!--banner-->', render('en')));
  }
  const file = normalize(join(clientRoot, path));
  if (!file.startsWith(clientRoot)) return response.writeHead(404).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, {'Content-Type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`});
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
const port = Number(process.env.PORT ?? 8080);
server.listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
