import { useEffect, useMemo, type DependencyList } from 'react';

/**
 * Makes a geometry or texture once per `deps` and disposes it when the deps change or the
 * component unmounts, so patients coming and going do not leak GPU memory.
 */
export function useDisposable<T extends { dispose(): void }>(make: () => T, deps: DependencyList): T {
  // The caller names the inputs of `make` in `deps`, as with useMemo.
  const value = useMemo(make, deps);
  useEffect(() => () => value.dispose(), [value]);
  return value;
}
