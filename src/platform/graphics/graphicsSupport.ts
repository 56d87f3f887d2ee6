import { canCreateWebGL2 } from './webglProbe';

/** Why the 3D view is off for this page: no WebGL at all, WebGL lost and not restored, or the 3D view failed to start. */
export type NoThreeDReason = 'no-webgl' | 'lost' | 'failed';

/** What this browser can draw, learnt once and then kept for the rest of the page's life. */
export interface GraphicsSupport {
  /** Why the 3D view cannot be used, or null while it can be tried. The first call probes WebGL. */
  trouble(): NoThreeDReason | null;
  /** Turns the 3D view off for the rest of this page's life; a reason already known is kept. */
  giveUp(reason: NoThreeDReason): void;
  /** Calls `listener` whenever `trouble()` changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** Graphics support probed with `probe` (true = WebGL 2 works) on first asking, not before. */
export function createGraphicsSupport(probe: () => boolean): GraphicsSupport {
  let known: { reason: NoThreeDReason | null } | null = null;
  const listeners = new Set<() => void>();
  const trouble = (): NoThreeDReason | null => {
    known ??= { reason: probe() ? null : 'no-webgl' };
    return known.reason;
  };
  return {
    trouble,
    giveUp(reason) {
      if (trouble() !== null) return;
      known = { reason };
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let instance: GraphicsSupport | null = null;

/** The page's graphics support, probing a throwaway canvas on first use. */
export function browserGraphics(): GraphicsSupport {
  instance ??= createGraphicsSupport(() => canCreateWebGL2());
  return instance;
}
