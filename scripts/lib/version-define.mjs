// The library's version comes from package.json alone: every tool that compiles src/ (Rollup,
// the test runner, Storybook) replaces this name with it (src/core/element/define.ts).
import {readFileSync} from 'node:fs';

export const packageVersion = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** esbuild's and Vite's `define`: the global name the sources read, and the literal it becomes. */
export const versionDefine = {__HF_WIDGETS_VERSION__: JSON.stringify(packageVersion)};
