// What an app pays for one element's npm module: a throw-away Vite app whose only code is
// `import 'hf-widgets/<tag>.js'`, resolving hf-widgets through this package's exports map (so
// run `npm run build` first), built for production. Returns the app's JavaScript, every chunk.
import {mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'vite';
import {projectRoot} from './import-ts.mjs';

export async function buildElementApp(tag) {
  const app = await mkdtemp(join(tmpdir(), 'hf-element-app-'));
  try {
    await mkdir(join(app, 'node_modules'));
    // Installed as a dependency would be; Lit resolves from the package's own node_modules.
    await symlink(projectRoot, join(app, 'node_modules/hf-widgets'), 'dir');
    await writeFile(join(app, 'index.html'), `<!doctype html><${tag}></${tag}><script type="module" src="./main.js"></script>\n`);
    await writeFile(join(app, 'main.js'), `import 'hf-widgets/${tag}.js';\n`);
    await build({root: app, logLevel: 'silent', configFile: false, build: {outDir: join(app, 'dist'), emptyOutDir: true, manifest: true}});
    // What the page loads as it starts: the entry and what it imports statically, not the chunks
    // it imports on demand (a locale's file, fetched only when the page asks for that language).
    const manifest = JSON.parse(await readFile(join(app, 'dist/.vite/manifest.json'), 'utf8'));
    const chunks = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk || chunks.has(chunk.file)) return;
      chunks.add(chunk.file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    visit('index.html');
    return Buffer.concat(await Promise.all([...chunks].map((file) => readFile(join(app, 'dist', file)))));
  } finally {
    await rm(app, {recursive: true, force: true});
  }
}
