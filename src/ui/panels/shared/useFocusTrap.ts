import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What a student can Tab to inside `root`: not the fields of a closed <dialog> nested in it. */
export function focusableIn(root: HTMLElement, selector = FOCUSABLE): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.closest('dialog:not([open])'));
}

/** True when a key event comes from a dialog opened inside this one, which handles its own keys. */
function fromNestedDialog(root: HTMLElement, e: KeyboardEvent): boolean {
  const nested = e.target instanceof Element ? e.target.closest('dialog[open]') : null;
  return nested !== null && nested !== root && root.contains(nested);
}

/**
 * Modal focus handling: focuses the first field on open, keeps Tab inside, Escape calls `onClose`,
 * and puts focus back where it was when the dialog goes away.
 */
export function useFocusTrap(ref: RefObject<HTMLElement | null>, onClose: () => void): (e: KeyboardEvent) => void {
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    returnTo.current = document.activeElement;
    if (ref.current) focusableIn(ref.current)[0]?.focus();
    return () => {
      const back = returnTo.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, [ref]);

  return (e) => {
    if (ref.current && fromNestedDialog(ref.current, e)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = focusableIn(ref.current);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
}
