import { findNodeAtLocation, type Node } from 'jsonc-parser';

/**
 * The plain value of a parsed node. Keys such as "__proto__" become ordinary own fields (so the
 * schema reports them as unknown) instead of changing an object's prototype. Recursive, so call it
 * only on trees whose depth was checked (scanSyntax).
 */
export function nodeToValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (!key || !value) continue;
        Object.defineProperty(out, String(key.value), { value: nodeToValue(value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeToValue);
    default:
      // -0 is the one JSON number a saved log cannot round-trip (it is written back as 0): read it as 0.
      return Object.is(node.value, -0) ? 0 : node.value;
  }
}

/** Key nodes of fields that appear a second (or later) time in the same object. Iterative. */
export function duplicateKeys(root: Node): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0];
        if (key && seen.has(String(key.value))) out.push(key);
        if (key) seen.add(String(key.value));
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** How to place a problem: at the value, at the key naming it, or at the object that should hold it. */
export type Anchor = 'value' | 'key' | 'parent';

/**
 * The node a problem at `path` should point at: the value there; for 'key', the key of that
 * field (or of the nearest ancestor, when the field is missing); for 'parent' (a missing field), the enclosing object.
 * Falls back to the nearest ancestor.
 */
export function nodeForPath(root: Node, path: readonly (string | number)[], anchor: Anchor): Node {
  if (anchor === 'parent') return nearest(root, path.slice(0, -1));
  const found = findNodeAtLocation(root, [...path]);
  if (!found && anchor === 'value') return nearest(root, path.slice(0, -1));
  // For 'key', a missing field points at the key of its nearest ancestor ("intent"), not at that ancestor's "{".
  const node = found ?? nearest(root, path.slice(0, -1));
  if (anchor === 'key' && node.parent?.type === 'property') return node.parent.children?.[0] ?? node;
  return node;
}

function nearest(root: Node, path: readonly (string | number)[]): Node {
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return node;
  }
  return root;
}
