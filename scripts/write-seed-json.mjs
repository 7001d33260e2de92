// Writes examples/json/seed-action.json from src/core/document/default-action.ts (composed from the parts in
// src/core/document/default-data/), so the standalone JSON
// example is always the same document as the built-in default. Run by `npm run build`.
import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {importTs, projectRoot} from './lib/import-ts.mjs';

const {defaultAction} = await importTs('src/core/document/default-action.ts');
await writeFile(join(projectRoot, 'examples/json/seed-action.json'), `${JSON.stringify(defaultAction, null, 2)}\n`);
