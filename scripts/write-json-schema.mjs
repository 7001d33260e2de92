// Writes dist/action.schema.json from the validator's own rules (src/core/action-schema.ts), so
// the published JSON Schema cannot drift from what the elements accept. Run by `npm run build`.
import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {importTs, projectRoot} from './lib/import-ts.mjs';

const {actionJsonSchema} = await importTs('src/core/action-schema.ts');
await mkdir(join(projectRoot, 'dist'), {recursive: true});
await writeFile(join(projectRoot, 'dist/action.schema.json'), `${JSON.stringify(actionJsonSchema(), null, 2)}\n`);
