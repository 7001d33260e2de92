import type {ArgTypesEnhancer, InputType} from 'storybook/internal/types';
import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {render} from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Controls and docs tables (attributes, properties, events, CSS properties, parts) come from the
// custom elements manifest that `npm run manifest` builds from the elements' JSDoc. Private,
// protected and static members are the elements' inner workings, not settings: they are left out.
type ManifestMember = {privacy?: string; static?: boolean};
const publicManifest = {
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) =>
      'members' in declaration && Array.isArray(declaration.members)
        ? {...declaration, members: (declaration.members as ManifestMember[]).filter((member) => !member.privacy && !member.static)}
        : declaration,
    ),
  })),
};
setCustomElementsManifest(publicManifest);

/**
 * Storybook reads a manifest type as it is written in TypeScript and offers a JSON editor ("Set
 * object") for any it does not know. Optional strings get a text field and unions of string
 * literals (`'bar' | 'donut'`) a choice of their values.
 */
function controlFor(typeText: string): Pick<InputType, 'options' | 'control'> | undefined {
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  if (parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part))) {
    const options = parts.map((part) => part.slice(1, -1));
    return {options, control: {type: options.length > 3 ? 'select' : 'inline-radio'}};
  }
  if (parts.length === 1 && parts[0] !== typeText && ['string', 'number', 'boolean'].includes(parts[0])) {
    return {control: {type: parts[0] === 'string' ? 'text' : parts[0] === 'number' ? 'number' : 'boolean'}};
  }
  return undefined;
}

const manifestTypeControls: ArgTypesEnhancer = ({argTypes}) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const typeText = argType.type && typeof argType.type === 'object' && 'name' in argType.type ? String(argType.type.name) : '';
      return [name, {...argType, ...controlFor(typeText)}];
    }),
  );

const preview: Preview = {
  argTypesEnhancers: [manifestTypeControls],
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
    docs: {toc: true},
  },
  tags: ['autodocs'],
};
export default preview;
