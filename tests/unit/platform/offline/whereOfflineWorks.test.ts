import { describe, expect, it } from 'vitest';
import { reasonToSkipOffline } from '../../../../src/platform/offline/whereOfflineWorks';

const onTheWeb = { protocol: 'https:', framed: false, hasServiceWorker: true };

describe('where the offline file cache is installed', () => {
  it('is installed for the game opened on its own from a web server', () => {
    expect(reasonToSkipOffline(onTheWeb)).toBeNull();
    expect(reasonToSkipOffline({ ...onTheWeb, protocol: 'http:' })).toBeNull();
  });

  it('stays off inside a frame, where the LMS owns the page', () => {
    expect(reasonToSkipOffline({ ...onTheWeb, framed: true })).toBe('in-a-frame');
  });

  it('stays off for a page opened from disk, framed or not', () => {
    expect(reasonToSkipOffline({ ...onTheWeb, protocol: 'file:' })).toBe('opened-from-disk');
    expect(reasonToSkipOffline({ protocol: 'file:', framed: true, hasServiceWorker: false })).toBe('opened-from-disk');
  });

  it('stays off where the browser offers no service worker (plain http on another machine, private modes)', () => {
    expect(reasonToSkipOffline({ ...onTheWeb, hasServiceWorker: false })).toBe('no-service-worker');
  });
});
