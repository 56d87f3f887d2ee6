import { useTranslation } from 'react-i18next';

/** The stages the game goes through after "Start", in order (their words are `loading.<stage>`). */
export const LOADING_STAGES = ['scene', 'shelves'] as const;

/** A progress bar over the scene until its first frame is on screen. */
export function LoadingScreen({ stage }: { stage: number }) {
  const { t } = useTranslation();
  const label = LOADING_STAGES[Math.min(stage, LOADING_STAGES.length - 1)] ?? LOADING_STAGES[0];
  return (
    <div className="loading-screen" role="status" aria-live="polite">
      <p>{t(`loading.${label}`)}…</p>
      <progress max={LOADING_STAGES.length} value={stage + 1} aria-label={t('loading.label')}>
        {t('loading.progress', { n: stage + 1, total: LOADING_STAGES.length })}
      </progress>
    </div>
  );
}
