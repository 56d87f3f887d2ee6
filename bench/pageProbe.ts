/** What the probe records in the page, as milliseconds since navigation (performance.now()). */
export interface ProbeState {
  /** When a button named "Start…" was first enabled and visible. */
  menuAt: number | null;
  /** When that button was clicked. */
  clickAt: number | null;
  /** When `.scene-host[data-first-frame="done"]` first appeared, and whether that was before the click. */
  markerAt: number | null;
  markerBeforeClick: boolean;
  /** First WebGL draw or clear, overall and after the click. */
  glFirstDrawAt: number | null;
  glFirstDrawAfterClick: number | null;
  /** Animation frames in which WebGL drew anything (works on any page, not only TechShift). */
  glFrames: number;
}

declare global {
  interface Window {
    __bench?: ProbeState;
  }
}

/**
 * Init script, run in every page before its own scripts: watches for the Start button and the
 * first-frame marker, and counts the animation frames in which WebGL drew. Self-contained.
 */
export function installProbe(): void {
  const b: ProbeState = {
    menuAt: null,
    clickAt: null,
    markerAt: null,
    markerBeforeClick: false,
    glFirstDrawAt: null,
    glFirstDrawAfterClick: null,
    glFrames: 0,
  };
  window.__bench = b;

  let drawing = false;
  const noteDraw = () => {
    if (drawing) return;
    drawing = true; // one count per task: a frame's draw calls all run in one animation-frame callback
    const t = performance.now();
    b.glFrames += 1;
    b.glFirstDrawAt ??= t;
    if (b.clickAt !== null) b.glFirstDrawAfterClick ??= t;
    queueMicrotask(() => {
      drawing = false;
    });
  };
  const names = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements', 'clear'];
  for (const ctor of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!ctor) continue;
    const proto = ctor.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of names) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        noteDraw();
        return original.apply(this, args);
      };
    }
  }

  const nameOf = (el: Element) =>
    (el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? el.value : el.textContent) ?? '').trim();
  const startButton = (el: Element | null) => el?.closest('button, [role="button"], input[type="submit"], input[type="button"]');
  const isStart = (el: Element | null | undefined): el is Element => !!el && /^Start\b/.test(nameOf(el));
  const usable = (el: Element) =>
    !(el as HTMLButtonElement).disabled &&
    el.getAttribute('aria-disabled') !== 'true' &&
    (typeof el.checkVisibility !== 'function' || el.checkVisibility({ opacityProperty: true, visibilityProperty: true }));

  const look = () => {
    const t = performance.now();
    if (b.menuAt === null) {
      for (const el of document.querySelectorAll('button, [role="button"], input[type="submit"], input[type="button"]')) {
        if (isStart(el) && usable(el)) {
          b.menuAt = t;
          break;
        }
      }
    }
    if (b.markerAt === null && document.querySelector('.scene-host[data-first-frame="done"]')) {
      b.markerAt = t;
      b.markerBeforeClick = b.clickAt === null;
    }
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // Style sheets can reveal the button without a DOM change: look once per frame until both are seen
  // (or for 30 s, so a page without a marker is not kept busy for ever).
  const poll = () => {
    look();
    if ((b.menuAt === null || b.markerAt === null) && performance.now() < 30_000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  window.addEventListener(
    'click',
    (e) => {
      if (b.clickAt === null && isStart(startButton(e.target as Element | null))) b.clickAt = performance.now();
    },
    true,
  );
}
