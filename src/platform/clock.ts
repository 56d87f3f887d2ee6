/** A millisecond clock, like performance.now(); injected so tests can drive scenario time. */
export type Clock = () => number;

/** The browser's monotonic clock: unaffected by the user changing the system time mid-shift. */
export const browserClock: Clock = () => globalThis.performance.now();

/** Wall-clock milliseconds since 1970: only for telling a student when they last played, never for scoring. */
export type WallClock = () => number;

/** The browser's wall clock. */
export const browserWallClock: WallClock = () => Date.now();
