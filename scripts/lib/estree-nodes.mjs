// The nodes of one type in an ESTree (what Rollup's `this.parse` returns), found with a plain
// recursive walk: the build's small source transforms need no more than this.

/** Every node of `type` under `node`, in source order. */
export function* nodesOfType(node, type) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === type) yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* nodesOfType(child, type);
    else if (value && typeof value.type === 'string') yield* nodesOfType(value, type);
  }
}
