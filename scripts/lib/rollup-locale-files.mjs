// The locales with a file of their own (src/i18n/locale-files.ts) are fetched with a path
// relative to the module that fetches them. In the source that path names the locale modules
// (`./locales/${locale}.ts`, src/i18n/locales/); this plugin rewrites it, in every
// built chunk that carries it, to the built files in dist/locales/ as seen from that chunk's own
// folder: `./locales/` from dist/hf-widgets.js, `../../locales/` from dist/modules/shared/.
// It fails the build when a chunk carries the loader but the path is not where it expects it.
import {dirname, join, relative, sep} from 'node:path';

/** dist/locales/, where rollup.config.mjs writes one file per locale. */
export const LOCALE_FILES_DIR = 'dist/locales';
const SOURCE_PATH = /`\.\/locales\/\$\{(\w+)\}\.ts`/g;
const LOADER_MODULE = /src[/\\]i18n[/\\]locale-files\.ts$/;

export function localeFilePaths() {
  return {
    name: 'hf-locale-file-paths',
    renderChunk(code, chunk, outputOptions) {
      if (!chunk.moduleIds.some((id) => LOADER_MODULE.test(id))) return null;
      const outputDir = outputOptions.dir ?? dirname(outputOptions.file);
      const chunkDir = dirname(join(outputDir, chunk.fileName));
      let prefix = relative(chunkDir, LOCALE_FILES_DIR).split(sep).join('/');
      if (!prefix.startsWith('.')) prefix = `./${prefix}`;
      let found = false;
      const rewritten = code.replace(SOURCE_PATH, (_, name) => {
        found = true;
        return `\`${prefix}/\${${name}}.js\``;
      });
      if (!found) this.error(`${chunk.fileName}: the locale file path of src/i18n/locale-files.ts was not found to rewrite`);
      return {code: rewritten, map: null};
    },
  };
}
