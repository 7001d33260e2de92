import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {render} from 'lit';
import manifest from '../custom-elements.json';
import {manifestArgTypes} from './manifest-arg-types.js';
import '../src/index.js';

// The manifest (public API only) gives each element's description; its Controls panel and docs
// tables come from manifestArgTypes, which gives every setting one row and a usable control.
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
      description: 'Colour theme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
          {value: 'high-contrast', title: 'High contrast'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', theme: 'light'},
  decorators: [
    (story, context) => {
      const theme = (context.globals.theme as string) ?? 'light';
      // lit-localize's locale is page-global: every widget follows <html lang>.
      document.documentElement.lang = (context.globals.locale as string) ?? 'en';
      // A story owns its page, so the page takes the theme. A docs page shows many stories (one
      // of them may fix its own theme) among Storybook's text, so each story paints its own box.
      const ownsPage = context.viewMode !== 'docs';
      if (ownsPage) {
        document.body.classList.toggle('hf-story-dark', theme === 'dark');
        document.body.classList.toggle('hf-story-high-contrast', theme === 'high-contrast');
      }
      const wrapper = document.createElement('div');
      wrapper.className = `hf-story-theme-${theme}${ownsPage ? '' : ' hf-story-docs-surface'}`;
      render(story(), wrapper);
      const scheme = theme === 'light' ? 'light' : 'dark';
      for (const widget of wrapper.querySelectorAll('*')) {
        if (widget.localName.startsWith('hf-') && !widget.hasAttribute('theme')) widget.setAttribute('theme', scheme);
      }
      return wrapper;
    },
  ],
  parameters: {
    viewport: {options: {phone360: {name: 'Phone (360 px)', styles: {width: '360px', height: '740px'}, type: 'mobile'}}},
    controls: {expanded: true},
    a11y: {test: 'error'},
    docs: {toc: true, extractArgTypes: manifestArgTypes},
  },
  tags: ['autodocs'],
};
export default preview;
