import type {StorybookConfig} from '@storybook/web-components-vite';
import {versionDefine} from '../scripts/lib/version-define.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  // Example documents that stories load with a relative `src`, so they work from any sub-path.
  staticDirs: [{from: '../examples/json', to: 'examples/json'}],
  // Relative asset paths, so the static build works from any sub-path.
  // The library's version from package.json, as every build writes it in.
  viteFinal: async (viteConfig) => ({...viteConfig, base: './', define: {...viteConfig.define, ...versionDefine}}),
};
export default config;
