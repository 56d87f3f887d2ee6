// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { RootState } from '@react-three/fiber';
import { describe, expect, it, vi } from 'vitest';
import { useContextLoss } from '../../../src/scene/useContextLoss';

/** A canvas inside a scene host that has drawn, as the game's is. */
function hostedCanvas(): HTMLCanvasElement {
  const host = document.createElement('div');
  host.className = 'scene-host';
  host.setAttribute('data-first-frame', 'done');
  const canvas = document.createElement('canvas');
  host.append(canvas);
  document.body.append(host);
  return canvas;
}

const created = (canvas: HTMLCanvasElement) => ({ gl: { domElement: canvas } }) as unknown as RootState;

describe('following the WebGL context of the game canvas', () => {
  it('asks the browser to restore a lost context, clears the first-frame mark, and remounts on restore', () => {
    const onLost = vi.fn();
    const onRestored = vi.fn();
    const { result } = renderHook(() => useContextLoss({ onLost, onRestored }));
    const canvas = hostedCanvas();
    act(() => result.current.onCreated(created(canvas)));

    const lost = new Event('webglcontextlost', { cancelable: true });
    act(() => void canvas.dispatchEvent(lost));
    expect(lost.defaultPrevented, 'preventDefault: without it the browser never restores').toBe(true);
    expect(onLost).toHaveBeenCalledTimes(1);
    expect(canvas.closest('.scene-host')?.hasAttribute('data-first-frame')).toBe(false);
    expect(result.current.generation).toBe(0);

    act(() => void canvas.dispatchEvent(new Event('webglcontextrestored')));
    expect(onRestored).toHaveBeenCalledTimes(1);
    expect(result.current.generation, 'a new key for the Canvas').toBe(1);
  });

  it('ignores the old canvas once it is replaced: R3F forces a loss on it while disposing', () => {
    const onLost = vi.fn();
    const { result } = renderHook(() => useContextLoss({ onLost }));
    const old = hostedCanvas();
    act(() => result.current.onCreated(created(old)));
    act(() => void old.dispatchEvent(new Event('webglcontextlost', { cancelable: true })));
    act(() => void old.dispatchEvent(new Event('webglcontextrestored')));
    act(() => result.current.onCreated(created(hostedCanvas())));

    act(() => void old.dispatchEvent(new Event('webglcontextlost', { cancelable: true })));
    expect(onLost).toHaveBeenCalledTimes(1);
  });
});
