import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How much of the view area's top the shift bar covers (it lies over the view and wraps onto more
 * lines as the queue grows), kept current as it resizes; 0 where there is no bar or no ResizeObserver.
 */
export function useCoveredTop(view: RefObject<HTMLElement | null>): number {
  const [covered, setCovered] = useState(0);
  useLayoutEffect(() => {
    const bar = view.current?.closest('.game')?.querySelector<HTMLElement>('.shift-bar');
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const measure = () => setCovered(bar.getBoundingClientRect().height);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    return () => observer.disconnect();
  }, [view]);
  return covered;
}
