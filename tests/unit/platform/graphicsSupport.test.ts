import { describe, expect, it, vi } from 'vitest';
import { createGraphicsSupport } from '../../../src/platform/graphics/graphicsSupport';
import { canCreateWebGL2, type ProbeCanvas } from '../../../src/platform/graphics/webglProbe';

/** A canvas whose getContext answers as told, recording what was asked and whether the probe context was released. */
function fakeCanvas(answer: 'context' | 'null' | 'throws') {
  const seen = { kinds: [] as string[], released: false };
  const canvas: ProbeCanvas = {
    getContext(kind) {
      seen.kinds.push(kind);
      if (answer === 'throws') throw new Error('blocklisted driver');
      if (answer === 'null') return null;
      return {
        getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext: () => void (seen.released = true) } : null),
      };
    },
  };
  return { canvas, seen };
}

describe('the WebGL probe', () => {
  it('says yes when a WebGL 2 context is given, and releases it at once', () => {
    const { canvas, seen } = fakeCanvas('context');
    expect(canCreateWebGL2(() => canvas)).toBe(true);
    expect(seen.kinds).toEqual(['webgl2']);
    expect(seen.released, 'the throwaway context is given back').toBe(true);
  });

  it('says no when the browser gives no context, or throws instead', () => {
    expect(canCreateWebGL2(() => fakeCanvas('null').canvas)).toBe(false);
    expect(canCreateWebGL2(() => fakeCanvas('throws').canvas)).toBe(false);
  });
});

describe('graphics support for the page', () => {
  it('probes once, on first asking, and not before', () => {
    const probe = vi.fn(() => false);
    const graphics = createGraphicsSupport(probe);
    expect(probe).not.toHaveBeenCalled();
    expect(graphics.trouble()).toBe('no-webgl');
    expect(graphics.trouble()).toBe('no-webgl');
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('has no trouble while WebGL works, until the 3D view gives up; then it tells its listeners', () => {
    const graphics = createGraphicsSupport(() => true);
    const heard = vi.fn();
    const stop = graphics.subscribe(heard);
    expect(graphics.trouble()).toBeNull();
    graphics.giveUp('lost');
    expect(graphics.trouble()).toBe('lost');
    expect(heard).toHaveBeenCalledTimes(1);

    // The first reason is the one that stays, and a listener that left hears nothing more.
    stop();
    graphics.giveUp('failed');
    expect(graphics.trouble()).toBe('lost');
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('keeps "no WebGL" when something later gives up too', () => {
    const graphics = createGraphicsSupport(() => false);
    const heard = vi.fn();
    graphics.subscribe(heard);
    graphics.giveUp('failed');
    expect(graphics.trouble()).toBe('no-webgl');
    expect(heard).not.toHaveBeenCalled();
  });
});
