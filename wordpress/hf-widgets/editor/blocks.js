// The four blocks in the block editor: each one's options in the sidebar and, as the preview,
// the element itself rendered by the server (ServerSideRender), so what the Author sees is what
// readers get. Plain script (no JSX, no build step); labels and the document's hotlines come
// from PHP in window.hfWidgetsEditor. Saving stores only the attributes: the server renders.
/* global wp */
(function () {
  const {registerBlockType} = wp.blocks;
  const {createElement: h, Fragment} = wp.element;
  const {InspectorControls, useBlockProps} = wp.blockEditor;
  const {PanelBody, ToggleControl, SelectControl, TextControl, CheckboxControl, Disabled} = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const data = window.hfWidgetsEditor || {hotlines: [], groups: [], strings: {}, exitUrl: ''};
  const say = (key) => data.strings[key] || key;

  const options = (pairs) => pairs.map(([value, key]) => ({value, label: say(key)}));

  /** Controls every element has: language, heading level, colours. */
  function commonControls(attributes, setAttributes) {
    return [
      h(SelectControl, {
        key: 'lang',
        label: say('language'),
        value: attributes.lang,
        options: options([
          ['', 'siteLanguage'],
          ['en', 'english'],
          ['sr-Cyrl', 'serbianCyrillic'],
          ['sr-Latn', 'serbianLatin'],
        ]),
        onChange: (lang) => setAttributes({lang}),
      }),
      h(SelectControl, {
        key: 'heading',
        label: say('headingLevel'),
        value: String(attributes.headingLevel || 2),
        options: ['2', '3', '4', '5', '6'].map((level) => ({value: level, label: `H${level}`})),
        onChange: (level) => setAttributes({headingLevel: Number(level)}),
      }),
      h(SelectControl, {
        key: 'theme',
        label: say('theme'),
        value: attributes.theme,
        options: options([
          ['', 'themeReader'],
          ['light', 'themeLight'],
          ['dark', 'themeDark'],
        ]),
        onChange: (theme) => setAttributes({theme}),
      }),
    ];
  }

  const toggle = (attributes, setAttributes, name, key, help) =>
    h(ToggleControl, {
      key: name,
      label: say(key),
      help: help ? say(help) : undefined,
      checked: Boolean(attributes[name]),
      onChange: (value) => setAttributes({[name]: value}),
    });

  /** The banner's own controls: which hotlines, quick exit and its address, dismissal, position, compact. */
  function bannerControls(attributes, setAttributes) {
    const chosen = attributes.hotlines ? attributes.hotlines.split(',') : [];
    const setLine = (id, on) => {
      const next = data.hotlines.map((line) => line.id).filter((lineId) => (lineId === id ? on : chosen.includes(lineId)));
      setAttributes({hotlines: next.join(',')});
    };
    return [
      h(
        'fieldset',
        {key: 'hotlines', className: 'hf-widgets-hotlines'},
        h('legend', {}, say('hotlines')),
        ...data.hotlines.map((line) =>
          h(CheckboxControl, {
            key: line.id,
            label: line.label,
            checked: chosen.includes(line.id),
            onChange: (on) => setLine(line.id, on),
          }),
        ),
        h('p', {className: 'components-base-control__help'}, say('hotlinesHelp')),
      ),
      toggle(attributes, setAttributes, 'quickExit', 'quickExit', 'quickExitHelp'),
      attributes.quickExit &&
        h(TextControl, {
          key: 'exitUrl',
          type: 'url',
          label: say('exitUrl'),
          help: say('exitUrlHelp'),
          placeholder: data.exitUrl,
          value: attributes.exitUrl,
          onChange: (exitUrl) => setAttributes({exitUrl: exitUrl.trim()}),
        }),
      toggle(attributes, setAttributes, 'dismissible', 'dismissible'),
      attributes.dismissible && toggle(attributes, setAttributes, 'rememberDismissal', 'rememberDismissal'),
      h(SelectControl, {
        key: 'position',
        label: say('position'),
        value: attributes.position,
        options: options([
          ['inline', 'inline'],
          ['top', 'top'],
          ['bottom', 'bottom'],
        ]),
        onChange: (position) => setAttributes({position}),
      }),
      h(ToggleControl, {
        key: 'variant',
        label: say('compact'),
        checked: attributes.variant === 'compact',
        onChange: (on) => setAttributes({variant: on ? 'compact' : 'full'}),
      }),
    ];
  }

  const ownControls = {
    'hotline-banner': bannerControls,
    'action-card': (attributes, setAttributes) => [
      h(ToggleControl, {
        key: 'variant',
        label: say('compactCard'),
        checked: attributes.variant === 'compact',
        onChange: (on) => setAttributes({variant: on ? 'compact' : 'full'}),
      }),
      attributes.variant === 'compact' && toggle(attributes, setAttributes, 'expanded', 'expanded'),
    ],
    'budget-breakdown': (attributes, setAttributes) => [
      h(SelectControl, {
        key: 'chart',
        label: say('chart'),
        value: attributes.chart,
        options: options([
          ['bar', 'bar'],
          ['donut', 'donut'],
        ]),
        onChange: (chart) => setAttributes({chart}),
      }),
      toggle(attributes, setAttributes, 'showTable', 'showTable'),
    ],
    'beneficiary-list': (attributes, setAttributes) => [
      h(SelectControl, {
        key: 'group',
        label: say('group'),
        value: attributes.group,
        options: [{value: '', label: say('allGroups')}, ...data.groups.map((group) => ({value: group.id, label: group.label}))],
        onChange: (group) => setAttributes({group}),
      }),
      toggle(attributes, setAttributes, 'collapsed', 'collapsed'),
      toggle(attributes, setAttributes, 'filter', 'filter'),
    ],
  };

  for (const element of Object.keys(ownControls)) {
    const name = `hf-widgets/${element}`;
    registerBlockType(name, {
      edit({attributes, setAttributes}) {
        const blockProps = useBlockProps({className: 'hf-widgets-block'});
        return h(
          Fragment,
          {},
          h(
            InspectorControls,
            {},
            h(
              PanelBody,
              {title: say('settings'), initialOpen: true},
              ...ownControls[element](attributes, setAttributes).filter(Boolean),
              ...commonControls(attributes, setAttributes),
              h('p', {className: 'components-base-control__help'}, say('dataNote')),
            ),
          ),
          // Disabled: links and buttons in the preview must not act while the Author edits.
          h('div', blockProps, h(Disabled, {}, h(ServerSideRender, {block: name, attributes, urlQueryArgs: {hf_preview: 1}}))),
        );
      },
      save: () => null,
    });
  }
})();
