// A Rollup plugin that removes the indentation inside Lit's css`…`, html`…` and svg`…`
// templates, which terser leaves alone (it may not touch string contents). Only whitespace and
// CSS comments go: the text around each `${…}` keeps a separating space, so bindings and
// selectors read the same.
import {nodesOfType} from './estree-nodes.mjs';

function tagName(tag) {
  if (tag.type === 'Identifier') return tag.name;
  if (tag.type === 'MemberExpression' && tag.property.type === 'Identifier') return tag.property.name;
  return '';
}

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

export function minifyMarkup(text) {
  // Runs of white space that include a line break are indentation: one space keeps any gap
  // between inline elements that the source had.
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

export default function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits = [];
      for (const node of nodesOfType(this.parse(code), 'TaggedTemplateExpression')) {
        const tag = tagName(node.tag);
        const minify = tag === 'css' ? minifyCss : tag === 'html' || tag === 'svg' ? minifyMarkup : undefined;
        if (!minify) continue;
        for (const quasi of node.quasi.quasis)
          edits.push({start: quasi.start, end: quasi.end, text: minify(code.slice(quasi.start, quasi.end))});
      }
      if (edits.length === 0) return null;
      let result = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
      // Only whitespace inside strings changed; line mappings of the rest are close enough.
      return {code: result, map: null};
    },
  };
}
