/** Frames further apart than this are not one animation: the scene was idle (demand rendering). */
const GAP_MS = 250;
/** How many moving frames one verdict needs. */
const WINDOW = 24;
/** Median frame time above this is too slow (under ~22 fps); below FAST_MS there is room to spare. */
const SLOW_MS = 45;
const FAST_MS = 20;

/**
 * Judges frame time from the frames drawn while something moves. Demand rendering leaves long idle
 * gaps between animations; those gaps are not slowness, so only consecutive frames count.
 */
export class FrameBudget {
  private readonly deltas = new Float32Array(WINDOW);
  private readonly sorted = new Float32Array(WINDOW);
  private count = 0;
  private last = -1;

  /** Feeds one frame's timestamp (ms); returns a verdict once a full window of moving frames is in. */
  frame(now: number): 'slow' | 'fast' | null {
    const delta = this.last < 0 ? GAP_MS : now - this.last;
    this.last = now;
    if (delta >= GAP_MS) return null;
    this.deltas[this.count++] = delta;
    if (this.count < WINDOW) return null;
    this.count = 0;
    this.sorted.set(this.deltas);
    this.sorted.sort();
    const median = this.sorted[WINDOW >> 1] ?? 0;
    if (median > SLOW_MS) return 'slow';
    if (median < FAST_MS) return 'fast';
    return null;
  }
}

/** Pixel ratios to step through, sharpest first; after the last, the low-quality tier takes over. */
export const DPR_STEPS = [1.5, 1.25, 1, 0.75] as const;
