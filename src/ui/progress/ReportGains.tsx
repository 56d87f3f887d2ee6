import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { renderBadge, type NewBest, type ResolvedEncounter } from '../../core';
import { useAppStore } from '../../state/StoreContext';
import { useLanguage } from '../language';
import './progress.css';
import { useProgress } from './useProgress';

/** A new best as a sentence: the first on record, or how far above the one before. */
function bestText(b: NewBest, t: TFunction): string {
  const score = b.score;
  if (b.kind === 'shift')
    return b.previous === undefined ? t('progress.firstShiftBest', { score }) : t('progress.newShiftBest', { score, previous: b.previous });
  return b.previous === undefined ? t('progress.firstBest', { score }) : t('progress.newBest', { score, previous: b.previous });
}

/**
 * What the encounter just finished added: points, any new badge, a new best. Announced politely;
 * the badge's little pop is CSS, switched off by the reduced-motion setting or the OS preference.
 */
export function ReportGains({ scenario }: { scenario: ResolvedEncounter }) {
  const { t } = useTranslation();
  const { last } = useProgress();
  const language = useLanguage();
  const reducedMotion = useAppStore((s) => s.settings.reducedMotion);
  const mine = last && last.input.kind === 'encounter' && last.input.scenarioId === scenario.id ? last.gained : null;
  return (
    <div className="report-gains" role="status" aria-live="polite" data-testid="report-gains">
      {mine && (
        <>
          <h3>{t('progress.reportTitle')}</h3>
          <p className="gain-points">{t('progress.earnedPoints', { count: mine.points })}</p>
          {mine.badges.length > 0 && (
            <ul className={reducedMotion ? 'gain-badges' : 'gain-badges celebrate'}>
              {mine.badges.map((code) => (
                <li key={code}>
                  <span className="badge-icon" aria-hidden="true">
                    ★
                  </span>{' '}
                  {t('progress.newBadge', { name: renderBadge(code, language).name })}
                </li>
              ))}
            </ul>
          )}
          {mine.bests.map((b) => (
            <p key={`${b.kind}:${b.id}`} className="gain-best">
              {bestText(b, t)}
            </p>
          ))}
        </>
      )}
    </div>
  );
}
