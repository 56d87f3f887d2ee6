/**
 * Shows the hand cursor over something clickable. Written straight to the body style, so hovering
 * never causes a React render; does nothing where there is no DOM (tests).
 */
export function showPointer(on: boolean): void {
  if (typeof document === 'undefined' || !document.body) return;
  document.body.style.cursor = on ? 'pointer' : '';
}

/** Pointer-over / pointer-out handlers to spread on any clickable mesh. */
export const pointerHandlers = {
  onPointerOver: () => showPointer(true),
  onPointerOut: () => showPointer(false),
} as const;
