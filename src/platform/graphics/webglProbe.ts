/** Anything with a canvas's getContext: a detached <canvas> in the browser, a fake in tests. */
export interface ProbeCanvas {
  getContext(kind: 'webgl2'): unknown;
}

interface LosableContext {
  getExtension?(name: 'WEBGL_lose_context'): { loseContext(): void } | null;
}

/**
 * True when this browser will give the page a WebGL 2 context, the only kind three.js draws with
 * (it dropped WebGL 1 in r163, so a WebGL 1 context alone is no use to the 3D view). The throwaway
 * context is released at once: browsers cap live contexts per page, and the game's canvas needs one.
 */
export function canCreateWebGL2(makeCanvas: () => ProbeCanvas = () => document.createElement('canvas')): boolean {
  try {
    const context = makeCanvas().getContext('webgl2') as LosableContext | null;
    if (!context) return false;
    context.getExtension?.('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    // Some blocklisted drivers throw instead of returning null.
    return false;
  }
}
