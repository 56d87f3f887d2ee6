import type { Frame, Page } from 'playwright-core';

/**
 * A frame that the play helpers can drive as if it were a page: locators and evaluate run in
 * the frame, keys and the mouse come from the page (they reach whichever frame has the focus).
 */
export function framePage(page: Page, frame: Frame): Page {
  return new Proxy(frame, {
    get(target, prop) {
      if (prop === 'keyboard' || prop === 'mouse') return page[prop];
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Page;
}
