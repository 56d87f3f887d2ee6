import { isScorm12Api, type Scorm12Api } from './scormApi';

/** The bits of a window the search reads; a real Window fits. */
export interface FrameLike {
  readonly parent: FrameLike | null;
  readonly opener?: FrameLike | null;
  readonly API?: unknown;
}

/** The ADL search gives up after this many parents. */
const MAX_PARENTS = 7;

/** A frame's API, or null; a cross-origin frame throws on access, which just means "not here". */
function apiOf(frame: FrameLike): Scorm12Api | null {
  try {
    return isScorm12Api(frame.API) ? frame.API : null;
  } catch {
    return null;
  }
}

function searchUp(start: FrameLike): Scorm12Api | null {
  let frame: FrameLike | null = start;
  for (let hops = 0; frame && hops <= MAX_PARENTS; hops++) {
    const api = apiOf(frame);
    if (api) return api;
    let parent: FrameLike | null;
    try {
      parent = frame.parent;
    } catch {
      return null;
    }
    if (!parent || parent === frame) return null;
    frame = parent;
  }
  return null;
}

/**
 * The LMS's SCORM 1.2 API, found the way the ADL run-time guide says: this window and up to
 * seven parents, then the window that opened this one (and its parents). Null outside an LMS.
 */
export function findScormApi(win: FrameLike): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  let opener: FrameLike | null | undefined;
  try {
    opener = win.opener;
  } catch {
    return null;
  }
  return opener ? searchUp(opener) : null;
}
