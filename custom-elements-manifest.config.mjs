// custom-elements.json, read by editors, Storybook and docs: built from the elements' JSDoc, then
// reshaped to describe what the npm package publishes rather than the sources it was built from:
// - one module per published entry point (`dist/modules/index.js`, `dist/modules/hf-*.js`, taken
//   from package.json's exports), declaring the element classes and exporting each class and its
//   tag (`custom-element-definition`, from the entry's `safeDefine('hf-…', Class)` call);
// - references to code that is bundled rather than published (the base class) point at its type
//   declaration in `dist/types/`;
// - every event has the type of its detail, from `HfEventMap` in src/core/element/events.ts;
// - only the public API: private and protected members go (and members tagged `@internal`, which
//   the analyzer leaves out by itself).
import {readFileSync} from 'node:fs';

const EVENT_MAP_MODULE = 'src/core/element/events.ts';
const EVENT_MAP = 'HfEventMap';

/** Source entry point → published module, for every export that has both types and code. */
function publishedEntries() {
  const {exports} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  const entries = new Map();
  for (const target of Object.values(exports)) {
    if (typeof target !== 'object' || !target.types?.startsWith('./dist/types/') || !target.default?.startsWith('./dist/modules/'))
      continue;
    const source = target.types.replace('./dist/types/', 'src/').replace(/\.d\.ts$/, '.ts');
    entries.set(source, target.default.slice(2));
  }
  return entries;
}

/** Where the package describes a source module it does not publish as a file: its declarations. */
const SOURCE_PATH = /^(\.?\/)?src\//;
const typesPathOf = (sourcePath) => sourcePath.replace(SOURCE_PATH, 'dist/types/').replace(/\.[jt]s$/, '.d.ts');

function publicMembersOnly(declaration) {
  const isPublic = (member) => !member.privacy || member.privacy === 'public';
  const hidden = new Set(declaration.members?.filter((member) => !isPublic(member)).map((member) => member.name));
  return {
    ...declaration,
    members: declaration.members?.filter(isPublic),
    // The analyzer lists an attribute for every entry of `static properties`, reactive states
    // (`{state: true}`, private fields) included; they have none.
    attributes: declaration.attributes?.filter((attribute) => !hidden.has(attribute.fieldName)),
  };
}

/** Points every reference into the sources (superclass, inherited members) at the published types. */
function referencesToTypes(value) {
  if (Array.isArray(value)) return value.map(referencesToTypes);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === 'module' && typeof inner === 'string' && SOURCE_PATH.test(inner) ? typesPathOf(inner) : referencesToTypes(inner),
    ]),
  );
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/testing/**'],
  litelement: true,
  outdir: '.',
  plugins: [
    (() => {
      /** Source module path → [{tag, className}] from its `safeDefine(tag, Class)` calls. */
      const definitions = new Map();
      /** Event name → type text, from the event map's properties. */
      const eventTypes = new Map();
      return {
        name: 'hf-published-package',
        analyzePhase({ts, node, moduleDoc}) {
          if (ts.isCallExpression(node) && node.expression.getText() === 'safeDefine') {
            const [tag, definedClass] = node.arguments;
            if (tag && ts.isStringLiteral(tag) && definedClass && ts.isIdentifier(definedClass)) {
              definitions.set(moduleDoc.path, [...(definitions.get(moduleDoc.path) ?? []), {tag: tag.text, className: definedClass.text}]);
            }
          }
          if (moduleDoc.path === EVENT_MAP_MODULE && ts.isInterfaceDeclaration(node) && node.name.text === EVENT_MAP) {
            for (const member of node.members) {
              if (ts.isPropertySignature(member) && member.type)
                eventTypes.set(member.name.getText().replace(/^['"]|['"]$/g, ''), member.type.getText());
            }
          }
        },
        packageLinkPhase({customElementsManifest}) {
          if (eventTypes.size === 0) throw new Error(`custom-elements-manifest: no ${EVENT_MAP} found in ${EVENT_MAP_MODULE}`);
          const sourceModules = new Map(customElementsManifest.modules.map((module) => [module.path, module]));
          const declarationsByName = new Map(
            customElementsManifest.modules.flatMap((module) =>
              (module.declarations ?? []).map((declaration) => [declaration.name, declaration]),
            ),
          );

          const published = new Map();
          for (const [source, path] of publishedEntries()) {
            const module = sourceModules.get(source);
            if (!module) throw new Error(`custom-elements-manifest: package.json exports ${path}, but ${source} was not analyzed`);
            published.set(source, {kind: 'javascript-module', path, declarations: [], exports: [], source: module});
          }
          /** Name → the published module that declares it, so a re-export can point there. */
          const declaredIn = new Map();

          // Element entries first: they declare the classes that index.js re-exports.
          const entries = [...published.values()].sort(
            (a, b) => Number(a.path.endsWith('/index.js')) - Number(b.path.endsWith('/index.js')),
          );
          for (const entry of entries) {
            const add = (name, kind = 'js') => {
              const home = declaredIn.get(name);
              if (home === undefined) {
                const declaration = declarationsByName.get(name);
                if (!declaration) return; // a type-only export: the manifest does not list types
                entry.declarations.push(referencesToTypes(declaration.customElement ? publicMembersOnly(declaration) : declaration));
                declaredIn.set(name, entry.path);
              }
              entry.exports.push({kind, name, declaration: {name, module: declaredIn.get(name)}});
            };
            for (const exported of entry.source.exports ?? []) {
              if (exported.name !== '*') {
                add(exported.name);
                continue;
              }
              // `export * from './hf-action-card.js'`: everything that entry exports, and its tags.
              const from = `src/${exported.declaration.module.replace(/^(\.\/)?src\//, '').replace(/\.js$/, '.ts')}`;
              const reexported = published.get(from);
              if (!reexported) continue; // a type-only module
              for (const inner of reexported.exports) entry.exports.push({...inner});
            }
            for (const {tag, className} of definitions.get(entry.source.path) ?? []) {
              if (!declaredIn.has(className)) add(className);
              entry.exports.push({
                kind: 'custom-element-definition',
                name: tag,
                declaration: {name: className, module: declaredIn.get(className)},
              });
              const element = entry.declarations.find((declaration) => declaration.name === className);
              if (element && !element.tagName) element.tagName = tag;
            }
          }

          for (const entry of published.values()) {
            delete entry.source;
            for (const declaration of entry.declarations) {
              if (!declaration.events) continue;
              // The analyzer also reads the base class's generic `emit(name)` as an event called
              // "name"; the real events are the documented `hf-*` ones, each typed by the map.
              declaration.events = declaration.events
                .filter((event) => event.name?.startsWith('hf-'))
                .map((event) => {
                  const type = eventTypes.get(event.name);
                  if (!type)
                    throw new Error(
                      `custom-elements-manifest: <${declaration.tagName}> fires ${event.name}, which ${EVENT_MAP} does not declare`,
                    );
                  return {...event, type: {text: type}};
                });
            }
          }
          customElementsManifest.modules = [...published.values()];
        },
      };
    })(),
  ],
};
