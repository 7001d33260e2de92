// Data files the package publishes beside the code, each generated from its one source so it
// cannot drift. Run by `npm run build`, after the manifest:
// - dist/action.schema.json from the validator's rules (src/core/document/action-schema.ts);
// - dist/vscode.html-custom-data.json (editor completion for the tags) from custom-elements.json,
//   each tag and attribute linked to its section of docs/elements.md.
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {importTs, projectRoot} from './lib/import-ts.mjs';

const dist = join(projectRoot, 'dist');
await mkdir(dist, {recursive: true});

const {actionJsonSchema} = await importTs('src/core/document/json-schema.ts');
await writeFile(join(dist, 'action.schema.json'), `${JSON.stringify(actionJsonSchema(), null, 2)}\n`);

const manifest = JSON.parse(await readFile(join(projectRoot, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
// The element reference (docs/elements.md, shipped in the package), as the npm CDN serves it for
// this version; each element's section is headed by its tag.
const elementDocs = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/docs/elements.md`;
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((element) => {
    const references = [{name: `<${element.tagName}> reference`, url: `${elementDocs}#${element.tagName}`}];
    return {
      name: element.tagName,
      description: element.summary ?? element.description ?? '',
      attributes: (element.attributes ?? []).map((attribute) => {
        const type = (attribute.type?.text ?? '').replace(/\s*\|\s*undefined$/, '');
        // Union types of string literals ("'full' | 'compact'") become the attribute's values;
        // a boolean attribute is present or absent, which VS Code's value set "v" means.
        const values = [...type.matchAll(/'([^']+)'/g)].map(([, value]) => ({name: value}));
        return {
          name: attribute.name,
          description: attribute.description ?? '',
          ...(type === 'boolean' ? {valueSet: 'v'} : values.length ? {values} : {}),
          references,
        };
      }),
      references,
    };
  });
await writeFile(join(dist, 'vscode.html-custom-data.json'), `${JSON.stringify({version: 1.1, tags}, null, 2)}\n`);
