// dist/hf-widgets.js: one minified ES module with Lit, every locale and the default action.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

export default {
  input: 'src/index.ts',
  output: {file: 'dist/hf-widgets.js', format: 'es', sourcemap: true},
  plugins: [
    // Production builds of Lit (no "development" export condition).
    resolve({exportConditions: ['browser', 'import', 'default']}),
    esbuild({target: 'es2021', tsconfig: 'tsconfig.json'}),
    terser({ecma: 2021, module: true, format: {comments: false}, compress: {passes: 2}}),
  ],
};
