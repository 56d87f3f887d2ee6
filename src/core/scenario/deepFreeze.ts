/**
 * Freezes a value and everything reachable from it (objects, arrays, Map keys and values), without
 * recursion, so loaded scenarios cannot be changed by accident. Returns the same value.
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
    Object.freeze(v);
  }
  return value;
}
