import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';

/** Renderer figures exposed on window for tests and the bench (only with ?debug). */
export interface SceneDebug {
  frames: number;
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
}

declare global {
  interface Window {
    __techshift?: SceneDebug;
  }
}

export function DebugProbe() {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    window.__techshift = { frames: 0, drawCalls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0 };
    return () => {
      delete window.__techshift;
    };
  }, []);
  // Priority 0 keeps R3F's own render; these figures are the previous frame's, read before info resets.
  useFrame(() => {
    const d = window.__techshift;
    if (!d) return;
    d.frames += 1;
    d.drawCalls = gl.info.render.calls;
    d.triangles = gl.info.render.triangles;
    d.geometries = gl.info.memory.geometries;
    d.textures = gl.info.memory.textures;
    d.programs = gl.info.programs?.length ?? 0;
  });
  return null;
}
