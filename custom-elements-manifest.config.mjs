// custom-elements.json, read by Storybook and editors: built from the elements' JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      name: 'hf-events-only',
      // The analyzer reads the base class's generic `emit(name)` as an event called "name";
      // the real events are the documented `hf-*` ones.
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('hf-'));
          }
        }
      },
    },
  ],
};
