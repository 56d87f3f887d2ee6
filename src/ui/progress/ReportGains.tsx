import { renderBadge, type ResolvedEncounter } from '../../core';
import { useAppStore } from '../../state/StoreContext';
import { useLanguage } from '../language';
import './progress.css';
import { progressWords as w } from './progressWords';
import { useProgress } from './useProgress';

/**
 * What the encounter just finished added: points, any new badge, a new best. Announced politely;
 * the badge's little pop is CSS, switched off by the reduced-motion setting or the OS preference.
 */
export function ReportGains({ scenario }: { scenario: ResolvedEncounter }) {
  const { last } = useProgress();
  const language = useLanguage();
  const reducedMotion = useAppStore((s) => s.settings.reducedMotion);
  const mine = last && last.input.kind === 'encounter' && last.input.scenarioId === scenario.id ? last.gained : null;
  return (
    <div className="report-gains" role="status" aria-live="polite" data-testid="report-gains">
      {mine && (
        <>
          <h3>{w.reportTitle}</h3>
          <p className="gain-points">{w.earnedPoints(mine.points)}</p>
          {mine.badges.length > 0 && (
            <ul className={reducedMotion ? 'gain-badges' : 'gain-badges celebrate'}>
              {mine.badges.map((code) => (
                <li key={code}>
                  <span className="badge-icon" aria-hidden="true">
                    ★
                  </span>{' '}
                  {w.newBadge(renderBadge(code, language).name)}
                </li>
              ))}
            </ul>
          )}
          {mine.bests.map((b) => (
            <p key={`${b.kind}:${b.id}`} className="gain-best">
              {b.kind === 'shift' ? w.newShiftBest(b.score, b.previous) : w.newBest(b.score, b.previous)}
            </p>
          ))}
        </>
      )}
    </div>
  );
}
