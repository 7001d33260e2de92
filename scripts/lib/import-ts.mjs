// Lets a Node script use one of the library's TypeScript modules (Node 20 cannot load .ts):
// esbuild bundles it to a temporary ES module, which is imported and then deleted.
import {build} from 'esbuild';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export async function importTs(relativePath) {
  const dir = await mkdtemp(join(tmpdir(), 'hf-import-'));
  try {
    const outfile = join(dir, 'module.mjs');
    await build({
      entryPoints: [join(projectRoot, relativePath)],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile,
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}
