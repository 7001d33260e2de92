// Which options the builder offers for each element, as what control, and how the chosen values
// become the element's attributes. Labels are keys of strings.js: plain words, not attribute
// names. builder.js shows only the options that custom-elements.json says the element declares.

/** Values of an attribute that the manifest declares as a union of strings. */
const declaredValues = (name) => (declared) => (declared[name]?.values ?? []).map((value) => ({value}));
const themeValues = () => [{value: '', key: 'theme-auto'}, {value: 'light'}, {value: 'dark'}];
const headingValues = () => [2, 3, 4, 5, 6].map((level) => ({value: String(level), label: `h${level}`}));

const common = [
  {name: 'theme', control: 'select', values: themeValues},
  {name: 'heading-level', control: 'select', values: headingValues, hint: 'heading-level-hint'},
];

export const optionsOf = {
  'hf-hotline-banner': [
    {name: 'quick-exit', control: 'checkbox', initial: true},
    {name: 'exit-url', control: 'url', showIf: 'quick-exit'},
    {name: 'hotlines', control: 'hotlines'},
    {name: 'variant', label: 'variant-banner', control: 'select', values: declaredValues('variant')},
    {name: 'position', control: 'select', values: declaredValues('position')},
    {name: 'dismissible', control: 'checkbox'},
    {name: 'remember-dismissal', control: 'checkbox', showIf: 'dismissible'},
    ...common,
  ],
  'hf-action-card': [{name: 'variant', label: 'variant-card', control: 'select', values: declaredValues('variant')}, ...common],
  'hf-budget-breakdown': [
    {name: 'chart', control: 'select', values: declaredValues('chart')},
    {name: 'show-table', control: 'checkbox'},
    ...common,
  ],
  'hf-beneficiary-list': [
    {
      name: 'group',
      control: 'select',
      values: (_declared, action) => [
        {value: '', key: 'group-all'},
        ...(action?.beneficiaries ?? []).map((group) => ({value: group.id, label: group.label})),
      ],
    },
    {name: 'filter', control: 'checkbox'},
    {name: 'collapsed', control: 'checkbox'},
    ...common,
  ],
};

/** The hotlines a banner shows when no `hotlines` attribute is given. */
export const defaultHotlineIds = (action) => (action?.hotlines ?? []).filter((line) => line.showByDefault !== false).map((line) => line.id);

/**
 * The attributes for the chosen values, in the order of the form, leaving out every value that
 * is the element's default (so a snippet carries only what the editor changed).
 * @returns {[string, string][]} `''` is a boolean attribute that is present
 */
export function attributesFor(tag, declared, values, action) {
  const attributes = [];
  for (const option of optionsOf[tag]) {
    const value = values[option.name] ?? option.initial;
    if (option.showIf && !(values[option.showIf] ?? optionsOf[tag].find((other) => other.name === option.showIf)?.initial)) continue;
    if (option.control === 'checkbox') {
      if (value) attributes.push([option.name, '']);
    } else if (option.control === 'hotlines') {
      const ids = Array.isArray(value) ? value : [];
      if (ids.length > 0 && ids.join() !== defaultHotlineIds(action).join()) attributes.push(['hotlines', ids.join(',')]);
    } else if (option.control === 'select') {
      // '' is "as the element decides" (theme, group); the manifest gives the other defaults.
      if (value !== undefined && value !== '' && value !== declared[option.name]?.default) attributes.push([option.name, value]);
    } else if (value) {
      attributes.push([option.name, value]);
    }
  }
  return attributes;
}
