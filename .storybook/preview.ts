import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (sets <html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          {value: 'en', title: 'English'},
          {value: 'sr-Cyrl', title: 'Српски'},
          {value: 'sr-Latn', title: 'Srpski'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', theme: 'light'},
  decorators: [
    (story, context) => {
      // lit-localize's locale is page-global: the widgets follow <html lang>.
      document.documentElement.lang = context.globals.locale ?? 'en';
      document.documentElement.style.colorScheme = context.globals.theme === 'dark' ? 'dark' : 'light';
      document.body.style.background = context.globals.theme === 'dark' ? '#0f1318' : '';
      return story();
    },
  ],
  parameters: {
    controls: {expanded: true},
    a11y: {test: 'error'},
  },
};
export default preview;
