import { useCallback, useEffect, useRef, useState } from 'react';
import type { RootState } from '@react-three/fiber';

interface ContextLossHandlers {
  /** The browser took the WebGL context away (driver reset, sleep, too many tabs). */
  onLost?(): void;
  /** The browser gave it back; the scene is remounting on a fresh canvas. */
  onRestored?(): void;
}

/**
 * Follows the game canvas's WebGL context, which R3F leaves to the app. On loss it asks the browser
 * to restore (preventDefault) and clears the first-frame mark; on restore it bumps `generation`, a
 * key that remounts the Canvas so every geometry and texture is rebuilt on a healthy context.
 * Pass `onCreated` to the Canvas.
 */
export function useContextLoss(handlers: ContextLossHandlers): { generation: number; onCreated(state: RootState): void } {
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!canvas) return;
    // The old canvas is thrown away on restore; R3F forces a loss on it later while disposing, which must not count.
    let current = true;
    const lost = (event: Event) => {
      if (!current) return;
      event.preventDefault();
      canvas.closest('.scene-host')?.removeAttribute('data-first-frame');
      latest.current.onLost?.();
    };
    const restored = () => {
      if (!current) return;
      current = false;
      setCanvas(null);
      setGeneration((g) => g + 1);
      latest.current.onRestored?.();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      current = false;
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [canvas]);

  const onCreated = useCallback((state: RootState) => setCanvas(state.gl.domElement), []);
  return { generation, onCreated };
}
