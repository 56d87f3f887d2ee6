import { describe, expect, it } from 'vitest';
import { findScormApi, type FrameLike } from '../../../../src/platform/lms/scorm12/findApi';
import { fakeScorm } from './fakeScorm';

/** A chain of frames: index 0 is the game's own window, each next one its parent; the last is the top. */
function chain(length: number, apiAt: number | null, api: unknown): FrameLike[] {
  const frames: { parent: FrameLike | null; API?: unknown; opener?: FrameLike | null }[] = [];
  for (let i = 0; i < length; i++) frames.push({ parent: null });
  frames.forEach((f, i) => (f.parent = frames[i + 1] ?? f));
  if (apiAt !== null) frames[apiAt]!.API = api;
  return frames;
}

describe('finding the SCORM API', () => {
  const { api } = fakeScorm();

  it('finds it in the window itself or up to seven parents away', () => {
    expect(findScormApi(chain(1, 0, api)[0]!)).toBe(api);
    expect(findScormApi(chain(9, 7, api)[0]!)).toBe(api);
  });

  it('gives up beyond seven parents, as the ADL algorithm does', () => {
    expect(findScormApi(chain(10, 8, api)[0]!)).toBeNull();
  });

  it('then looks in the window that opened this one, and its parents', () => {
    const lms = chain(3, 2, api);
    const popup = { parent: null as FrameLike | null, opener: lms[0]! };
    popup.parent = popup;
    expect(findScormApi(popup)).toBe(api);
  });

  it('treats a frame that throws on access (another origin) as having none, and ignores things that are not an API', () => {
    const foreign: FrameLike = {
      get API(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      get parent(): FrameLike | null {
        return foreign;
      },
    };
    expect(findScormApi({ parent: foreign })).toBeNull();
    expect(findScormApi(chain(2, 1, { LMSInitialize: () => 'true' })[0]!)).toBeNull();
    expect(findScormApi(chain(3, null, null)[0]!)).toBeNull();
  });
});
