// A Rollup plugin that writes `/*#__PURE__*/` before every call of the given functions, so the
// bundler of an app that imports the npm modules may drop a value nobody uses, as this build's
// own tree-shaking does with `treeshake.manualPureFunctions` (which leaves no mark in the output).
import {nodesOfType} from './estree-nodes.mjs';

function calleeName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.property.type === 'Identifier') {
    return `${callee.object.name}.${callee.property.name}`;
  }
  return '';
}

export default function annotatePure(names) {
  const pure = new Set(names);
  return {
    name: 'annotate-pure-calls',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules')) return null;
      const starts = [...nodesOfType(this.parse(code), 'CallExpression')]
        .filter((call) => pure.has(calleeName(call.callee)))
        .map((call) => call.start);
      if (starts.length === 0) return null;
      let result = code;
      for (const start of starts.sort((a, b) => b - a)) result = `${result.slice(0, start)}/*#__PURE__*/ ${result.slice(start)}`;
      // Only comments were added; line mappings of the rest are unchanged.
      return {code: result, map: null};
    },
  };
}
