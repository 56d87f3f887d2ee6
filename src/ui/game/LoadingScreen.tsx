/** The stages the game goes through after "Start", in order. */
export const LOADING_STAGES = ['Loading the 3D pharmacy', 'Stocking the shelves'] as const;

/** A progress bar over the scene until its first frame is on screen. */
export function LoadingScreen({ stage }: { stage: number }) {
  const label = LOADING_STAGES[Math.min(stage, LOADING_STAGES.length - 1)];
  return (
    <div className="loading-screen" role="status" aria-live="polite">
      <p>{label}…</p>
      <progress max={LOADING_STAGES.length} value={stage + 1} aria-label="Loading the pharmacy">
        {stage + 1} of {LOADING_STAGES.length}
      </progress>
    </div>
  );
}
