// Builds a partner page's app (demo/examples/apps/) the way the partner's own bundler would:
// esbuild with the package's exports map (hf-widgets resolves to dist/modules/, so run
// `npm run build` first), React's JSX, and Vue single-file components compiled with the
// `isCustomElement` option docs/embedding.md asks for. Nothing is written to disk.
import {readFile} from 'node:fs/promises';
import {basename, join} from 'node:path';
import {build} from 'esbuild';
import {compileScript, parse} from '@vue/compiler-sfc';
import {projectRoot} from './import-ts.mjs';

/** Served path → entry file. */
export const partnerApps = {
  '/demo/examples/react-app.js': 'demo/examples/apps/react-app.jsx',
  '/demo/examples/vue-app.js': 'demo/examples/apps/vue-app.js',
};

const vueCompilerOptions = {isCustomElement: (tag) => tag.startsWith('hf-')};

/** esbuild plugin: a `.vue` file becomes one module with its template compiled into setup. */
const vueSingleFile = {
  name: 'vue-single-file',
  setup(plugins) {
    plugins.onLoad({filter: /\.vue$/}, async ({path}) => {
      const {descriptor, errors} = parse(await readFile(path, 'utf8'), {filename: path});
      if (errors.length > 0) return {errors: errors.map((error) => ({text: String(error.message ?? error)}))};
      const script = compileScript(descriptor, {
        id: basename(path),
        inlineTemplate: true,
        templateOptions: {compilerOptions: vueCompilerOptions},
      });
      return {contents: script.content, loader: 'js', resolveDir: join(path, '..')};
    });
  },
};

/** The bundled app for a served path, or undefined when the path is not an app. */
export async function buildPartnerApp(servedPath) {
  const entry = partnerApps[servedPath];
  if (!entry) return undefined;
  const result = await build({
    entryPoints: [join(projectRoot, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    jsx: 'automatic',
    target: 'es2021',
    conditions: ['browser', 'import', 'default'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [vueSingleFile],
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}
