/** Where the page is running, as far as the offline file cache cares. */
export interface PagePlace {
  /** The page's URL scheme, e.g. "https:" or "file:". */
  protocol: string;
  /** True inside a frame: an LMS player, a course page, another site. */
  framed: boolean;
  /** True when the browser offers service workers here (secure contexts only). */
  hasServiceWorker: boolean;
}

/** Why the offline file cache stays off. */
export type OfflineSkip = 'in-a-frame' | 'opened-from-disk' | 'no-service-worker';

/**
 * Why not to install the offline file cache here, or null to install it. Inside a frame the
 * page belongs to the LMS that hosts it, whose own updates and caching must not be shadowed by
 * ours; from disk there is nothing to cache and no worker to run.
 */
export function reasonToSkipOffline(place: PagePlace): OfflineSkip | null {
  if (place.protocol === 'file:') return 'opened-from-disk';
  if (place.framed) return 'in-a-frame';
  if (!place.hasServiceWorker) return 'no-service-worker';
  return null;
}

/** Reads the place from a browser window. */
export function pagePlace(win: Window): PagePlace {
  return { protocol: win.location.protocol, framed: isFramed(win), hasServiceWorker: 'serviceWorker' in win.navigator };
}

function isFramed(win: Window): boolean {
  try {
    return win.top !== win.self;
  } catch {
    // Some browsers refuse even to compare a cross-origin top window: that is a frame too.
    return true;
  }
}
