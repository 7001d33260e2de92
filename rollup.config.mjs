// Two builds:
// - dist/hf-widgets.js: the drop-in bundle, one minified ES module with Lit, every locale and
//   the default action inside;
// - dist/modules/: the npm modules, one per element plus index.js, importing Lit from the app
//   (so an app that already has Lit pays for it once). @lit/localize stays inside: it keeps a
//   page-wide configuration that an app's own copy must not share.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from './scripts/lib/rollup-minify-templates.mjs';

const production = resolve({exportConditions: ['browser', 'import', 'default']});
const typescript = () => esbuild({target: 'es2021', tsconfig: 'tsconfig.json'});
/** The registering modules, one per element (src/<tag>.ts); scripts/check-size.mjs uses them too. */
export const elements = ['hf-hotline-banner', 'hf-action-card', 'hf-budget-breakdown', 'hf-beneficiary-list'];

export default [
  {
    input: 'src/index.ts',
    output: {file: 'dist/hf-widgets.js', format: 'es', sourcemap: true},
    plugins: [production, typescript(), minifyTemplates(), terser({ecma: 2021, module: true, format: {comments: /@license|@preserve|^!/}, compress: {passes: 2}})],
  },
  {
    input: Object.fromEntries([['index', 'src/index.ts'], ...elements.map((tag) => [tag, `src/${tag}.ts`])]),
    output: {dir: 'dist/modules', format: 'es', sourcemap: true, chunkFileNames: 'shared/[name]-[hash].js'},
    external: (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id),
    plugins: [resolve({exportConditions: ['browser', 'import', 'default']}), typescript()],
  },
];
