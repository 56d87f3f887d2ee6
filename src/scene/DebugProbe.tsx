import { useEffect } from 'react';
import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import type { PatientFigure } from './sceneContract';

/** Renderer figures exposed on window for tests and the bench (only with ?debug). */
export interface SceneDebug {
  frames: number;
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
  /** Names of the people the scene stands in the queue, in order (from the model it was given). */
  queue: string[];
  /** Product ids of shelf slots drawn empty (none on hand), read back from the shelf's instances. */
  emptySlots?: string[];
}

declare global {
  interface Window {
    __techshift?: SceneDebug;
  }
}

/** Counts rendered frames and copies the renderer's figures for the last frame drawn. */
export function DebugProbe({ patients }: { patients: readonly PatientFigure[] }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    window.__techshift = { frames: 0, drawCalls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0, queue: [] };
    // After-effects run once the frame is drawn, so the figures are this frame's, including the last
    // frame before the scene goes idle (a useFrame would only see the one before it).
    const stop = addAfterEffect(() => {
      const d = window.__techshift;
      if (!d) return;
      d.drawCalls = gl.info.render.calls;
      d.triangles = gl.info.render.triangles;
      d.geometries = gl.info.memory.geometries;
      d.textures = gl.info.memory.textures;
      d.programs = gl.info.programs?.length ?? 0;
      d.emptySlots = [...((scene.getObjectByName('shelf-of-stock')?.userData.emptySlots as string[] | undefined) ?? [])];
    });
    return () => {
      stop();
      delete window.__techshift;
    };
  }, [gl, scene]);
  useEffect(() => {
    const d = window.__techshift;
    if (d) d.queue = patients.filter((p) => p.place === 'queue').map((p) => p.displayName);
  }, [gl, patients]);
  // Runs once per rendered frame only: an idle (demand) scene leaves `frames` still.
  useFrame(() => {
    const d = window.__techshift;
    if (d) d.frames += 1;
  });
  return null;
}
