// Fallback content for an embedded widget, generated from its action document: what a reader
// sees before the script runs, without JavaScript, and when the data fails. For the hotline
// banner that is the numbers as tel: links and a plain exit link.
//
// The content is built once as a small tree and written two ways: as HTML text for the
// builder's snippets and embed.html's <noscript>, and as DOM nodes for embed.html's element
// (no innerHTML, so it works under Trusted Types). Pure code: it runs in browsers and in Node.

/**
 * A fallback node: a text string, or `[tag, attributes, ...children]`.
 * @typedef {string | [string, Record<string, string>, ...FallbackNode[]]} FallbackNode
 */

/** The fallback's own words. Serbian is authored in Cyrillic; Latin is transliterated. */
const words = {
  en: {exit: 'Exit this page', budget: 'Budget of the action', beneficiaries: 'Who benefits'},
  'sr-Cyrl': {exit: 'Брзи излаз', budget: 'Буџет пројекта', beneficiaries: 'Корисници пројекта'},
};

/**
 * The fallback nodes for one element.
 * @param {string} tag the element, `hf-hotline-banner` …
 * @param {object} action a valid action document
 * @param {Record<string, string | boolean>} options the element's attributes (`hotlines`, `quick-exit`, `group` …)
 * @param {{locale: string, text: (value: unknown) => string, toLatin: (text: string) => string, exitUrl: string, exitTarget?: string}} context
 *   `text` picks a data field's text in `locale`; `exitUrl` is the exit address in use; `exitTarget`
 *   is `_top` inside an iframe, so the plain link leaves the whole tab.
 * @returns {FallbackNode[]}
 */
export function fallbackFor(tag, action, options, context) {
  const say = (key) =>
    context.locale === 'en' ? words.en[key] : context.locale === 'sr-Latn' ? context.toLatin(words['sr-Cyrl'][key]) : words['sr-Cyrl'][key];
  const title = context.text(action.title);
  switch (tag) {
    case 'hf-hotline-banner': {
      const nodes = [];
      const lines = selectHotlines(action.hotlines ?? [], options.hotlines);
      if (lines.length > 0) {
        nodes.push([
          'ul',
          {},
          ...lines.map((line) => ['li', {}, `${context.text(line.name)}: `, ['a', {href: `tel:${line.number}`}, line.display]]),
        ]);
      }
      if (options['quick-exit']) {
        const link = {href: context.exitUrl, rel: 'noreferrer'};
        if (context.exitTarget) link.target = context.exitTarget;
        nodes.push(['p', {}, ['a', link, say('exit')]]);
      }
      return nodes;
    }
    case 'hf-budget-breakdown': {
      const budget = action.budget;
      if (!budget) return [['p', {}, title]];
      const amount = new Intl.NumberFormat(context.locale, {style: 'currency', currency: budget.currency, maximumFractionDigits: 0}).format(
        budget.amount,
      );
      return [['p', {}, `${title}. ${say('budget')}: ${amount}`]];
    }
    case 'hf-beneficiary-list': {
      const groups = (action.beneficiaries ?? []).filter((group) => !options.group || group.id === options.group);
      if (groups.length === 0) return [['p', {}, title]];
      return [
        ['p', {}, `${say('beneficiaries')}:`],
        ['ul', {}, ...groups.map((group) => ['li', {}, context.text(group.label)])],
      ];
    }
    default: {
      const nodes = [['p', {}, ['strong', {}, title]]];
      if (action.summary) nodes.push(['p', {}, context.text(action.summary)]);
      return nodes;
    }
  }
}

/** The banner's hotlines: those named in `hotlines`, in that order, else every one shown by default. */
function selectHotlines(all, wanted) {
  const ids =
    typeof wanted === 'string'
      ? wanted
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)
      : [];
  if (ids.length === 0) return all.filter((line) => line.showByDefault !== false);
  return ids.flatMap((id) => all.filter((line) => line.id === id));
}

const escapes = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'};
const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (ch) => escapes[ch]);

/**
 * The nodes as HTML text, one block element a line, indented by `indent`.
 * @param {FallbackNode[]} nodes
 */
export function fallbackHtml(nodes, indent = '  ') {
  const write = (node, depth) => {
    if (typeof node === 'string') return escapeHtml(node);
    const [tag, attributes, ...children] = node;
    const open = `<${tag}${Object.entries(attributes)
      .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
      .join('')}>`;
    // Lists put each item on its own line; everything else stays on one line.
    if (tag === 'ul')
      return `${open}\n${children.map((child) => `${indent.repeat(depth + 1)}${write(child, depth + 1)}\n`).join('')}${indent.repeat(depth)}</ul>`;
    return `${open}${children.map((child) => write(child, depth)).join('')}</${tag}>`;
  };
  return nodes.map((node) => `${indent}${write(node, 1)}`).join('\n');
}

/**
 * The nodes as DOM nodes of `doc`.
 * @param {FallbackNode[]} nodes
 * @param {Document} doc
 */
export function fallbackFragment(nodes, doc) {
  const fragment = doc.createDocumentFragment();
  const build = (node) => {
    if (typeof node === 'string') return doc.createTextNode(node);
    const [tag, attributes, ...children] = node;
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.append(...children.map(build));
    return element;
  };
  fragment.append(...nodes.map(build));
  return fragment;
}
