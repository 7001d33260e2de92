// Data files the package publishes beside the code, each generated from its one source so it
// cannot drift. Run by `npm run build`, after the manifest:
// - dist/action.schema.json from the validator's rules (src/core/action-schema.ts);
// - dist/vscode.html-custom-data.json (editor completion for the tags) from custom-elements.json.
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {importTs, projectRoot} from './lib/import-ts.mjs';

const dist = join(projectRoot, 'dist');
await mkdir(dist, {recursive: true});

const {actionJsonSchema} = await importTs('src/core/action-schema.ts');
await writeFile(join(dist, 'action.schema.json'), `${JSON.stringify(actionJsonSchema(), null, 2)}\n`);

const manifest = JSON.parse(await readFile(join(projectRoot, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((element) => ({
    name: element.tagName,
    description: element.summary ?? element.description ?? '',
    attributes: (element.attributes ?? []).map((attribute) => {
      // Union types of string literals ("'full' | 'compact'") become the attribute's values.
      const values = [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map(([, value]) => ({name: value}));
      return {name: attribute.name, description: attribute.description ?? '', ...(values.length ? {values} : {})};
    }),
  }));
await writeFile(join(dist, 'vscode.html-custom-data.json'), `${JSON.stringify({version: 1.1, tags}, null, 2)}\n`);
