import { useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';

/** Marks the canvas host with data-first-frame="done" once a frame has reached the screen, and tells `onFirstFrame`. */
export function FirstFrameMarker({ onFirstFrame }: { onFirstFrame?: () => void }) {
  const host = useThree((s) => s.gl.domElement.parentElement);
  const marked = useRef(false);
  useFrame(() => {
    if (marked.current || !host) return;
    marked.current = true;
    // useFrame runs before the draw; the next animation frame is after it.
    requestAnimationFrame(() => {
      host.closest('.scene-host')?.setAttribute('data-first-frame', 'done');
      onFirstFrame?.();
    });
  });
  return null;
}
