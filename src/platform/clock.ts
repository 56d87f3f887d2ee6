/** A millisecond clock, like performance.now(); injected so tests can drive scenario time. */
export type Clock = () => number;

/** The browser's monotonic clock: unaffected by the user changing the system time mid-shift. */
export const browserClock: Clock = () => globalThis.performance.now();
