import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { DPR_STEPS, FrameBudget } from './frameBudget';

interface AdaptiveQualityProps {
  /** The sharpest pixel ratio allowed (lower on the low tier). */
  maxDpr: number;
  /** Called once when even the lowest pixel ratio stays slow: switch to the low-quality tier. */
  onStillSlow(): void;
}

/**
 * Lowers the pixel ratio step by step while moving frames stay slow, and raises it again when
 * there is room. Reads time in useFrame without allocating; changes the renderer only on a verdict.
 */
export function AdaptiveQuality({ maxDpr, onStillSlow }: AdaptiveQualityProps) {
  const setDpr = useThree((s) => s.setDpr);
  const budget = useRef(new FrameBudget());
  const step = useRef(0);
  const steps = useRef<number[]>([]);
  const gaveUp = useRef(false);

  useEffect(() => {
    steps.current = DPR_STEPS.filter((d) => d <= maxDpr);
    step.current = 0;
    setDpr(Math.min(maxDpr, window.devicePixelRatio || 1));
  }, [maxDpr, setDpr]);

  useFrame(() => {
    const verdict = budget.current.frame(performance.now());
    if (verdict === null) return;
    const levels = steps.current;
    if (verdict === 'slow') {
      if (step.current < levels.length - 1) {
        step.current += 1;
        setDpr(levels[step.current] ?? 1);
      } else if (!gaveUp.current) {
        gaveUp.current = true;
        onStillSlow();
      }
    } else if (step.current > 0) {
      step.current -= 1;
      setDpr(Math.min(levels[step.current] ?? 1, window.devicePixelRatio || 1));
    }
  });
  return null;
}
