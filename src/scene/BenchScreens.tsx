import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { paintTexture } from './canvasTexture';
import { LABEL_PX, MONITOR_PX, paintLabel, paintMonitor } from './benchScreenPaint';
import type { BenchText } from './sceneContract';
import { WORKBENCH } from './sceneLayout';
import { useDisposable } from './useDisposable';

const HALF_PI = Math.PI / 2;

/**
 * A plane showing lines of text painted on a canvas. The texture is repainted only when the
 * text changes, and one frame is asked for then: nothing is drawn while the text stays the same.
 */
function TextPlane(props: {
  name: string;
  lines: readonly string[];
  px: { width: number; height: number };
  paint: typeof paintMonitor;
  size: [number, number];
  at: [number, number, number];
  rot?: [number, number, number];
}) {
  const invalidate = useThree((s) => s.invalidate);
  const key = props.lines.join('\n');
  const { name, px, paint } = props;
  const texture = useDisposable(
    () => paintTexture(name, px.width, px.height, (ctx, w, h) => paint(ctx, w, h, key === '' ? [] : key.split('\n'))),
    [key, name, px, paint],
  );
  useEffect(() => invalidate(), [texture, invalidate]);
  return (
    <mesh name={name} position={props.at} rotation={props.rot ?? [0, 0, 0]} userData={{ lines: props.lines }}>
      <planeGeometry args={props.size} />
      <meshBasicMaterial map={texture} toneMapped={false} transparent={name === 'printed-label'} />
    </mesh>
  );
}

/** The data-entry monitor and the printed label on the work bench, showing what the student typed and entered. */
export function BenchScreens({ bench }: { bench: BenchText }) {
  return (
    <group name="bench-screens">
      <TextPlane
        name="entry-monitor"
        lines={bench.monitor}
        px={MONITOR_PX}
        paint={paintMonitor}
        size={[0.48, 0.32]}
        at={[WORKBENCH.terminalX, WORKBENCH.height + 0.36, WORKBENCH.z - 0.126]}
      />
      {bench.label.length > 0 && (
        <TextPlane
          name="printed-label"
          lines={bench.label}
          px={LABEL_PX}
          paint={paintLabel}
          size={[0.2, 0.08]}
          at={[WORKBENCH.printerX, WORKBENCH.height + 0.006, WORKBENCH.z + 0.2]}
          rot={[-HALF_PI, 0, 0]}
        />
      )}
    </group>
  );
}
